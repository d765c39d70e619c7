import type { Commitment, Factor, Incident } from '../content/types'
import { byStart } from '../incidents/derive'
import type { FactorRole } from '../schema/vocabulary'
import { toMoment } from '../time/moment'

/** Incidents per calendar year (KST), every year from the first to the last, zeros included. */
export function incidentsPerYear(
  incidents: readonly Incident[],
): Array<{ year: number; count: number; ids: string[] }> {
  const years = incidents.map((inc) => ({ id: inc.id, year: Number(inc.start.at.slice(0, 4)) }))
  if (years.length === 0) return []
  const first = Math.min(...years.map((y) => y.year))
  const last = Math.max(...years.map((y) => y.year))
  const rows = []
  for (let year = first; year <= last; year++) {
    const ids = years.filter((y) => y.year === year).map((y) => y.id)
    rows.push({ year, count: ids.length, ids })
  }
  return rows
}

/** Incidents with a known end, longest first, with their length in minutes. */
export function durations(
  incidents: readonly Incident[],
): Array<{ id: string; incident: Incident; minutes: number; approximate: boolean }> {
  return incidents
    .flatMap((inc) => {
      if (!inc.end) return []
      const start = toMoment(inc.start)
      const end = toMoment(inc.end)
      const minutes = Math.round((end.instant.getTime() - start.instant.getTime()) / 60_000)
      return [
        {
          id: inc.id,
          incident: inc,
          minutes,
          approximate:
            start.approximate || end.approximate || start.precision !== 'minute' || end.precision !== 'minute',
        },
      ]
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
  return incidents
    .flatMap((incident) =>
      incident.commitments.map((commitment) => ({ incidentId: incident.id, incident, commitment })),
    )
    .sort((a, b) => toMoment(a.commitment).instant.getTime() - toMoment(b.commitment).instant.getTime())
}

/** How many commitments ended in each status. */
export function commitmentTally(rows: ReadonlyArray<{ commitment: Commitment }>): Map<Commitment['status'], number> {
  const tally = new Map<Commitment['status'], number>()
  for (const { commitment } of rows) tally.set(commitment.status, (tally.get(commitment.status) ?? 0) + 1)
  return tally
}
