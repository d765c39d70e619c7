import { kstDay } from '../time/format'
import type { PlacedEvent } from './derive'

/** Events grouped by their Korean calendar day, days in order. */
export function eventsByDay(events: readonly PlacedEvent[]): Array<{ day: string; events: PlacedEvent[] }> {
  const days: Array<{ day: string; events: PlacedEvent[] }> = []
  for (const placed of events) {
    const day = kstDay(placed.moment)
    const last = days[days.length - 1]
    if (last && last.day === day) last.events.push(placed)
    else days.push({ day, events: [placed] })
  }
  return days
}
