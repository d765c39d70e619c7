/** Source → citing facts: everything on the site that rests on a source, and where it is shown. */
import { byStart } from '../incidents/derive'
import type { Source } from '../content/types'
import { type Localized, localize } from '../i18n/lang'
import { formatValue } from '../incidents/figures'
import type { Lang, PolicyStep as StepName } from '../schema/vocabulary'
import { type Moment, toMoment, compareMoments } from '../time/moment'
import type { Collections } from '../content/types'
import { citingSentences } from './body-citations'
import { byId } from './common'

export type FactKind =
  | 'event'
  | 'event-alternative'
  | 'figure'
  | 'figure-alternative'
  | 'factor'
  | 'response'
  | 'commitment'
  | 'body'
  | 'record'
  | 'entity'
  | 'milestone'
  | 'policy'
  | 'step'
  | 'step-alternative'
  | 'provision'

/** One fact that cites the source. */
export interface CitingFact {
  kind: FactKind
  /** Fragment of the page where the fact is shown, without '#'. */
  anchor: string
  /** A short name for the fact: the factor's or figure's name. */
  label: Localized | undefined
  /** The fact in both languages. */
  text: Localized | undefined
  /** A sentence of the analysis (body citations only), and the language it is in. */
  excerpt: { text: string; lang: Lang } | undefined
  moment: Moment | undefined
  /** The policy step, for steps. */
  step: StepName | undefined
}

export interface CitingRecord {
  type: 'incident' | 'entity' | 'policy'
  id: string
  name: Localized
  moment: Moment | undefined
  facts: CitingFact[]
}

export interface SourcePage {
  id: string
  source: Source
  incidents: CitingRecord[]
  entities: CitingRecord[]
  policies: CitingRecord[]
  factCount: number
}

export interface SourceGroup {
  /** The year of publication, or undefined for undated sources. */
  year: string | undefined
  sources: Array<{ id: string; source: Source }>
}

const fact = (
  kind: FactKind,
  anchor: string,
  parts: Partial<Omit<CitingFact, 'kind' | 'anchor'>> = {},
): CitingFact => ({
  kind,
  anchor,
  label: parts.label,
  text: parts.text,
  excerpt: parts.excerpt,
  moment: parts.moment,
  step: parts.step,
})

/** Dates in the one time order (a month-only date after the days of its month); undated last. */
function byDate(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return compareMoments(toMoment({ at: a }), toMoment({ at: b }))
}

/** Every source, earliest first (undated last), grouped by year of publication. */
export function sourceGroups(data: Pick<Collections, 'sources'>): SourceGroup[] {
  const sorted = data.sources
    .map((source) => ({ id: source.id, source }))
    .sort((a, b) => byDate(a.source.date, b.source.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const groups: SourceGroup[] = []
  for (const item of sorted) {
    const year = item.source.date?.slice(0, 4)
    const last = groups.at(-1)
    if (last && last.year === year) last.sources.push(item)
    else groups.push({ year, sources: [item] })
  }
  return groups
}

/**
 * Every fact of an incident that cites `sid`, in the order the incident page shows them. The
 * analysis sentences come from `analysis`: the body the page in the reader's language shows.
 */
function incidentFacts(
  sid: string,
  inc: Collections['incidents'][number],
  analysis: { raw: string; lang: Lang },
  factorName: (id: string) => Localized | undefined,
): CitingFact[] {
  const has = (ids: readonly string[]) => ids.includes(sid)
  const facts: CitingFact[] = []
  inc.events.forEach((e, i) => {
    const anchor = `event-${i + 1}`
    if (has(e.sources)) facts.push(fact('event', anchor, { text: e.text, moment: toMoment(e) }))
    for (const a of e.alternatives)
      if (has(a.sources))
        facts.push(fact('event-alternative', anchor, { text: e.text, label: a.note, moment: toMoment(a) }))
  })
  for (const f of inc.factors)
    if (has(f.sources)) facts.push(fact('factor', 'causes', { label: factorName(f.factor), text: f.explanation }))
  for (const f of inc.figures) {
    if (has(f.sources))
      facts.push(
        fact('figure', `figure-${f.id}`, {
          label: f.label,
          text: localize((l) => formatValue(f.value, f.unit, l, f.approximate)),
        }),
      )
    for (const a of f.alternatives) {
      if (has(a.sources))
        facts.push(
          fact('figure-alternative', `figure-${f.id}`, {
            label: f.label,
            text: localize((l) => formatValue(a.value, a.unit ?? f.unit, l, a.approximate)),
          }),
        )
    }
  }
  for (const r of inc.responses)
    if (has(r.sources)) facts.push(fact('response', 'responses', { text: r.text, moment: toMoment(r) }))
  for (const c of inc.commitments)
    if (has(c.sources)) facts.push(fact('commitment', `commitment-${c.id}`, { text: c.text, moment: toMoment(c) }))
  for (const text of citingSentences(analysis.raw, sid))
    facts.push(fact('body', 'analysis', { excerpt: { text, lang: analysis.lang } }))
  if (has(inc.sources)) facts.push(fact('record', `source-${sid}`))
  return facts
}

/**
 * One source with every fact that cites it, grouped by the incident, entity or policy it belongs to,
 * for a page in `lang`: the analysis sentences are the English analysis's where one is written.
 */
export function sourcePage(id: string, data: Collections, lang: Lang = 'ko'): SourcePage | undefined {
  const source = data.sources.find((s) => s.id === id)
  if (!source) return undefined
  const has = (ids: readonly string[]) => ids.includes(id)
  const factors = byId(data.factors)
  const factorName = (fid: string) => factors.get(fid)?.name
  const english = byId(data.analysesEn)
  const analysisOf = (inc: Collections['incidents'][number]): { raw: string; lang: Lang } => {
    const en = lang === 'en' ? english.get(inc.id) : undefined
    return en ? { raw: en.body.raw, lang: 'en' } : { raw: inc.body.raw, lang: 'ko' }
  }
  const incidents = byStart(data.incidents).map(
    (inc): CitingRecord => ({
      type: 'incident',
      id: inc.id,
      name: inc.title,
      moment: toMoment(inc.start),
      facts: incidentFacts(id, inc, analysisOf(inc), factorName),
    }),
  )
  const entities = data.entities.map(
    (e): CitingRecord => ({
      type: 'entity',
      id: e.id,
      name: e.name,
      moment: undefined,
      facts: [
        ...(has(e.sources) ? [fact('entity', 'description', { text: e.description })] : []),
        ...e.milestones.flatMap((m, i) =>
          has(m.sources) ? [fact('milestone', `milestone-${i + 1}`, { text: m.text, moment: toMoment(m) })] : [],
        ),
      ],
    }),
  )
  const policies = data.policies.map(
    (p): CitingRecord => ({
      type: 'policy',
      id: p.id,
      name: p.name,
      moment: undefined,
      facts: [
        ...(has(p.sources) ? [fact('policy', 'summary', { text: p.summary })] : []),
        ...p.steps.flatMap((s, i) => [
          ...(has(s.sources)
            ? [fact('step', `step-${i + 1}`, { step: s.step, text: s.note, moment: toMoment(s) })]
            : []),
          ...s.alternatives.flatMap((a) =>
            has(a.sources)
              ? [fact('step-alternative', `step-${i + 1}`, { step: s.step, text: a.note, moment: toMoment(a) })]
              : [],
          ),
        ]),
        ...p.provisions.flatMap((pr, i) =>
          has(pr.sources) ? [fact('provision', `provision-${i + 1}`, { text: pr.text })] : [],
        ),
      ],
    }),
  )
  const cited = (list: CitingRecord[]) => list.filter((r) => r.facts.length > 0)
  const result = { id, source, incidents: cited(incidents), entities: cited(entities), policies: cited(policies) }
  const factCount = [...result.incidents, ...result.entities, ...result.policies].reduce(
    (n, r) => n + r.facts.length,
    0,
  )
  return { ...result, factCount }
}

/** What a page calls a source, and the original headline to quote beside it where that is not the name. */
export interface SourceName {
  name: string
  /** The language of `name`. */
  lang: Lang
  headline: { text: string; lang: Lang } | undefined
}

/**
 * A source as a page in `lang` names it: by its headline where the page's reader can read it
 * (any headline on a Korean page, an English one on an English page), otherwise by our own label
 * in the page's language, with the original headline given beside it as a quotation.
 */
export function sourceName(source: Source, lang: Lang): SourceName {
  if (source.title !== undefined && (lang === 'ko' || source.language === lang))
    return { name: source.title, lang: source.language, headline: undefined }
  const headline = source.title === undefined ? undefined : { text: source.title, lang: source.language }
  return { name: source.label[lang], lang, headline }
}
