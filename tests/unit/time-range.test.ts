import { describe, expect, it } from 'vitest'
import { formatClock, formatLength, formatMoment, formatPeriod } from '@/lib/time/format'
import { compareMoments, inTimeOrder, intervalOf, type MomentInput, toMoment } from '@/lib/time/moment'
import { lengthBetween, lengthsAgree, type LengthRange, statedLength } from '@/lib/time/range'

const m = (at: string, more: Partial<MomentInput> = {}) => toMoment({ at, ...more })
/** Kakao's services failed at about 15:30 on 15 October 2022. */
const failed = m('2022-10-15T15:30+09:00', { approximate: true })

describe('the interval a moment stands for', () => {
  it.each([
    { at: '2022-10-15T15:19+09:00', earliest: '2022-10-15T06:19:00.000Z', latest: '2022-10-15T06:19:00.000Z' },
    { at: '2022-10-16', earliest: '2022-10-15T15:00:00.000Z', latest: '2022-10-16T14:59:59.999Z' },
    { at: '2012-04', earliest: '2012-03-31T15:00:00.000Z', latest: '2012-04-30T14:59:59.999Z' },
  ])('$at runs from $earliest to $latest', ({ at, earliest, latest }) => {
    const i = intervalOf(m(at))
    expect(new Date(i.earliest).toISOString()).toBe(earliest)
    expect(new Date(i.latest).toISOString()).toBe(latest)
  })

  it('covers the whole hour for a time known to the hour', () => {
    const i = intervalOf(m('2018-11-24T11:00+09:00', { precision: 'hour' }))
    expect((i.latest - i.earliest + 1) / 60_000).toBe(60)
  })
})

describe('the one time order', () => {
  const sorted = (ats: Array<string | MomentInput>) =>
    ats
      .map((a) => (typeof a === 'string' ? { at: a } : a))
      .map((input) => ({ input, moment: toMoment(input) }))
      .sort((a, b) => compareMoments(a.moment, b.moment))
      .map(({ input }) => input.at)

  it.each([
    {
      case: 'a day-only item follows the timed items of its day and precedes the next day',
      given: ['2022-10-15', '2022-10-16T00:00+09:00', '2022-10-15T23:45+09:00', '2022-10-15T15:19+09:00'],
      want: ['2022-10-15T15:19+09:00', '2022-10-15T23:45+09:00', '2022-10-15', '2022-10-16T00:00+09:00'],
    },
    {
      case: 'a month-only item follows the days and times of its month (Kakao’s April 2012 apology)',
      given: ['2012-04', '2012-04-28T14:50+09:00', '2012-05-01', '2012-04-30', '2012-03-31'],
      want: ['2012-03-31', '2012-04-28T14:50+09:00', '2012-04-30', '2012-04', '2012-05-01'],
    },
    {
      case: 'a time known to the hour follows the minutes inside that hour',
      given: [
        { at: '2018-11-24T11:00+09:00', precision: 'hour' as const },
        '2018-11-24T11:12+09:00',
        '2018-11-24T12:00+09:00',
      ],
      want: ['2018-11-24T11:12+09:00', '2018-11-24T11:00+09:00', '2018-11-24T12:00+09:00'],
    },
  ])('$case', ({ given, want }) => {
    expect(sorted(given)).toEqual(want)
  })

  it('is the order of inTimeOrder, the one time sort of every list, which keeps the written order on a tie', () => {
    const items = [
      { id: 'day', at: '2022-10-15' },
      { id: 'fire', at: '2022-10-15T15:19+09:00' },
      { id: 'day-2', at: '2022-10-15' },
      { id: 'report', at: '2022-10-15T15:33+09:00' },
    ]
    expect(inTimeOrder(items, (i) => m(i.at)).map((i) => i.id)).toEqual(['fire', 'report', 'day', 'day-2'])
  })

  it('keeps equal moments equal, so a stable sort keeps the written order', () => {
    expect(compareMoments(m('2022-10-16'), m('2022-10-16'))).toBe(0)
    expect(compareMoments(m('2022-10-15T15:19+09:00'), m('2022-10-15T15:19+09:00'))).toBe(0)
  })
})

describe('lengths between two moments are ranges', () => {
  const say = (r: LengthRange) => ({ ko: formatLength(r, 'ko'), en: formatLength(r, 'en') })

  it('is one value when both ends are known to the minute', () => {
    const r = lengthBetween(m('2022-10-15T15:19+09:00'), m('2022-10-20T23:00+09:00'))
    expect(r).toEqual({ min: 7661, max: 7661, approximate: false, unit: 'minutes' })
    expect(say(r)).toEqual({ ko: '5일 7시간 41분', en: '5 d 7 h 41 min' })
  })

  it('is "about" when an end is approximate, but no wider', () => {
    const r = lengthBetween(failed, m('2022-10-16T01:31+09:00'))
    expect(r).toMatchObject({ min: 601, max: 601, approximate: true })
    expect(say(r)).toEqual({ ko: '약 10시간 1분', en: 'about 10 h 1 min' })
  })

  it('spans the whole day for an end known only to the day (Kakao Navi, back "in the afternoon" of the 16th)', () => {
    const r = lengthBetween(failed, m('2022-10-16'))
    expect(r).toEqual({ min: 8 * 60 + 30, max: 32 * 60 + 30, approximate: true, unit: 'hours' })
    expect(say(r)).toEqual({ ko: '약 8~33시간', en: 'about 8–33 h' })
  })

  it('spans the hour for an end known to the hour', () => {
    const r = lengthBetween(m('2018-11-24T11:12+09:00'), m('2018-11-24T15:00+09:00', { precision: 'hour' }))
    expect(r).toMatchObject({ min: 3 * 60 + 48, max: 4 * 60 + 48, unit: 'hours' })
    expect(say(r)).toEqual({ ko: '3~5시간', en: '3–5 h' })
  })

  it('is said in days when an end is known only to the month', () => {
    const r = lengthBetween(m('2025-09-26T20:15+09:00'), m('2025-12'))
    expect(r.unit).toBe('days')
    expect(r.min).toBe(Math.floor((Date.UTC(2025, 10, 30, 15) - Date.UTC(2025, 8, 26, 11, 15)) / 60_000))
    expect(say(r)).toEqual({ ko: '65~97일', en: '65–97 days' })
  })

  it('says a range of a week or more in days, rounded outwards (NongHyup 2011: 16:50 on 12 April to some time on 30 April)', () => {
    const r = lengthBetween(m('2011-04-12T16:50+09:00'), m('2011-04-30'))
    expect(say(r)).toEqual({ ko: '17~19일', en: '17–19 days' })
  })

  it('starts from the latest a coarse start can be', () => {
    const r = lengthBetween(m('2022-10-15'), m('2022-10-17T06:00+09:00'))
    expect(r).toMatchObject({ min: 30 * 60, max: 54 * 60 })
  })

  it('never goes below zero, and says "up to" when the end may fall on the start', () => {
    const r = lengthBetween(m('2022-10-15T15:19+09:00'), m('2022-10-15'))
    expect(r.min).toBe(0)
    expect(say(r)).toEqual({ ko: '9시간 이내', en: 'up to 9 h' })
  })

  it('says a stated length in the unit the source used', () => {
    expect(say(statedLength(44, 'hours', true))).toEqual({ ko: '약 44시간', en: 'about 44 h' })
    expect(say(statedLength(7653, 'minutes', false))).toEqual({ ko: '5일 7시간 33분', en: '5 d 7 h 33 min' })
    expect(say(statedLength(1, 'days', false))).toEqual({ ko: '1일', en: '1 day' })
  })
})

describe('a stated length against the times of the record', () => {
  it.each([
    {
      case: 'MSIT’s 127 h 33 min against 15:19 → about 23:00 on the 20th',
      stated: statedLength(7653, 'minutes', false),
      from: '2022-10-15T15:19+09:00',
      to: { at: '2022-10-20T23:00+09:00', approximate: true },
      agree: true,
    },
    {
      case: 'Kakao Pay’s about 44 hours against a recovery on the 17th',
      stated: statedLength(44, 'hours', true),
      from: '2022-10-15T15:30+09:00',
      to: { at: '2022-10-17' },
      agree: true,
    },
    {
      case: 'Kakao Pay’s about 44 hours against a recovery at 23:00 on the 20th',
      stated: statedLength(44, 'hours', true),
      from: '2022-10-15T15:30+09:00',
      to: { at: '2022-10-20T23:00+09:00', approximate: true },
      agree: false,
    },
    {
      case: 'Kakao’s 127 minutes against 19:44 → 21:52 (the seconds are not written)',
      stated: statedLength(127, 'minutes', false),
      from: '2016-09-12T19:44+09:00',
      to: { at: '2016-09-12T21:52+09:00' },
      agree: true,
    },
    {
      case: 'an exact 125 minutes against 19:44 → 21:52',
      stated: statedLength(125, 'minutes', false),
      from: '2016-09-12T19:44+09:00',
      to: { at: '2016-09-12T21:52+09:00' },
      agree: false,
    },
    {
      case: 'an exact 10 hours against 10 h 12 min',
      stated: statedLength(10, 'hours', false),
      from: '2022-10-15T15:19+09:00',
      to: { at: '2022-10-16T01:31+09:00' },
      agree: true,
    },
    {
      case: 'an exact 10 hours against 11 h',
      stated: statedLength(10, 'hours', false),
      from: '2022-10-15T15:19+09:00',
      to: { at: '2022-10-16T02:19+09:00' },
      agree: false,
    },
  ])('$case: agree = $agree', ({ stated, from, to, agree }) => {
    expect(lengthsAgree(stated, m(from), toMoment(to))).toBe(agree)
  })
})

describe('moments said with their precision', () => {
  it.each([
    { at: { at: '2022-10-15' }, ko: '2022년 10월 15일 (토) 중', en: 'sometime on Sat 15 Oct 2022' },
    { at: { at: '2012-04' }, ko: '2012년 4월 중', en: 'sometime in April 2012' },
    { at: { at: '2012-04', approximate: true }, ko: '2012년 4월경', en: 'about April 2012' },
    {
      at: { at: '2018-11-24T11:00+09:00', precision: 'hour' as const, approximate: true },
      ko: '2018년 11월 24일 (토) 11시경',
      en: 'about Sat 24 Nov 2018, 11:00 KST',
    },
  ])('formatMoment($at.at)', ({ at, ko, en }) => {
    expect(formatMoment(toMoment(at), 'ko')).toBe(ko)
    expect(formatMoment(toMoment(at), 'en')).toBe(en)
  })

  it('names a day or month heading without a time', () => {
    expect(formatPeriod(m('2024-01'), 'ko')).toBe('2024년 1월')
    expect(formatPeriod(m('2022-10-16'), 'en')).toBe('Sun 16 Oct 2022')
  })

  it.each([
    { at: { at: '2022-10-15T15:19+09:00' }, ko: '15:19', en: '15:19' },
    { at: { at: '2018-11-24T11:00+09:00', precision: 'hour' as const }, ko: '11시', en: '11:00' },
    { at: { at: '2022-10-16' }, ko: '시각 미상', en: 'time unknown' },
    { at: { at: '2024-01' }, ko: '날짜 미상', en: 'date unknown' },
  ])('formatClock($at.at) never shows a time that was not given', ({ at, ko, en }) => {
    expect(formatClock(toMoment(at), 'ko')).toBe(ko)
    expect(formatClock(toMoment(at), 'en')).toBe(en)
  })
})
