import { TZDate } from '@date-fns/tz'
import { differenceInMinutes, format } from 'date-fns'
import { enUS, ko } from 'date-fns/locale'
import type { Lang, Precision } from '../schema/vocabulary'
import type { Moment } from './moment'
import { FIXED_OFFSET_FROM, type KstParts, kstParts } from './kst'
import { boundsInUnit, isExact, type LengthRange, type LengthUnit } from './range'

export const SEOUL = 'Asia/Seoul'

export const PATTERNS: Record<Lang, Record<Precision, string>> = {
  ko: {
    month: 'yyyy년 M월',
    day: 'yyyy년 M월 d일 (EEE)',
    hour: 'yyyy년 M월 d일 (EEE) H시',
    minute: 'yyyy년 M월 d일 (EEE) HH:mm',
  },
  en: {
    month: 'MMMM yyyy',
    day: 'EEE d MMM yyyy',
    hour: "EEE d MMM yyyy, HH':00' 'KST'",
    minute: "EEE d MMM yyyy, HH:mm 'KST'",
  },
}

/**
 * date-fns with a TZDate asks Intl for the zone on every call (about 15 µs; an incident page
 * formats a hundred or more times): instants from the end of Korea's last summer time on are
 * written from their fixed-offset fields (`kst.ts`); earlier ones still go through date-fns.
 */
const wallOf = (ms: number): KstParts | undefined => (ms >= FIXED_OFFSET_FROM ? kstParts(ms) : undefined)

const pad = (n: number): string => String(n).padStart(2, '0')
const KO_WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토']
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** PATTERNS written out for a wall clock in the fixed-offset years (a unit test holds them equal). */
function plainWall(w: KstParts, precision: Precision, lang: Lang): string {
  if (lang === 'ko') {
    if (precision === 'month') return `${w.y}년 ${w.mo}월`
    const day = `${w.y}년 ${w.mo}월 ${w.d}일 (${KO_WEEKDAYS[w.wd]})`
    if (precision === 'day') return day
    return precision === 'hour' ? `${day} ${w.h}시` : `${day} ${pad(w.h)}:${pad(w.mi)}`
  }
  if (precision === 'month') return `${englishMonth(w.mo)} ${w.y}`
  const day = `${EN_WEEKDAYS[w.wd]} ${w.d} ${englishMonth(w.mo).slice(0, 3)} ${w.y}`
  if (precision === 'day') return day
  return `${day}, ${pad(w.h)}:${precision === 'hour' ? '00' : pad(w.mi)} KST`
}

/** The date or time itself, as fine as its precision, with no word for its precision. */
function plain(m: Moment, lang: Lang): string {
  const ms = m.instant.getTime()
  const w = wallOf(ms)
  if (w) return plainWall(w, m.precision, lang)
  return format(new TZDate(ms, SEOUL), PATTERNS[lang][m.precision], {
    locale: lang === 'ko' ? ko : enUS,
  })
}

/**
 * A moment as a reader says it, in Korean time whatever the machine's zone, with its precision:
 * "2022년 10월 15일 (토) 15:19"; a day or month with no time given reads "2022년 10월 15일 (토) 중",
 * "2012년 4월 중" ("sometime on …", "sometime in …"); an approximate one "…경" ("about …").
 */
export function formatMoment(m: Moment, lang: Lang): string {
  const text = plain(m, lang)
  if (m.approximate) return lang === 'ko' ? `${text}경` : `about ${text}`
  if (m.precision === 'day') return lang === 'ko' ? `${text} 중` : `sometime on ${text}`
  if (m.precision === 'month') return lang === 'ko' ? `${text} 중` : `sometime in ${text}`
  return text
}

/** A day or month as a heading: "2022년 10월 15일 (토)", "2024년 1월" (the period, not a time in it). */
export function formatPeriod(m: Moment, lang: Lang): string {
  return plain(m, lang)
}

const UNKNOWN_CLOCK: Record<'day' | 'month', Record<Lang, { plain: string; approximate: string }>> = {
  day: {
    ko: { plain: '시각 미상', approximate: '시각 미상(날짜 대략)' },
    en: { plain: 'time unknown', approximate: 'time unknown (date approximate)' },
  },
  month: {
    ko: { plain: '날짜 미상', approximate: '날짜 미상(달 대략)' },
    en: { plain: 'date unknown', approximate: 'date unknown (month approximate)' },
  },
}

/** True when a moment has a clock time (to the minute or the hour), false for a day or month only. */
export function hasClockTime(m: Moment): boolean {
  return m.precision === 'minute' || m.precision === 'hour'
}

/**
 * Just the clock time, for an item listed under its day (or month) heading: "15:19", "15시";
 * an item with no time given says so ("시각 미상" / "time unknown"; under a month: "날짜 미상").
 */
export function formatClock(m: Moment, lang: Lang): string {
  if (m.precision === 'day' || m.precision === 'month') {
    const words = UNKNOWN_CLOCK[m.precision][lang]
    return m.approximate ? words.approximate : words.plain
  }
  const w = wallOf(m.instant.getTime())
  const pattern = m.precision === 'hour' ? (lang === 'ko' ? "H'시'" : "HH':00'") : 'HH:mm'
  const text = !w
    ? format(new TZDate(m.instant.getTime(), SEOUL), pattern)
    : m.precision === 'minute'
      ? `${pad(w.h)}:${pad(w.mi)}`
      : lang === 'ko'
        ? `${w.h}시`
        : `${pad(w.h)}:00`
  if (!m.approximate) return text
  return lang === 'ko' ? `${text}경` : `~${text}`
}

/** Today in Korea, YYYY-MM-DD. */
export function kstToday(now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), SEOUL), 'yyyy-MM-dd')
}

/** The KST wall-clock fields of an instant, to the minute. */
export function kstFields(ms: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const w = wallOf(ms)
  if (w) return { year: w.y, month: w.mo, day: w.d, hour: w.h, minute: w.mi }
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = format(new TZDate(ms, SEOUL), 'yyyy M d H m')
    .split(' ')
    .map(Number)
  return { year, month, day, hour, minute }
}

/** The KST calendar day of a moment, YYYY-MM-DD, for grouping. */
export function kstDay(m: Moment): string {
  const w = wallOf(m.instant.getTime())
  if (w) return `${w.y}-${pad(w.mo)}-${pad(w.d)}`
  return format(new TZDate(m.instant.getTime(), SEOUL), 'yyyy-MM-dd')
}

/** A span as a reader says it: "5일 7시간 33분" / "5 d 7 h 33 min". */
export function formatDuration(from: Date, to: Date, lang: Lang): string {
  const total = differenceInMinutes(to, from)
  const sign = total < 0 ? '−' : ''
  const abs = Math.abs(total)
  const days = Math.floor(abs / 1440)
  const hours = Math.floor((abs % 1440) / 60)
  const minutes = abs % 60
  const units: Array<[number, string, string]> = [
    [days, '일', 'd'],
    [hours, '시간', 'h'],
    [minutes, '분', 'min'],
  ]
  const parts = units.filter(([n]) => n > 0).map(([n, k, e]) => (lang === 'ko' ? `${n}${k}` : `${n} ${e}`))
  return sign + (parts.length > 0 ? parts.join(' ') : lang === 'ko' ? '0분' : '0 min')
}

/** Offset from the start of an incident: "T+10h 12m", "T−14m". */
export function formatOffset(from: Date, to: Date): string {
  const total = differenceInMinutes(to, from)
  const abs = Math.abs(total)
  const days = Math.floor(abs / 1440)
  const hours = Math.floor((abs % 1440) / 60)
  const minutes = abs % 60
  const parts = [days > 0 ? `${days}d` : '', hours > 0 ? `${hours}h` : '', `${minutes}m`].filter((p) => p !== '')
  return `T${total < 0 ? '−' : '+'}${parts.join(' ')}`
}

const WEEK = 7 * 1440

/** "33시간", "33 h"; "3일", "3 days", "1 day". */
function inUnit(n: number, unit: Exclude<LengthUnit, 'minutes'>, lang: Lang): string {
  if (lang === 'ko') return `${n}${unit === 'hours' ? '시간' : '일'}`
  return unit === 'hours' ? `${n} h` : `${n} ${n === 1 ? 'day' : 'days'}`
}

/**
 * A length as a reader says it, never finer than it is known: "5일 7시간 41분" (both ends to the
 * minute), "약 8~33시간" / "about 8–33 h" (an end known only to the day), "9시간 이내" / "up to 9 h",
 * "약 44시간" (a stated "about 44 hours").
 */
export function formatLength(r: LengthRange, lang: Lang): string {
  const about = (text: string) => (r.approximate ? (lang === 'ko' ? `약 ${text}` : `about ${text}`) : text)
  if (r.unit === 'minutes') {
    const say = (minutes: number) => formatDuration(new Date(0), new Date(minutes * 60_000), lang)
    return about(isExact(r) ? say(r.min) : `${say(r.min)}${lang === 'ko' ? '~' : '–'}${say(r.max)}`)
  }
  // A range of a week or more in hours reads better in days ("17~19일", not "413~440시간").
  const unit = r.unit === 'hours' && !isExact(r) && r.min >= WEEK ? 'days' : r.unit
  const { low, high } = boundsInUnit({ ...r, unit })
  const upper = inUnit(high, unit, lang)
  if (low === high) return about(upper)
  if (low === 0) return about(lang === 'ko' ? `${upper} 이내` : `up to ${upper}`)
  return about(`${low}${lang === 'ko' ? '~' : '–'}${upper}`)
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** An English month's name (1 = January); the number itself where out of range. */
export function englishMonth(m: number): string {
  return MONTHS[m - 1] ?? String(m)
}

/** A source date as a reader says it: "2022년 10월 21일" / "21 October 2022"; months alone too. */
export function sayDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number)
  if (y === undefined || m === undefined || Number.isNaN(y) || Number.isNaN(m)) return date
  if (lang === 'ko') return d === undefined ? `${y}년 ${m}월` : `${y}년 ${m}월 ${d}일`
  const month = englishMonth(m)
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`
}
