/**
 * The time axis's view: which window of time it shows (epoch minutes), how it zooms and pans, how
 * the window is written in the address (`?start=…&end=…`, Korean time), and its tick marks. Pure
 * and framework-free, with no date library, so the `time-axis` island stays small.
 *
 * The window is named `start`/`end` in the address, not `from`/`to`: on /timeline/ those name the
 * filters' years already.
 */
import { KST_OFFSET_MINUTES as KST, type KstParts, kstParts } from '../time/kst'
import { type Rejected, readQuery } from '../url-state'

/** A window of time in epoch minutes, `from` before `to`. */
export interface View {
  from: number
  to: number
}

/** The narrowest window: half an hour, where one incident's minutes are apart. */
export const MIN_SPAN = 30
const MS = 60_000
const DAY = 1440

/** A window within `bounds`, at least MIN_SPAN wide and no wider than the bounds, shifted in rather than cut. */
export function clampView(v: View, bounds: View): View {
  const full = bounds.to - bounds.from
  const span = Math.min(full, Math.max(MIN_SPAN, v.to - v.from))
  let from = v.from
  if (from < bounds.from) from = bounds.from
  if (from + span > bounds.to) from = bounds.to - span
  return { from, to: from + span }
}

/** Zooms by `factor` (below 1 zooms in) keeping the instant at `anchor` (0 left edge … 1 right edge) in place. */
export function zoomView(v: View, factor: number, anchor: number, bounds: View): View {
  const span = v.to - v.from
  const at = v.from + span * anchor
  const next = Math.min(bounds.to - bounds.from, Math.max(MIN_SPAN, span * factor))
  return clampView({ from: at - next * anchor, to: at - next * anchor + next }, bounds)
}

/** Moves the window by `fraction` of its width (negative: back in time). */
export function panView(v: View, fraction: number, bounds: View): View {
  const by = (v.to - v.from) * fraction
  return clampView({ from: v.from + by, to: v.to + by }, bounds)
}

/** A window around `from`–`to` with a margin of `margin` of its width either side. */
export function around(from: number, to: number, margin: number, bounds: View): View {
  const span = Math.max(MIN_SPAN, to - from)
  return clampView({ from: from - span * margin, to: to + span * margin }, bounds)
}

const TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/

/** Korean wall-clock fields of an epoch minute. */
const partsAt = (minute: number): KstParts => kstParts(minute * MS)

/** The epoch minute of a Korean wall-clock time. */
export function kstMinute(y: number, mo = 1, d = 1, h = 0, mi = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi) / MS - KST
}

/**
 * Reads a time in the address: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, Korean time,
 * a real calendar time within `bounds`; `edge` picks the first or the last minute of a coarse value.
 */
export function timeReader(bounds: View, edge: 'first' | 'last'): (value: string) => number | undefined {
  return (value) => {
    const m = TIME.exec(value)
    if (!m) return undefined
    const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map((p) => (p === undefined ? undefined : Number(p)))
    if (y === undefined) return undefined
    const at = kstMinute(y, mo ?? 1, d ?? 1, h ?? 0, mi ?? 0)
    const p = partsAt(at)
    if (p.y !== y || p.mo !== (mo ?? 1) || p.d !== (d ?? 1) || p.h !== (h ?? 0) || p.mi !== (mi ?? 0)) return undefined
    let end = at
    if (edge === 'last' && h === undefined) {
      end = d !== undefined ? at + DAY : mo !== undefined ? kstMinute(y, mo + 1) : kstMinute(y + 1)
    }
    return end >= bounds.from && end <= bounds.to ? end : undefined
  }
}

/** The window the address names, within bounds; values in the wrong form are rejected and reported. */
export function readView(
  query: Iterable<readonly [string, string]>,
  bounds: View,
): { view: View | undefined; rejected: Rejected[] } {
  const { values, rejected } = readQuery<{ start: number; end: number }>(query, {
    start: timeReader(bounds, 'first'),
    end: timeReader(bounds, 'last'),
  })
  if (values.start === undefined && values.end === undefined) return { view: undefined, rejected }
  const from = values.start ?? bounds.from
  const to = values.end ?? bounds.to
  const view = clampView(from <= to ? { from, to } : { from: to, to: from }, bounds)
  return { view, rejected }
}

const two = (n: number) => String(n).padStart(2, '0')

/** A minute in Korean time as the address writes it: `2022-10-15T15:19`. */
export function formatMinute(minute: number): string {
  const p = partsAt(Math.round(minute))
  return `${p.y}-${two(p.mo)}-${two(p.d)}T${two(p.h)}:${two(p.mi)}`
}

/** The view's query entries; none for the widest view. */
export function viewEntries(v: View, bounds: View): Array<[string, string]> {
  const full = Math.abs(v.from - bounds.from) < 1 && Math.abs(v.to - bounds.to) < 1
  return full
    ? []
    : [
        ['start', formatMinute(v.from)],
        ['end', formatMinute(v.to)],
      ]
}

/** An offset from an incident's start: "T+5m", "T+1d 3h 5m", "T−2h". */
export function offsetText(minutes: number): string {
  const abs = Math.abs(Math.round(minutes))
  const parts = [
    [Math.floor(abs / DAY), 'd'],
    [Math.floor((abs % DAY) / 60), 'h'],
    [abs % 60, 'm'],
  ] as const
  const shown = parts.filter(([n]) => n > 0).map(([n, u]) => `${n}${u}`)
  return `T${minutes < 0 ? '−' : '+'}${shown.length > 0 ? shown.join(' ') : '0m'}`
}

export interface Tick {
  at: number
  label: string
}

/** The steps a tick can be, in minutes (a month and a year step by the calendar). */
const STEPS: ReadonlyArray<{ unit: 'year' | 'month' | 'minute'; n: number }> = [
  { unit: 'minute', n: 5 },
  { unit: 'minute', n: 15 },
  { unit: 'minute', n: 60 },
  { unit: 'minute', n: 180 },
  { unit: 'minute', n: 360 },
  { unit: 'minute', n: DAY },
  { unit: 'minute', n: 7 * DAY },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 3 },
  { unit: 'year', n: 1 },
  { unit: 'year', n: 2 },
  { unit: 'year', n: 5 },
]
const STEP_LENGTH = { minute: 1, month: 30 * DAY, year: 365 * DAY }

/** Tick marks for the window, at most `max` of them, on round Korean times, labelled as fine as the step. */
export function ticks(v: View, max: number): Tick[] {
  const span = v.to - v.from
  const step = STEPS.find((s) => span / (s.n * STEP_LENGTH[s.unit]) <= max) ?? { unit: 'year' as const, n: 10 }
  const out: Tick[] = []
  const p = partsAt(v.from)
  if (step.unit === 'year') {
    for (let y = Math.ceil(p.y / step.n) * step.n; out.length <= max; y += step.n) {
      const at = kstMinute(y)
      if (at > v.to) break
      if (at >= v.from) out.push({ at, label: String(y) })
    }
    return out
  }
  if (step.unit === 'month') {
    for (let i = 0; out.length <= max; i += step.n) {
      const at = kstMinute(p.y, Math.floor((p.mo - 1) / step.n) * step.n + 1 + i)
      if (at > v.to) break
      const q = partsAt(at)
      if (at >= v.from) out.push({ at, label: q.mo === 1 ? String(q.y) : `${q.y}-${two(q.mo)}` })
    }
    return out
  }
  const local = v.from + KST
  for (let at = Math.ceil(local / step.n) * step.n - KST; at <= v.to && out.length <= max; at += step.n) {
    const q = partsAt(at)
    const midnight = q.h === 0 && q.mi === 0
    out.push({ at, label: midnight ? `${q.y}-${two(q.mo)}-${two(q.d)}` : `${two(q.h)}:${two(q.mi)}` })
  }
  return out
}
