import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { enUS, ko } from 'date-fns/locale'
import { describe, expect, it } from 'vitest'
import type { Moment } from '@/lib/time/moment'
import { toMoment } from '@/lib/time/moment'
import {
  formatClock,
  formatDuration,
  formatMoment,
  formatPeriod,
  formatOffset,
  kstDay,
  kstFields,
  PATTERNS,
  SEOUL,
} from '@/lib/time/format'

const fire = toMoment({ at: '2022-10-15T15:19+09:00' })
const allBack = toMoment({ at: '2022-10-20T22:52+09:00' })

describe('time formatting, always in KST whatever the machine zone', () => {
  it('runs in UTC, so a KST slip would show', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0)
  })

  it.each([
    { at: '2022-10-15T15:19+09:00', ko: '2022년 10월 15일 (토) 15:19', en: 'Sat 15 Oct 2022, 15:19 KST' },
    { at: '2022-10-16T00:30+09:00', ko: '2022년 10월 16일 (일) 00:30', en: 'Sun 16 Oct 2022, 00:30 KST' },
    { at: '2012-04-28', ko: '2012년 4월 28일 (토) 중', en: 'sometime on Sat 28 Apr 2012' },
    { at: '2021-12', ko: '2021년 12월 중', en: 'sometime in December 2021' },
  ])('formats $at', ({ at, ko, en }) => {
    expect(formatMoment(toMoment({ at }), 'ko')).toBe(ko)
    expect(formatMoment(toMoment({ at }), 'en')).toBe(en)
  })

  it('marks approximate times', () => {
    const m = toMoment({ at: '2022-10-20T23:00+09:00', approximate: true })
    expect(formatMoment(m, 'ko')).toBe('2022년 10월 20일 (목) 23:00경')
    expect(formatMoment(m, 'en')).toBe('about Thu 20 Oct 2022, 23:00 KST')
    expect(formatClock(m, 'en')).toBe('~23:00')
  })

  it('groups by the Korean calendar day, not the UTC one', () => {
    expect(kstDay(toMoment({ at: '2022-10-16T01:30+09:00' }))).toBe('2022-10-16')
  })

  it.each([
    { to: '2022-10-20T22:52+09:00', ko: '5일 7시간 33분', en: '5 d 7 h 33 min' },
    { to: '2022-10-16T01:31+09:00', ko: '10시간 12분', en: '10 h 12 min' },
    { to: '2022-10-15T15:19+09:00', ko: '0분', en: '0 min' },
    { to: '2022-10-15T17:19+09:00', ko: '2시간', en: '2 h' },
  ])('says a duration the way a reader does: $ko', ({ to, ko, en }) => {
    expect(formatDuration(fire.instant, toMoment({ at: to }).instant, 'ko')).toBe(ko)
    expect(formatDuration(fire.instant, toMoment({ at: to }).instant, 'en')).toBe(en)
  })

  it('gives offsets from the start', () => {
    expect(formatOffset(fire.instant, toMoment({ at: '2022-10-16T01:31+09:00' }).instant)).toBe('T+10h 12m')
    expect(formatOffset(fire.instant, allBack.instant)).toBe('T+5d 7h 33m')
    expect(formatOffset(fire.instant, toMoment({ at: '2022-10-15T15:05+09:00' }).instant)).toBe('T−14m')
  })
})

describe('KST without time-zone data, from the end of Korea’s last summer time (1988-10-09) on', () => {
  // What date-fns says with Asia/Seoul's zone data and the site's patterns, the way every time was formatted before.
  const zoned = (ms: number, pattern: string, lang: 'ko' | 'en' = 'ko') =>
    format(new TZDate(ms, SEOUL), pattern, { locale: lang === 'ko' ? ko : enUS })
  // Summer time in 1987 and 1988, its last night, the day after, then every 68,371 minutes (47 days and some hours) to 2040.
  const instants = [
    Date.UTC(1987, 6, 1, 3, 30),
    Date.UTC(1988, 9, 8, 16, 30),
    Date.UTC(1988, 9, 8, 17, 0),
    Date.UTC(1988, 9, 9, 15, 0),
    ...Array.from({ length: 400 }, (_, i) => Date.UTC(1988, 9, 9) + i * 68_371 * 60_000),
    Date.UTC(2022, 11, 31, 15, 0),
    Date.UTC(2022, 11, 31, 14, 59),
  ]
  const precisions = ['month', 'day', 'hour', 'minute'] as const

  it('says every precision in both languages as the zone data does', () => {
    for (const ms of instants) {
      for (const precision of precisions) {
        const m: Moment = { at: '', precision, approximate: false, instant: new Date(ms) }
        for (const lang of ['ko', 'en'] as const) {
          expect(formatPeriod(m, lang), `${new Date(ms).toISOString()} ${precision} ${lang}`).toBe(
            zoned(ms, PATTERNS[lang][precision], lang),
          )
        }
      }
      const minute: Moment = { at: '', precision: 'minute', approximate: false, instant: new Date(ms) }
      const hour: Moment = { ...minute, precision: 'hour' }
      expect(formatClock(minute, 'ko')).toBe(zoned(ms, 'HH:mm'))
      expect(formatClock(hour, 'ko')).toBe(zoned(ms, "H'시'"))
      expect(formatClock(hour, 'en')).toBe(zoned(ms, "HH':00'"))
      expect(kstDay(minute)).toBe(zoned(ms, 'yyyy-MM-dd'))
      const [year, month, day, h, min] = zoned(ms, 'yyyy M d H m').split(' ').map(Number)
      expect(kstFields(ms)).toEqual({ year, month, day, hour: h, minute: min })
    }
  })
})
