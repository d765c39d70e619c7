/**
 * The share cards' files (lib/share/): one PNG per incident and per language, and the site's card
 * in each language. The builder yields each card's data; the writer renders it
 * (scripts/share-cards/, in worker threads). Pure.
 */
import { LANGS } from '../schema/vocabulary'
import { msg } from '../i18n/messages'
import { cardAddress, type CardData, incidentCard, siteCard } from '../share/card'
import { shareImagePath } from '../share/paths'
import { yearSpan } from '../analysis/home'
import type { DataContext, DataFile } from './files'

const inOut = (sitePath: string) => sitePath.replace(/^\//, '')

const card = (path: string, data: CardData): DataFile => ({ path: inOut(path), card: data })

export function* shareCardFiles(ctx: DataContext): Iterable<DataFile> {
  const address = cardAddress(ctx.origin, ctx.basePath)
  const { incidents, sources, factors } = ctx.collections
  const years = yearSpan(incidents)
  const span = years && (years.from === years.to ? String(years.from) : `${years.from}–${years.to}`)
  for (const lang of LANGS) {
    const numbers = [
      { value: String(incidents.length), label: msg('numIncidents', lang), disputed: false },
      ...(span ? [{ value: span, label: msg('numYears', lang), disputed: false }] : []),
      { value: String(sources.length), label: msg('numSources', lang), disputed: false },
      { value: String(factors.length), label: msg('numFactors', lang), disputed: false },
    ]
    yield card(shareImagePath(undefined, lang), siteCard(lang, numbers, address))
  }
  for (const inc of incidents) {
    for (const lang of LANGS) yield card(shareImagePath(inc.id, lang), incidentCard(inc, lang, address))
  }
}
