/**
 * What the time axis's tooltip says about where an item comes from: the sources it cites, each as
 * the incident page's citation tooltips say it ("Publisher, date: title", lib/markdown/cite-links.ts).
 * Pure: the data files' writer passes it to buildAxis with the real collections.
 */
import type { Collections, Source } from '../content/types'
import type { Lang } from '../i18n/lang'
import { type CiteSource, citeLinks } from '../markdown/cite-links'
import { sourceName } from '../reference/sources'
import type { TimelineItem } from './timeline'

/** The source ids an item cites, found by its position in its record (`number` is 1-based). */
function citedIds(c: Collections, item: TimelineItem): readonly string[] {
  switch (item.kind) {
    case 'incident':
      return c.incidents.find((i) => i.id === item.incident.id)?.sources ?? []
    case 'event':
      return c.incidents.find((i) => i.id === item.incident.id)?.events[item.number - 1]?.sources ?? []
    case 'response':
      return c.incidents.find((i) => i.id === item.incident.id)?.responses[item.number - 1]?.sources ?? []
    case 'policy-step':
      return c.policies.find((p) => p.id === item.policy.id)?.steps[item.number - 1]?.sources ?? []
  }
}

const cite = (source: Source): CiteSource => ({
  n: 0,
  publisher: source.publisher,
  date: source.date,
  title: { ko: sourceName(source, 'ko').name, en: sourceName(source, 'en').name },
})

/** A function giving an item's source lines in a language, at most `max` of them (the rest counted). */
export function sourceTips(c: Collections, lang: Lang, max = 3): (item: TimelineItem) => string[] {
  const cites = new Map(c.sources.map((s) => [s.id, cite(s)]))
  return (item) => {
    const tips = citeLinks(citedIds(c, item), cites, lang)
      .map((l) => l.tip)
      .filter((tip) => tip !== '')
    if (tips.length <= max) return tips
    const more = tips.length - max
    return [...tips.slice(0, max), lang === 'ko' ? `외 ${more}건` : `and ${more} more`]
  }
}
