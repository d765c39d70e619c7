/**
 * Dates and figures read from text, in Korean and English forms, as index keys: a record is found
 * by its own dates (2022년 10월 15일, October 2022, 2022-10-15) and by the durations it states
 * (17시간, 44 hours), never by a day number that happens to be 17. Pure: no I/O.
 *
 * Key kinds: y:2022, ym:2022-10, ymd:2022-10-15, m:10, md:10-15, d:15 (a date, as specific as it
 * was written) and n:17h, n:33min, n:3d, n:20s, n:40% (a figure with its unit).
 */

export interface DateParts {
  year?: number
  month?: number
  day?: number
}

/** A date or a figure found in a text: its keys (all must hold) and where it was written. */
export interface Reading {
  kind: 'date' | 'figure'
  keys: string[]
  start: number
  end: number
  /** As written, trimmed (for telling the reader how the query was read). */
  text: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const YEARS = { from: 1990, to: 2039 }
const validYear = (y: number) => y >= YEARS.from && y <= YEARS.to
const validMonth = (m: number) => m >= 1 && m <= 12
const validDay = (d: number) => d >= 1 && d <= 31

/** The one key that asks for exactly the parts given (a year and a day without a month: both). */
export function dateQueryKeys(p: DateParts): string[] {
  const { year: y, month: m, day: d } = p
  if (y !== undefined && m !== undefined && d !== undefined) return [`ymd:${y}-${pad(m)}-${pad(d)}`]
  if (y !== undefined && m !== undefined) return [`ym:${y}-${pad(m)}`]
  if (m !== undefined && d !== undefined) return [`md:${pad(m)}-${pad(d)}`]
  const keys: string[] = []
  if (y !== undefined) keys.push(`y:${y}`)
  if (m !== undefined) keys.push(`m:${pad(m)}`)
  if (d !== undefined) keys.push(`d:${pad(d)}`)
  return keys
}

/** Every key a date held by a record answers to: 2022-10-15 → y, ym, ymd, m, md, d. */
export function dateKeys(p: DateParts): string[] {
  const { year: y, month: m, day: d } = p
  const keys: string[] = []
  if (y !== undefined) keys.push(`y:${y}`)
  if (m !== undefined) keys.push(`m:${pad(m)}`)
  if (d !== undefined) keys.push(`d:${pad(d)}`)
  if (y !== undefined && m !== undefined) keys.push(`ym:${y}-${pad(m)}`)
  if (m !== undefined && d !== undefined) keys.push(`md:${pad(m)}-${pad(d)}`)
  if (y !== undefined && m !== undefined && d !== undefined) keys.push(`ymd:${y}-${pad(m)}-${pad(d)}`)
  return keys
}

/** A record's own date, YYYY, YYYY-MM or YYYY-MM-DD (a time after it is ignored), as parts. */
export function partsOf(date: string): DateParts | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date)
  if (!m) return undefined
  const year = Number(m[1])
  const month = m[2] === undefined ? undefined : Number(m[2])
  const day = m[3] === undefined ? undefined : Number(m[3])
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH_NAME =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const UNITS: Array<[RegExp, string]> = [
  [/^(?:시간|hours?|hrs?|h)$/, 'h'],
  [/^(?:분|minutes?|mins?)$/, 'min'],
  [/^(?:초|seconds?|secs?)$/, 's'],
  [/^(?:일간|일 ?동안|days?)$/, 'd'],
  [/^(?:%|퍼센트|percent)$/, '%'],
]

/**
 * One pattern, tried left to right; the first alternative that matches at a place wins:
 * a time of day (3시 19분, 14:50: read and dropped), a duration or share, an ISO-style date,
 * then the parts of a date in Korean or English.
 */
const TOKEN = new RegExp(
  [
    String.raw`(?<clock>(?:오전|오후|새벽|저녁|밤)?\s*\d{1,2}\s*시(?!간)(?:\s*\d{1,2}\s*분)?|\d{1,2}:\d{2})`,
    String.raw`(?<num>\d[\d,]*(?:\.\d+)?)\s*(?<unit>시간|분|초|일\s?동안|일간|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|percent|퍼센트|%|h(?![a-z]))`,
    String.raw`(?<iso>(?<!\d)(?<iy>\d{4})[-./]\s?(?<im>\d{1,2})(?:[-./]\s?(?<id>\d{1,2}))?(?!\d))`,
    String.raw`(?<ky>(?<!\d)\d{4})\s*년(?:도)?`,
    String.raw`(?<km>(?<!\d)\d{1,2})\s*월`,
    String.raw`(?<kd>(?<!\d)\d{1,2})\s*일(?!\s*(?:간|동안|째))`,
    String.raw`(?<![a-z])(?<em>${MONTH_NAME})\.?(?![a-z])`,
    String.raw`(?<ed>(?<!\d)\d{1,2})(?:st|nd|rd|th)?(?![\d:%])`,
    String.raw`(?<by>(?<!\d)(?:19|20)\d{2}(?!\d|\s*(?:명|개|건|대|원|만|억|곳|여|배|가구|km|mb|gb)))`,
  ].join('|'),
  'g',
)

interface Part extends DateParts {
  start: number
  end: number
  /** A bare number that is a day only beside an English month name (15 October). */
  looseDay?: boolean
  /** A month name that is a month only beside a day or a year ("may" is also a verb). */
  looseMonth?: boolean
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1

/** Reads the dates and figures of a text (cleaned: lower case), left to right. */
export function readNumbers(text: string): Reading[] {
  const out: Reading[] = []
  const parts: Part[] = []
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {}
    const start = m.index
    const end = start + m[0].length
    if (g.clock !== undefined) continue
    if (g.num !== undefined && g.unit !== undefined) {
      const unit = UNITS.find(([re]) => re.test(g.unit ?? ''))?.[1]
      const value = Number((g.num ?? '').replace(/,/g, ''))
      if (unit !== undefined && Number.isFinite(value))
        out.push({ kind: 'figure', keys: [`n:${value}${unit}`], start, end, text: m[0].trim() })
      continue
    }
    if (g.iso !== undefined) {
      const year = Number(g.iy)
      const month = Number(g.im)
      const day = g.id === undefined ? undefined : Number(g.id)
      if (validYear(year) && validMonth(month) && (day === undefined || validDay(day)))
        parts.push({ year, month, ...(day === undefined ? {} : { day }), start, end })
      continue
    }
    if (g.ky !== undefined && validYear(Number(g.ky))) parts.push({ year: Number(g.ky), start, end })
    else if (g.km !== undefined && validMonth(Number(g.km))) parts.push({ month: Number(g.km), start, end })
    else if (g.kd !== undefined && validDay(Number(g.kd))) parts.push({ day: Number(g.kd), start, end })
    else if (g.em !== undefined)
      parts.push({
        month: monthOf(g.em),
        start,
        end,
        ...(g.em === 'may' || g.em === 'mar' ? { looseMonth: true } : {}),
      })
    else if (g.ed !== undefined && validDay(Number(g.ed))) parts.push({ day: Number(g.ed), start, end, looseDay: true })
    else if (g.by !== undefined && validYear(Number(g.by))) parts.push({ year: Number(g.by), start, end })
  }
  // Neighbouring parts (only spaces, commas or full stops between) that fit together make one date.
  let group: Part[] = []
  const flush = () => {
    const hasMonthName = group.some((p) => p.month !== undefined && p.looseMonth === undefined)
    const kept = group.filter(
      (p) =>
        (p.looseDay === undefined || group.some((q) => q.month !== undefined && q !== p)) &&
        (p.looseMonth === undefined || group.length > 1 || hasMonthName),
    )
    const first = kept[0]
    const last = kept[kept.length - 1]
    if (first && last) {
      const date: DateParts = {}
      for (const p of kept)
        Object.assign(
          date,
          p.year === undefined ? {} : { year: p.year },
          p.month === undefined ? {} : { month: p.month },
          p.day === undefined ? {} : { day: p.day },
        )
      out.push({
        kind: 'date',
        keys: dateQueryKeys(date),
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end).trim(),
      })
    }
    group = []
  }
  for (const p of parts) {
    const prev = group[group.length - 1]
    const fits =
      prev !== undefined &&
      /^[\s,.]*$/.test(text.slice(prev.end, p.start)) &&
      !group.some(
        (q) =>
          (p.year !== undefined && q.year !== undefined) ||
          (p.month !== undefined && q.month !== undefined) ||
          (p.day !== undefined && q.day !== undefined),
      )
    if (!fits) flush()
    group.push(p)
  }
  flush()
  return out.sort((a, b) => a.start - b.start)
}

/** The text with the readings cut out (each replaced by a space), for reading the rest as words. */
export function withoutReadings(text: string, readings: readonly Reading[]): string {
  let out = ''
  let at = 0
  for (const r of readings) {
    out += `${text.slice(at, r.start)} `
    at = r.end
  }
  return out + text.slice(at)
}
