/**
 * Shared pieces of the reference pages' derivations: references to incidents, sources and named
 * records, resolved from ids. Pure: data in, data out.
 */
import type { Incident, Source } from '../content/types'
import type { Localized } from '../i18n/lang'
import { type Moment, toMoment } from '../time/moment'

/** An incident as a link: id, title and start. */
export interface IncidentRef {
  id: string
  title: Localized
  start: Moment
}

/** A source as a compact citation link. */
export interface SourceRef {
  id: string
  publisher: Localized
  date: string | undefined
  dateInferred: boolean
  lowReliability: boolean
}

/** A named record as a link. */
export interface NamedRef {
  id: string
  name: Localized
}

export function incidentRef(inc: Incident): IncidentRef {
  return { id: inc.id, title: inc.title, start: toMoment(inc.start) }
}

/** A lookup by id over a collection. */
export function byId<T extends { id: string }>(docs: readonly T[]): ReadonlyMap<string, T> {
  return new Map(docs.map((d) => [d.id, d]))
}

/** Resolves source ids into citation links, leaving out unknown ids (the check rejects them). */
export function sourceRefs(ids: readonly string[], sources: ReadonlyMap<string, Source>): SourceRef[] {
  return ids.flatMap((id) => {
    const s = sources.get(id)
    return s
      ? [
          {
            id,
            publisher: s.publisher,
            date: s.date,
            dateInferred: s.dateInferred,
            lowReliability: s.reliability === 'low',
          },
        ]
      : []
  })
}

/** The first sentence of a text: the short description shown in lists. */
export function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+/)[0] ?? text
}

/** The first sentence in both languages. */
export function shortText(text: Localized): Localized {
  return { ko: firstSentence(text.ko), en: firstSentence(text.en) }
}
