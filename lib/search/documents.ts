/**
 * The records search covers, built from the collections: incidents, their timeline events,
 * factors, entities, policies and sources, each with its titles, URLs, date and text by field.
 * Pure: collections in, documents out.
 */
import type { Collections } from '../content/types'
import { plainText } from '../markdown/plain-text'
import { entityPath, factorPath, incidentPath, type Localized, localize, policyPath, sourcePath } from '../i18n/lang'

export const DOC_TYPES = ['incident', 'event', 'entity', 'policy', 'factor', 'source'] as const
export type DocType = (typeof DOC_TYPES)[number]

export interface SearchDoc {
  /** The record's id; an event is `<incident id>#event-<n>`. */
  id: string
  type: DocType
  title: Localized
  url: Localized
  /** YYYY, YYYY-MM or YYYY-MM-DD, when the record has one (shown, and filtered by year). */
  date?: string
  /** Every day (or month) the record is about, for dates in queries: an incident's whole span. */
  dates: string[]
  /** Factor ids the record is about (incidents and their events, factors). */
  factors: string[]
  /** Other names and romanizations (searched like titles). */
  aliases: string[]
  /** A short description in both languages. */
  summary: Localized
  /** Everything else worth finding, in plain text. */
  body: Localized
}

const join = (parts: ReadonlyArray<string | undefined>) =>
  parts.filter((p): p is string => p !== undefined && p !== '').join('\n')
const both = (texts: ReadonlyArray<Localized | undefined>): Localized => ({
  ko: join(texts.map((t) => t?.ko)),
  en: join(texts.map((t) => t?.en)),
})
const day = (at: string | undefined) => (at === undefined ? undefined : at.slice(0, 10))
const dayList = (at: string | undefined) => (at === undefined ? [] : [at.slice(0, 10)])
/** The longest span of days an incident's dates cover (a longer one keeps its first and last days). */
const MAX_SPAN_DAYS = 31
/** The days from `start` to `end` (YYYY-MM-DD…), or the start alone when either is not a day. */
export function daysOf(start: string, end: string | undefined): string[] {
  const a = Date.parse(`${start.slice(0, 10)}T00:00Z`)
  const b = end === undefined ? Number.NaN : Date.parse(`${end.slice(0, 10)}T00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}/.test(start) || end === undefined || !/^\d{4}-\d{2}-\d{2}/.test(end) || !(b >= a))
    return [start.slice(0, 10)]
  const n = Math.round((b - a) / 86_400_000)
  const days = Array.from({ length: Math.min(n, MAX_SPAN_DAYS - 1) + 1 }, (_, i) =>
    new Date(a + i * 86_400_000).toISOString().slice(0, 10),
  )
  const last = end.slice(0, 10)
  return days.includes(last) ? days : [...days, last]
}
const clip = (text: string, max: number) => {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

export function buildSearchDocs(c: Collections): SearchDoc[] {
  const docs: SearchDoc[] = []
  const english = new Map(c.analysesEn.map((a) => [a.id, a.body.raw]))
  for (const inc of c.incidents) {
    const id = inc.id
    const factors = inc.factors.map((f) => f.factor)
    docs.push({
      id,
      type: 'incident',
      title: inc.title,
      url: localize((l) => incidentPath(id, l)),
      date: day(inc.start.at),
      dates: daysOf(inc.start.at, inc.end?.at),
      factors,
      aliases: inc.aliases,
      summary: inc.summary,
      body: {
        ko: join([
          plainText(inc.body.raw),
          ...inc.factors.map((f) => f.explanation.ko),
          ...inc.figures.map((f) => f.label.ko),
          ...inc.commitments.map((m) => m.text.ko),
        ]),
        en: join([
          plainText(english.get(inc.id) ?? ''),
          ...inc.factors.map((f) => f.explanation.en),
          ...inc.figures.map((f) => f.label.en),
          ...inc.commitments.map((m) => m.text.en),
        ]),
      },
    })
    inc.events.forEach((event, index) => {
      const anchor = `#event-${index + 1}`
      docs.push({
        id: `${id}${anchor}`,
        type: 'event',
        title: { ko: clip(event.text.ko, 60), en: clip(event.text.en, 90) },
        url: localize((l) => incidentPath(id, l) + anchor),
        date: day(event.at),
        dates: dayList(event.at),
        factors,
        aliases: [],
        summary: event.text,
        body: inc.title,
      })
    })
  }
  for (const f of c.factors) {
    const id = f.id
    docs.push({
      id,
      type: 'factor',
      title: f.name,
      url: localize((l) => factorPath(id, l)),
      dates: [],
      factors: [id],
      aliases: f.aliases,
      summary: f.description,
      body: both(f.mitigations),
    })
  }
  for (const e of c.entities) {
    const id = e.id
    docs.push({
      id,
      type: 'entity',
      title: e.name,
      url: localize((l) => entityPath(id, l)),
      date: day(e.milestones[0]?.at),
      dates: e.milestones.flatMap((m) => dayList(m.at)),
      factors: [],
      aliases: e.aliases,
      summary: e.description,
      body: both(e.milestones.map((m) => m.text)),
    })
  }
  for (const p of c.policies) {
    const id = p.id
    docs.push({
      id,
      type: 'policy',
      title: p.name,
      url: localize((l) => policyPath(id, l)),
      date: day(p.steps[0]?.at),
      dates: p.steps.flatMap((st) => dayList(st.at)),
      factors: [],
      aliases: p.aliases,
      summary: p.summary,
      body: both(p.provisions.map((v) => v.text)),
    })
  }
  for (const s of c.sources) {
    const id = s.id
    const title = s.title === undefined ? s.label : { ko: s.title, en: s.title }
    docs.push({
      id,
      type: 'source',
      title,
      url: localize((l) => sourcePath(id, l)),
      date: day(s.date),
      dates: dayList(s.date),
      factors: [],
      aliases: [],
      summary: s.summary,
      body: both([s.publisher, s.title === undefined ? undefined : s.label]),
    })
  }
  return docs
}
