import type { Commitment, Factor, Incident } from '../content/types'
import { byStart } from '../incidents/derive'
import { incidentLength, type RecordedLength } from '../incidents/lengths'
import type { FactorRole } from '../schema/vocabulary'
import { inTimeOrder, toMoment, yearsBetween } from '../time/moment'
import { middle } from '../time/range'
import { yearSpan } from './home'

/** Incidents per calendar year (KST), every year from the first to the last, zeros included. */
export function incidentsPerYear(
  incidents: readonly Incident[],
): Array<{ year: number; count: number; ids: string[] }> {
  const years = incidents.map((inc) => ({ id: inc.id, year: Number(inc.start.at.slice(0, 4)) }))
  const span = yearSpan(incidents)
  return yearsBetween(span?.from, span?.to).map((year) => {
    const ids = years.filter((y) => y.year === year).map((y) => y.id)
    return { year, count: ids.length, ids }
  })
}

/** An incident with a known length (stated by a source, or from start to end). */
export interface DurationRow {
  id: string
  incident: Incident
  length: RecordedLength
}

/** Incidents with a known length, longest first (by the middle of each range; ties by the longer upper end). */
export function durations(incidents: readonly Incident[]): DurationRow[] {
  return incidents
    .flatMap((inc) => {
      const length = incidentLength(inc)
      return length ? [{ id: inc.id, incident: inc, length }] : []
    })
    .sort((a, b) => middle(b.length.shown) - middle(a.length.shown) || b.length.shown.max - a.length.shown.max)
}

/** Which factor played which roles in which incident: rows are incidents in time order, columns the factors used. */
export function factorMatrix(incidents: readonly Incident[], factors: readonly Factor[]) {
  const rows = byStart(incidents).filter((inc) => inc.factors.length > 0)
  const used = new Set(rows.flatMap((inc) => inc.factors.map((f) => f.factor)))
  const columns = factors
    .filter((f) => used.has(f.id))
    .map((f) => ({
      id: f.id,
      factor: f,
      count: rows.filter((inc) => inc.factors.some((c) => c.factor === f.id)).length,
    }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
  const cell = (inc: Incident, factorId: string): FactorRole[] => [
    ...new Set(inc.factors.filter((c) => c.factor === factorId).map((c) => c.role)),
  ]
  return {
    rows: rows.map((inc) => ({ id: inc.id, incident: inc, cells: columns.map((c) => cell(inc, c.id)) })),
    columns,
  }
}

/** Every commitment with the incident it followed, in the order they were made. */
export function commitmentsByDate(
  incidents: readonly Incident[],
): Array<{ incidentId: string; incident: Incident; commitment: Commitment }> {
  return inTimeOrder(
    incidents.flatMap((incident) =>
      incident.commitments.map((commitment) => ({ incidentId: incident.id, incident, commitment })),
    ),
    (row) => toMoment(row.commitment),
  )
}

/** How many commitments ended in each status. */
export function commitmentTally(rows: ReadonlyArray<{ commitment: Commitment }>): Map<Commitment['status'], number> {
  const tally = new Map<Commitment['status'], number>()
  for (const { commitment } of rows) tally.set(commitment.status, (tally.get(commitment.status) ?? 0) + 1)
  return tally
}
