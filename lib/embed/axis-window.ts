/**
 * Where the embed's axis view (`view=axis`) opens: the window it writes into the embed page's
 * address as `start`/`end` before the `time-axis` island reads them (lib/timeline/axis-view.ts).
 * With `incident`, that incident's first days, narrow enough that the island draws its events; with
 * `from`/`to`, those years; else the whole axis. A `start` or `end` already in the address (a reader's
 * own view, or a hand-written embed) is left as it is. Pure and framework-free.
 */
import type { AxisItem } from '../timeline/axis'
import { EVENT_SPAN } from '../timeline/axis-files'
import { around, clampView, kstMinute, type View, viewEntries } from '../timeline/axis-view'

/**
 * The widest window the incident view opens on: the island draws an incident's events only in a
 * window of EVENT_SPAN or less, and `around` adds a tenth either side.
 */
export const INCIDENT_SPAN = Math.floor(EVENT_SPAN / 1.2)
const MARGIN = 0.1

/**
 * An incident's window from its axis file (data/axis/<lang>/<id>.json): from its start to the
 * latest of its first-known end and its events, at most INCIDENT_SPAN, with a margin either side.
 */
export function incidentWindow(items: readonly AxisItem[], key: string, bounds: View): View | undefined {
  const head = items.find((i) => i.key === key)
  if (!head) return undefined
  const ends = items.filter((i) => i.key === key || i.of === key).map((i) => Math.max(i.to, i.solid ?? i.to))
  const last = Math.min(head.from + INCIDENT_SPAN, Math.max(head.from, ...ends))
  return around(head.from, last, MARGIN, bounds)
}

/** The window of the years `from`–`to` (inclusive, Korean time), within bounds; none without either. */
export function yearsWindow(o: { from?: number; to?: number }, bounds: View): View | undefined {
  if (o.from === undefined && o.to === undefined) return undefined
  const from = o.from === undefined ? bounds.from : Math.max(bounds.from, kstMinute(o.from))
  const to = o.to === undefined ? bounds.to : Math.min(bounds.to, kstMinute(o.to + 1))
  return clampView(from < to ? { from, to } : { from: to, to: from }, bounds)
}

/**
 * The address's query with the window written in as `start`/`end`, unless it already names one
 * (then it is returned as it is). Without a leading `?`.
 */
export function withWindow(query: string, window: View | undefined, bounds: View): string {
  const q = new URLSearchParams(query)
  if (window === undefined || q.has('start') || q.has('end')) return q.toString()
  for (const [k, v] of viewEntries(window, bounds)) q.set(k, v)
  return q.toString()
}
