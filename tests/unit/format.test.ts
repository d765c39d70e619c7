import { describe, expect, it } from 'vitest'
import { toMoment } from '@/lib/time/moment'
import { formatClock, formatDuration, formatMoment, formatOffset, kstDay } from '@/lib/time/format'

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
