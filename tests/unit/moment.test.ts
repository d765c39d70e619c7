import { describe, expect, it } from 'vitest'
import { momentEnd, parseMoment, TIME_FORMS } from '@/lib/time/moment'

describe('parseMoment', () => {
  it.each([
    { at: '2022-10-15T15:19+09:00', precision: 'minute', utc: '2022-10-15T06:19:00.000Z' },
    { at: '2022-10-15T15:19:32+09:00', precision: 'minute', utc: '2022-10-15T06:19:32.000Z' },
    { at: '2022-10-16', precision: 'day', utc: '2022-10-15T15:00:00.000Z' },
    { at: '2012-04', precision: 'month', utc: '2012-03-31T15:00:00.000Z' },
  ])('reads $at as $precision starting at $utc', ({ at, precision, utc }) => {
    const r = parseMoment({ at })
    expect(r.ok && r.value.precision).toBe(precision)
    expect(r.ok && r.value.instant.toISOString()).toBe(utc)
  })

  it('takes an explicit hour precision for a clock time', () => {
    const r = parseMoment({ at: '2022-10-16T15:00+09:00', precision: 'hour', approximate: true })
    expect(r.ok && r.value.precision).toBe('hour')
    expect(r.ok && r.value.approximate).toBe(true)
  })

  it.each([
    { at: '2022-10-15T15:19+00:00', says: /not in Korean time/ },
    { at: '2022-10-15T15:19Z', says: /not in Korean time/ },
    { at: '2022-02-30', says: /not a real calendar time/ },
    { at: '2022-10-15T24:10+09:00', says: /not a real calendar time/ },
    { at: '15 Oct 2022', says: /not a time in an allowed form/ },
    { at: '1890-01-01', says: /outside 1990–2035/ },
    { at: '', says: /not a time in an allowed form/ },
  ])('rejects $at', ({ at, says }) => {
    const r = parseMoment({ at })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason).toMatch(says)
      expect(r.fix.length).toBeGreaterThan(5)
    }
  })

  it('rejects a precision that contradicts the form', () => {
    const r = parseMoment({ at: '2022-10-15', precision: 'minute' })
    expect(r.ok).toBe(false)
  })

  it('gives the last instant a coarse value covers', () => {
    const day = parseMoment({ at: '2022-10-15' })
    const month = parseMoment({ at: '2022-02' })
    expect(day.ok && momentEnd(day.value).toISOString()).toBe('2022-10-15T14:59:59.999Z')
    expect(month.ok && momentEnd(month.value).toISOString()).toBe('2022-02-28T14:59:59.999Z')
  })
})

describe('TIME_FORMS, the pattern the editor schemas use, accepts exactly the forms parseMoment reads', () => {
  it.each([
    ['2022-10', true],
    ['2022-10-15', true],
    ['2022-10-15T15:19+09:00', true],
    ['2022-10-15T15:19:30+09:00', true],
    ['2022-10-15T15:19Z', false],
    ['2022-10-15T15:19+00:00', false],
    ['2022-10-15 15:19', false],
    ['2022/10/15', false],
    ['22-10-15', false],
    ['2022-10-15T15+09:00', false],
  ])('%s', (at, ok) => {
    expect(new RegExp(TIME_FORMS).test(at)).toBe(ok)
    expect(parseMoment({ at }).ok).toBe(ok)
  })
})
