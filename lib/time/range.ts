/**
 * Uncertain times stay uncertain in lengths: a length between two moments, from the intervals
 * they stand for (intervalOf in moment.ts), is a range. Pure and framework-free.
 *
 * A length between two moments is a range: the shortest it can be (latest start to earliest end)
 * and the longest (earliest start to latest end). It is said in a unit no finer than its least
 * precise end: minutes when both ends are known to the minute, hours when one is known only to the
 * hour or day, days when one is known only to the month. A length a source states is a range too
 * (a single value, said in the unit the source used).
 */
import { intervalOf, type Moment } from './moment'

/** How finely a length can be said: the unit of its least precise input. */
export type LengthUnit = 'minutes' | 'hours' | 'days'

/** A length known within bounds, in whole minutes. */
export interface LengthRange {
  /** The shortest it can be (rounded down to the minute; never below zero). */
  min: number
  /** The longest it can be (rounded up to the minute). */
  max: number
  /** True when an input is only "about" (written `approximate`). */
  approximate: boolean
  /** The finest unit it can honestly be said in. */
  unit: LengthUnit
}

const MINUTE = 60_000

const UNIT_OF: Record<Moment['precision'], LengthUnit> = {
  minute: 'minutes',
  hour: 'hours',
  day: 'hours',
  month: 'days',
}
const COARSENESS: Record<LengthUnit, number> = { minutes: 0, hours: 1, days: 2 }

/** The coarser of two units. */
export function coarserUnit(a: LengthUnit, b: LengthUnit): LengthUnit {
  return COARSENESS[a] >= COARSENESS[b] ? a : b
}

/** The length from one moment to another, as a range. */
export function lengthBetween(start: Moment, end: Moment): LengthRange {
  const s = intervalOf(start)
  const e = intervalOf(end)
  return {
    min: Math.max(0, Math.floor((e.earliest - s.latest) / MINUTE)),
    max: Math.max(0, Math.ceil((e.latest - s.earliest) / MINUTE)),
    approximate: start.approximate || end.approximate,
    unit: coarserUnit(UNIT_OF[start.precision], UNIT_OF[end.precision]),
  }
}

/** Minutes per unit of the figures that state a length. */
export const MINUTES_PER = { minutes: 1, hours: 60, days: 1440 } as const satisfies Record<LengthUnit, number>

/** A length a source states: one value in one unit, "about" or not. */
export function statedLength(value: number, unit: LengthUnit, approximate: boolean): LengthRange {
  const minutes = Math.round(value * MINUTES_PER[unit])
  return { min: minutes, max: minutes, approximate, unit }
}

/** True when the range is one value (both ends known as finely as its unit). */
export function isExact(r: LengthRange): boolean {
  return r.min === r.max
}

/** The middle of a range, in minutes: what lengths are sorted by. */
export function middle(r: LengthRange): number {
  return (r.min + r.max) / 2
}

/** The range's bounds in its own unit, rounded outwards so the rounded range still holds the truth. */
export function boundsInUnit(r: LengthRange): { low: number; high: number } {
  const per = MINUTES_PER[r.unit]
  return { low: Math.floor(r.min / per), high: Math.ceil(r.max / per) }
}

/**
 * How far "about" can reach when a stated length is checked against the times it should agree
 * with: a tenth of an "about" value, and half a unit of any value (it may have been rounded).
 */
export const STATED_SLACK = 0.1
/** How far an "about" time can reach, for the same check, by its precision (minutes). */
export const APPROXIMATE_TIME_SLACK: Record<Moment['precision'], number> = {
  minute: 30,
  hour: 30,
  day: 12 * 60,
  month: 15 * 1440,
}

/** The widest a stated length can honestly be read: [low, high] minutes. */
export function statedBand(r: LengthRange): { low: number; high: number } {
  const half = MINUTES_PER[r.unit] / 2
  const slack = r.approximate ? Math.max(half, r.min * STATED_SLACK) : half
  return { low: Math.max(0, r.min - slack), high: r.max + slack }
}

/**
 * The widest the length between two moments can be read, "about" ends widened: [low, high] minutes.
 * A time written to the minute leaves its seconds unknown, so such ends add a minute either way.
 */
export function looseBand(start: Moment, end: Moment): { low: number; high: number } {
  const r = lengthBetween(start, end)
  const reach = (m: Moment) => (m.approximate ? APPROXIMATE_TIME_SLACK[m.precision] : 0)
  const seconds = start.precision === 'minute' || end.precision === 'minute' ? 1 : 0
  const slack = reach(start) + reach(end) + seconds
  return { low: Math.max(0, r.min - slack), high: r.max + slack }
}

/** True when a stated length can be the length between two moments (their bands overlap). */
export function lengthsAgree(stated: LengthRange, start: Moment, end: Moment): boolean {
  const s = statedBand(stated)
  const d = looseBand(start, end)
  return s.low <= d.high && d.low <= s.high
}
