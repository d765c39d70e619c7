/**
 * The incident index: one row per incident, and the same rows in one language as plain data for
 * the client table (sorting, filtering and the query string are in index-state.ts).
 */
import { factorPath, incidentPath, type Lang, type Localized, t } from '../i18n/lang'
import { COVERAGE_LABEL, SEVERITY_LABEL } from '../i18n/labels'
import { type Coverage, SEVERITIES, type Severity } from '../schema/vocabulary'
import { formatMoment } from '../time/format'
import { incidentLength, type RecordedLength } from '../incidents/lengths'
import { type Moment, toMoment, compareMoments } from '../time/moment'
import { isExact, middle } from '../time/range'
import { type IndexRowView, normalizeSearch } from './index-state'
import { type Option, sortedOptions } from './options'
import { lengthText } from './text'
import type { TimelineCollections } from './model'
import { type Ref, refLookup, yearOf } from './timeline'

export interface IndexRow {
  id: string
  title: Localized
  aliases: readonly string[]
  start: Moment
  end: Moment | undefined
  length: RecordedLength | undefined
  year: number
  operators: Ref[]
  factors: Ref[]
  severity: Severity
  coverage: Coverage
}

/** Every incident as a row, earliest first. */
export function buildIndexRows(c: TimelineCollections): IndexRow[] {
  const entity = refLookup(c.entities)
  const factor = refLookup(c.factors)
  return c.incidents
    .map((inc) => {
      const start = toMoment(inc.start)
      const end = inc.end ? toMoment(inc.end) : undefined
      return {
        id: inc.id,
        title: inc.title,
        aliases: inc.aliases,
        start,
        end,
        length: incidentLength(inc),
        year: yearOf(start),
        operators: inc.operators.map(entity),
        factors: [...new Set(inc.factors.map((f) => f.factor))].map(factor),
        severity: inc.severity,
        coverage: inc.coverage,
      }
    })
    .sort((a, b) => compareMoments(a.start, b.start) || (a.id < b.id ? -1 : 1))
}

export function localizeRows(rows: readonly IndexRow[], lang: Lang): IndexRowView[] {
  return rows.map((r) => ({
    id: r.id,
    href: incidentPath(r.id, lang),
    title: t(r.title, lang),
    date: formatMoment(r.start, lang),
    dateTime: r.start.at,
    startMs: r.start.instant.getTime(),
    year: r.year,
    duration: lengthText(r.length, lang),
    durationMinutes: r.length ? middle(r.length.shown) : null,
    approximate: r.length ? r.length.shown.approximate || !isExact(r.length.shown) : false,
    operators: r.operators.map((o) => ({ id: o.id, label: t(o.name, lang) })),
    factors: r.factors.map((f) => ({ id: f.id, label: t(f.name, lang), href: factorPath(f.id, lang) })),
    severity: r.severity,
    severityLabel: SEVERITY_LABEL[r.severity][lang],
    severityRank: SEVERITIES.indexOf(r.severity),
    coverage: r.coverage,
    coverageLabel: COVERAGE_LABEL[r.coverage][lang],
    search: normalizeSearch(
      [
        r.id,
        r.title.ko,
        r.title.en,
        ...r.aliases,
        ...r.operators.flatMap((o) => [o.name.ko, o.name.en]),
        ...r.factors.flatMap((f) => [f.name.ko, f.name.en]),
      ].join(' '),
    ),
  }))
}

/** What the index's filters offer: the factors used by some incident (sorted by name) and the years. */
export function indexOptions(rows: readonly IndexRow[], lang: Lang): { factors: Option[]; years: number[] } {
  const factors = new Map(rows.flatMap((r) => r.factors.map((f) => [f.id, f] as const)))
  return {
    factors: sortedOptions([...factors.values()], lang),
    years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b),
  }
}
