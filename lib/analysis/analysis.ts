import type { Commitment, Factor, Incident } from '../content/types'
import { byStart, incidentSpan } from '../incidents/derive'
import type { FactorRole } from '../schema/vocabulary'
import { inTimeOrder, spanOf, toMoment, yearsBetween } from '../time/moment'
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

/** Incidents with a known end, longest first, with their length in minutes. */
export function durations(
  incidents: readonly Incident[],
): Array<{ id: string; incident: Incident; minutes: number; approximate: boolean }> {
  return incidents
    .flatMap((inc) => {
      const { start, end } = incidentSpan(inc)
      const span = spanOf(start, end)
      return span ? [{ id: inc.id, incident: inc, ...span }] : []
    })
    .sort((a, b) => b.minutes - a.minutes)
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
