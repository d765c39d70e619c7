/**
 * Two incidents on one relative clock (`/timeline/?compare=a,b`): each incident's items moved so
 * that its start is 0, in a lane of its own, the window in minutes from the start (`start=-60&end=1440`
 * in the address: T−1h to T+1d), ticks labelled T+hours or T+days. Also the axis's other address
 * options: `lanes=` (kind, company, facility, factor) and `compare=`. Pure.
 */
import { incidentId, type Rejected, readQuery } from '../url-state'
import type { AxisData, AxisItem } from './axis'
import { isLaneMode, type LaneMode } from './axis-layout'
import { clampView, type Tick, type View } from './axis-view'

export interface AxisOptions {
  lanes: LaneMode
  /** Two different incident ids. */
  compare?: readonly [string, string]
}

const pair = (value: string): readonly [string, string] | undefined => {
  const [a, b, ...rest] = value.split(',')
  if (a === undefined || b === undefined || rest.length > 0 || a === b) return undefined
  const ia = incidentId(a)
  const ib = incidentId(b)
  return ia !== undefined && ib !== undefined ? [ia, ib] : undefined
}

/** The axis's options in the address; `known` says which incidents exist. Unknown values are rejected. */
export function readAxisOptions(
  query: Iterable<readonly [string, string]>,
  known: (id: string) => boolean,
): { options: AxisOptions; rejected: Rejected[] } {
  const { values, rejected } = readQuery<{ lanes: LaneMode; compare: readonly [string, string] }>(query, {
    lanes: (v) => (isLaneMode(v) ? v : undefined),
    compare: (v) => {
      const p = pair(v)
      return p && known(p[0]) && known(p[1]) ? p : undefined
    },
  })
  return {
    options: { lanes: values.lanes ?? 'kind', ...(values.compare ? { compare: values.compare } : {}) },
    rejected,
  }
}

/** The options' query entries (none for the defaults). */
export function optionEntries(o: AxisOptions): Array<[string, string]> {
  const out: Array<[string, string]> = []
  if (o.lanes !== 'kind') out.push(['lanes', o.lanes])
  if (o.compare) out.push(['compare', o.compare.join(',')])
  return out
}

/**
 * A query (`location.search`) with the axis's values replaced: its options and the view's entries
 * (`start`/`end`, absolute or relative); every other value (the timeline's filters) kept. `''` or `?…`.
 */
export function axisQuery(search: string, o: AxisOptions, view: ReadonlyArray<[string, string]>): string {
  const q = new URLSearchParams(search)
  for (const k of ['start', 'end', 'lanes', 'compare']) q.delete(k)
  for (const [k, v] of [...optionEntries(o), ...view]) q.set(k, v)
  const s = q.toString()
  return s === '' ? '' : `?${s}`
}

/** The incident's own mark in its file. */
export const headOf = (data: AxisData): AxisItem | undefined => data.items.find((i) => i.kind === 'incident')

/**
 * Two incidents' files on one clock: every item but outages, minus its incident's start, in lane 0
 * or 1; bounds from an hour before the starts to the later of the two latest ends (at least a day).
 */
export function compareItems(a: AxisData, b: AxisData): { items: AxisItem[]; bounds: View } {
  const items: AxisItem[] = []
  let end = 1440
  for (const [lane, data] of [a, b].entries()) {
    const head = headOf(data)
    if (!head) continue
    const t0 = head.from
    for (const item of data.items) {
      if (item.kind === 'outage') continue
      const moved: AxisItem = { ...item, lane, from: item.from - t0, to: item.to - t0 }
      if (item.solid !== undefined) moved.solid = item.solid - t0
      if (item.soft !== undefined) moved.soft = item.soft - t0
      end = Math.max(end, moved.to, moved.soft ?? moved.to)
      items.push(moved)
    }
  }
  items.sort((x, y) => x.from - y.from || x.lane - y.lane)
  return { items, bounds: { from: -60, to: Math.ceil(end * 1.05) } }
}

const OFFSET = /^-?\d{1,8}$/

/** The relative window in the address (minutes from the starts); values in the wrong form are rejected. */
export function readRelView(
  query: Iterable<readonly [string, string]>,
  bounds: View,
): { view: View | undefined; rejected: Rejected[] } {
  const minute = (v: string) => (OFFSET.test(v) ? Number(v) : undefined)
  const { values, rejected } = readQuery<{ start: number; end: number }>(query, { start: minute, end: minute })
  if (values.start === undefined && values.end === undefined) return { view: undefined, rejected }
  const from = values.start ?? bounds.from
  const to = values.end ?? bounds.to
  return { view: clampView(from <= to ? { from, to } : { from: to, to: from }, bounds), rejected }
}

/** The relative window's query entries; none for the widest view. */
export function relEntries(v: View, bounds: View): Array<[string, string]> {
  const full = Math.abs(v.from - bounds.from) < 1 && Math.abs(v.to - bounds.to) < 1
  return full
    ? []
    : [
        ['start', String(Math.round(v.from))],
        ['end', String(Math.round(v.to))],
      ]
}

const REL_STEPS = [5, 15, 30, 60, 180, 360, 720, 1440, 2 * 1440, 7 * 1440, 14 * 1440, 30 * 1440, 90 * 1440, 365 * 1440]

/** "T+3h", "T+2d", "T+1d 6h", "T+45m", "T0". */
export function relLabel(minutes: number): string {
  if (minutes === 0) return 'T0'
  const abs = Math.abs(minutes)
  const sign = minutes < 0 ? '−' : '+'
  const d = Math.floor(abs / 1440)
  const h = Math.floor((abs % 1440) / 60)
  const m = abs % 60
  const parts = [d > 0 ? `${d}d` : '', h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : ''].filter((p) => p !== '')
  return `T${sign}${parts.join(' ')}`
}

/** Ticks on a relative clock, at most `max`, on round offsets. */
export function relTicks(v: View, max: number): Tick[] {
  const span = v.to - v.from
  const step = REL_STEPS.find((s) => span / s <= max) ?? 365 * 1440
  const out: Tick[] = []
  for (let at = Math.ceil(v.from / step) * step; at <= v.to && out.length <= max; at += step) {
    out.push({ at, label: relLabel(at) })
  }
  return out
}
