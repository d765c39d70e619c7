/** When a record was added and when it last changed in substance (`updated`, default `added`). Pure. */
import type { Incident } from '../content/types'

export interface RecordDates {
  /** YYYY-MM-DD */
  added: string
  /** YYYY-MM-DD, never before `added`. */
  updated: string
}

export function recordDates(inc: Pick<Incident, 'added' | 'updated'>): RecordDates {
  return { added: inc.added, updated: inc.updated ?? inc.added }
}

/** True when the record changed after the day it was added. */
export function wasUpdated(dates: RecordDates): boolean {
  return dates.updated !== dates.added
}

/** The day the record as a whole last changed: the latest `updated` of its incidents. */
export function lastUpdated(incidents: ReadonlyArray<Pick<Incident, 'added' | 'updated'>>): string | undefined {
  let newest: string | undefined
  for (const inc of incidents) {
    const { updated } = recordDates(inc)
    if (newest === undefined || updated > newest) newest = updated
  }
  return newest
}
