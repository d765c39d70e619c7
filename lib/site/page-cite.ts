/** What an incident page offers for citing it (lib/cite/ bound to this build's addresses). */
import { formattedCitation } from '../cite/formats'
import { CITE_FORMAT_NAME, CITE_FORMATS, type CiteScope, citePath } from '../cite/paths'
import { recordReference } from '../cite/references'
import type { Incident } from '../content/types'
import { incidentPath, type Lang } from '../i18n/lang'
import { msg } from '../i18n/messages'
import { type RecordDates, recordDates } from '../incidents/record-dates'
import { LANGS } from '../schema/vocabulary'
import { SITE, sitePath } from './env'

export interface CiteBlock {
  dates: RecordDates
  /** The record's citation to paste, in Korean and in English. */
  citations: Array<{ lang: Lang; text: string }>
  /** Downloads of the record (in the page's language) and of its sources: format name and link. */
  record: Array<{ name: string; href: string }>
  sources: Array<{ name: string; href: string }>
}

export function citeBlock(inc: Incident, lang: Lang): CiteBlock {
  const dates = recordDates(inc)
  const site = { name: { ko: msg('siteName', 'ko'), en: msg('siteName', 'en') } }
  const links = (scope: CiteScope) =>
    CITE_FORMATS.map((f) => ({ name: CITE_FORMAT_NAME[f], href: sitePath(citePath(scope, lang, f)) }))
  return {
    dates,
    citations: LANGS.map((l) => ({
      lang: l,
      text: formattedCitation(recordReference(inc, l, SITE.origin + incidentPath(inc.id, l), dates.updated, site), l),
    })),
    record: links({ kind: 'record', id: inc.id }),
    sources: links({ kind: 'record-sources', id: inc.id }),
  }
}
