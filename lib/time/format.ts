import { TZDate } from '@date-fns/tz'
import { differenceInMinutes, format } from 'date-fns'
import { enUS, ko } from 'date-fns/locale'
import type { Lang, Precision } from '../schema/vocabulary'
import type { Moment } from './moment'

export const SEOUL = 'Asia/Seoul'

const PATTERNS: Record<Lang, Record<Precision, string>> = {
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

/** A moment as a reader says it, in Korean time whatever the machine's zone. */
export function formatMoment(m: Moment, lang: Lang): string {
  const text = format(new TZDate(m.instant.getTime(), SEOUL), PATTERNS[lang][m.precision], {
    locale: lang === 'ko' ? ko : enUS,
  })
  if (!m.approximate) return text
  return lang === 'ko' ? `${text}경` : `about ${text}`
}

/** Just the clock time (for events listed under their day). */
export function formatClock(m: Moment, lang: Lang): string {
  if (m.precision === 'day' || m.precision === 'month') return formatMoment(m, lang)
  const text = format(new TZDate(m.instant.getTime(), SEOUL), 'HH:mm')
  if (!m.approximate) return text
  return lang === 'ko' ? `${text}경` : `~${text}`
}

/** Today in Korea, YYYY-MM-DD. */
export function kstToday(now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), SEOUL), 'yyyy-MM-dd')
}

/** The KST calendar day of a moment, YYYY-MM-DD, for grouping. */
export function kstDay(m: Moment): string {
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
