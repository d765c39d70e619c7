import type { Precision } from '../schema/vocabulary'

/** A time as written in content: `at` in one of the allowed forms, with optional precision. */
export interface MomentInput {
  at: string
  precision?: Precision | undefined
  approximate?: boolean | undefined
}

/** A checked time: the instant it starts at, and how much of it is meaningful. */
export interface Moment {
  at: string
  precision: Precision
  approximate: boolean
  /** The first instant the value covers (start of the day or month for coarse values). */
  instant: Date
}

export type MomentResult = { ok: true; value: Moment } | { ok: false; reason: string; fix: string }

/** The years outside which a time is surely a typo. */
export const SANE_YEARS = { from: 1990, to: 2035 } as const
/** The same window in instants. */
export const SANE_WINDOW = { from: Date.UTC(SANE_YEARS.from, 0, 1), to: Date.UTC(SANE_YEARS.to, 11, 31, 23, 59) }

const KST_OFFSET_MS = 9 * 60 * 60 * 1000
const MONTH = /^(\d{4})-(\d{2})$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The forms of a content time as one pattern (month, day, or minute in KST), for the editor schemas. */
export const TIME_FORMS = '^\\d{4}-\\d{2}(?:-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?\\+09:00)?)?$'
/** A publication date: a day or a month. */
export const DATE_FORM = '^\\d{4}-\\d{2}(?:-\\d{2})?$'
/** A day. */
export const DAY_FORM = '^\\d{4}-\\d{2}-\\d{2}$'
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/

const FORMS = 'YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm+09:00'

function fail(reason: string, fix: string): MomentResult {
  return { ok: false, reason, fix }
}

/** Builds the instant for a KST wall-clock time, or null when the calendar date does not exist. */
function kstInstant(y: number, mo: number, d: number, h: number, mi: number, s: number): Date | null {
  const utc = Date.UTC(y, mo - 1, d, h, mi, s)
  const check = new Date(utc)
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  if (h > 23 || mi > 59 || s > 59) return null
  return new Date(utc - KST_OFFSET_MS)
}

/** Parses and checks a content time: its form, offset, calendar, precision and window. */
export function parseMoment(input: MomentInput): MomentResult {
  const { at } = input
  const approximate = input.approximate ?? false
  let precision: Precision
  let instant: Date | null
  const month = MONTH.exec(at)
  const day = DAY.exec(at)
  const datetime = DATETIME.exec(at)
  if (month) {
    precision = 'month'
    instant = kstInstant(Number(month[1]), Number(month[2]), 1, 0, 0, 0)
  } else if (day) {
    precision = 'day'
    instant = kstInstant(Number(day[1]), Number(day[2]), Number(day[3]), 0, 0, 0)
  } else if (datetime) {
    if (datetime[7] !== '+09:00') {
      return fail(
        `"${at}" is not in Korean time (offset ${datetime[7] ?? '?'})`,
        'write the time in KST with the offset +09:00',
      )
    }
    precision = input.precision === 'hour' ? 'hour' : 'minute'
    instant = kstInstant(
      Number(datetime[1]),
      Number(datetime[2]),
      Number(datetime[3]),
      Number(datetime[4]),
      Number(datetime[5]),
      Number(datetime[6] ?? 0),
    )
  } else {
    return fail(`"${at}" is not a time in an allowed form`, `write it as ${FORMS}`)
  }
  if (!instant) return fail(`"${at}" is not a real calendar time`, 'check the day, month, hour and minute')
  if (input.precision !== undefined && input.precision !== precision) {
    return fail(
      `precision "${input.precision}" does not match the form of "${at}" (${precision})`,
      `write the time as ${input.precision === 'month' ? 'YYYY-MM' : input.precision === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:mm+09:00'} or drop precision`,
    )
  }
  if (instant.getTime() < SANE_WINDOW.from || instant.getTime() > SANE_WINDOW.to) {
    return fail(`"${at}" is outside ${SANE_YEARS.from}–${SANE_YEARS.to}`, 'check the year')
  }
  return { ok: true, value: { at, precision, approximate, instant } }
}

/** The last instant a moment can stand for: the end of its day or month for coarse values. */
export function momentEnd(m: Moment): Date {
  if (m.precision === 'minute') return m.instant
  const t = m.instant.getTime()
  if (m.precision === 'hour') return new Date(t + 60 * 60 * 1000 - 1)
  if (m.precision === 'day') return new Date(t + 24 * 60 * 60 * 1000 - 1)
  const kst = new Date(t + KST_OFFSET_MS)
  const next = Date.UTC(kst.getUTCFullYear(), kst.getUTCMonth() + 1, 1) - KST_OFFSET_MS
  return new Date(next - 1)
}

/** The instants a moment can stand for, in epoch milliseconds, both ends included. */
export interface Interval {
  earliest: number
  latest: number
}

/** A moment's interval: a point for a time known to the minute, the whole hour, day or month otherwise. */
export function intervalOf(m: Moment): Interval {
  return { earliest: m.instant.getTime(), latest: momentEnd(m).getTime() }
}

/**
 * The one time order of the site: by the latest instant a moment can stand for, then the later-starting first.
 * A day-only item sorts after the timed items of its day, a month-only item after its month's days.
 */
export function compareMoments(a: Moment, b: Moment): number {
  const x = intervalOf(a)
  const y = intervalOf(b)
  return x.latest - y.latest || y.earliest - x.earliest
}

/** Parses a time already known to be valid (the content check ran first); throws otherwise. */
export function toMoment(input: MomentInput): Moment {
  const result = parseMoment(input)
  if (!result.ok) throw new Error(`invalid time ${input.at}: ${result.reason}`)
  return result.value
}

/** Every year from `first` to `last` (none when either is unknown). */
export function yearsBetween(first: number | undefined, last: number | undefined): number[] {
  return first === undefined || last === undefined ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/** Items in the one time order (compareMoments: a day-only item after its day's timed ones); ties keep their order. */
export function inTimeOrder<T>(items: readonly T[], moment: (item: T) => Moment): T[] {
  return items
    .map((item, index) => ({ item, index, moment: moment(item) }))
    .sort((a, b) => compareMoments(a.moment, b.moment) || a.index - b.index)
    .map(({ item }) => item)
}
