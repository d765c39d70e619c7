import { kstDay } from '../time/format'
import type { PlacedEvent } from './derive'

/**
 * A heading of the event list: a Korean calendar day (`2022-10-15`) or, for events known only to
 * the month, the month (`2024-01`). `key` is the period as written in content, so it is also a
 * valid `<time datetime>` and never names a day no source gives.
 */
export interface EventPeriod {
  key: string
  precision: 'day' | 'month'
  events: PlacedEvent[]
}

/** The period an event sits under: its day, or its month when only the month is known. */
function periodOf(placed: PlacedEvent): { key: string; precision: 'day' | 'month' } {
  const m = placed.moment
  return m.precision === 'month' ? { key: m.at.slice(0, 7), precision: 'month' } : { key: kstDay(m), precision: 'day' }
}

/**
 * Events (already in the one time order) grouped under headings: each day (KST), with the events
 * known only to that day after its timed ones, and each month for events known only to the month,
 * after that month's days.
 */
export function eventsByPeriod(events: readonly PlacedEvent[]): EventPeriod[] {
  const periods: EventPeriod[] = []
  for (const placed of events) {
    const { key, precision } = periodOf(placed)
    const last = periods[periods.length - 1]
    if (last && last.key === key) last.events.push(placed)
    else periods.push({ key, precision, events: [placed] })
  }
  return periods
}
