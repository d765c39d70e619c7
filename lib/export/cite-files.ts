/**
 * The citation files (lib/cite/): each incident record in each language, each record's sources,
 * the whole record and every source, as BibTeX, RIS and CSL-JSON. Pure.
 */
import { bibtex, cslJson, ris } from '../cite/formats'
import { CITE_FORMATS, type CiteFormat, type CiteScope, citePath } from '../cite/paths'
import { datasetReference, recordReference, type Reference, sourceReference } from '../cite/references'
import { citationOrder } from '../incidents/derive'
import { recordDates } from '../incidents/record-dates'
import { incidentPath, pagePath } from '../i18n/lang'
import { msg } from '../i18n/messages'
import { LANGS, type Lang } from '../schema/vocabulary'
import type { DataContext, DataFile } from './files'

const SITE = { name: { ko: msg('siteName', 'ko'), en: msg('siteName', 'en') } }

function write(format: CiteFormat, refs: readonly Reference[]): string {
  if (format === 'bibtex') return bibtex(refs)
  if (format === 'ris') return ris(refs)
  return JSON.stringify(cslJson(refs))
}

function* files(scope: CiteScope, lang: Lang, refs: readonly Reference[]): Iterable<DataFile> {
  for (const format of CITE_FORMATS)
    yield { path: citePath(scope, lang, format).slice(1), content: write(format, refs) }
}

export function* citeFiles(ctx: DataContext): Iterable<DataFile> {
  const { incidents, sources, analysesEn } = ctx.collections
  const sourceById = new Map(sources.map((s) => [s.id, s]))
  const english = new Map(analysesEn.map((a) => [a.id, a.body.raw]))
  let newest: string | undefined
  for (const inc of incidents) {
    const { updated } = recordDates(inc)
    if (newest === undefined || updated > newest) newest = updated
    for (const lang of LANGS) {
      const url = ctx.origin + incidentPath(inc.id, lang)
      yield* files({ kind: 'record', id: inc.id }, lang, [recordReference(inc, lang, url, updated, SITE)])
    }
    const cited = citationOrder(inc, english.get(inc.id)).flatMap((id) => {
      const s = sourceById.get(id)
      return s ? [sourceReference(s)] : []
    })
    yield* files({ kind: 'record-sources', id: inc.id }, 'ko', cited)
  }
  for (const lang of LANGS) {
    const url = ctx.origin + pagePath(lang, '')
    const ref = datasetReference(lang, url, newest, SITE, msg('tagline', lang))
    yield* files({ kind: 'dataset' }, lang, [ref])
  }
  yield* files({ kind: 'sources' }, 'ko', sources.map(sourceReference))
}
