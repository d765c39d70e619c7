/**
 * What the time axis's tooltip says about where an item comes from: the sources it cites, each as
 * the incident page's citation notes say it ("Publisher, date: name": citeWho in
 * lib/markdown/cite-links.ts, joinNote in lib/markdown/cite-anchors.ts).
 * Pure: the data files' writer passes it to buildAxis with the real collections.
 */
import type { Collections, Source } from '../content/types'
import type { Lang } from '../i18n/lang'
import { joinNote } from '../markdown/cite-anchors'
import { citeWho } from '../markdown/cite-links'
import { byId } from '../reference/common'
import { sourceName } from '../reference/sources'
import type { AxisData } from './axis'
import type { AXIS_SOURCES_FORMAT } from './axis-files'
import type { TimelineItem } from './timeline'

/** A function giving the source ids an item cites, found by its position in its record (`number` is 1-based). */
function citedIdsIn(c: Collections): (item: TimelineItem) => readonly string[] {
  // By id, once: the axis asks for every item of every record.
  const incidents = byId(c.incidents)
  const policies = byId(c.policies)
  return (item) => {
    switch (item.kind) {
      case 'incident':
        return incidents.get(item.incident.id)?.sources ?? []
      case 'event':
        return incidents.get(item.incident.id)?.events[item.number - 1]?.sources ?? []
      case 'response':
        return incidents.get(item.incident.id)?.responses[item.number - 1]?.sources ?? []
      case 'policy-step':
        return policies.get(item.policy.id)?.steps[item.number - 1]?.sources ?? []
    }
  }
}

const note = (source: Source, lang: Lang): string =>
  joinNote(citeWho({ publisher: source.publisher, date: source.date }, lang), sourceName(source, lang).name)

/** A function giving an item's source lines in a language, at most `max` of them (the rest counted). */
export function sourceTips(c: Collections, lang: Lang, max = 3): (item: TimelineItem) => string[] {
  const notes = new Map(c.sources.map((s) => [s.id, note(s, lang)]))
  const citedIds = citedIdsIn(c)
  return (item) => {
    const tips = citedIds(item).flatMap((id) => notes.get(id) ?? [])
    if (tips.length <= max) return tips
    const more = tips.length - max
    return [...tips.slice(0, max), lang === 'ko' ? `외 ${more}건` : `and ${more} more`]
  }
}

/** Every mark's sources in one language, by key (`data/axis/<lang>.sources.json`): fetched on first hover or focus. */
export interface AxisSources {
  format: typeof AXIS_SOURCES_FORMAT
  version: number
  lang: Lang
  sources: Record<string, string[]>
}

/** An axis file without its items' sources (what a page loads), and those sources by key. */
export function splitSources(data: AxisData): { data: AxisData; sources: Record<string, string[]> } {
  const sources: Record<string, string[]> = {}
  const items = data.items.map(({ sources: cited, ...item }) => {
    if (cited && cited.length > 0) sources[item.key] = cited
    return item
  })
  return { data: { ...data, items }, sources }
}
