/** The analysis page's figures and the home page's numbers, on small hand-made records. */
import { describe, expect, it } from 'vitest'
import { commitmentsByDate, commitmentTally, durations, factorMatrix, incidentsPerYear } from '@/lib/analysis/analysis'
import { coreIncidents, latestAdditions, yearSpan } from '@/lib/analysis/home'
import { formatLength } from '@/lib/time/format'
import { cause, commitment, factor, incident, moment } from './fixtures/records'

const approx = (at: string) => ({ ...moment(at), approximate: true })

// Written out of time order on purpose.
const LONG = incident('2022-10-15-long', '2022-10-15T15:19+09:00', {
  end: moment('2022-10-20T23:00+09:00'),
  coverage: 'full',
  added: '2024-03-01',
  factors: [
    cause('power', { role: 'underlying' }),
    cause('fire', { role: 'trigger' }),
    cause('power', { role: 'aggravating' }),
  ],
  commitments: [commitment('b', '2022-10-19', 'kakao'), commitment('a', '2022-10-19', 'kakao', { status: 'kept' })],
})
const SHORT = incident('2020-03-17-short', '2020-03-17T18:43+09:00', {
  end: moment('2020-03-17T19:16+09:00'),
  added: '2024-03-01',
  factors: [cause('network')],
  commitments: [commitment('c', '2020-03-18', 'kakao', { status: 'broken' })],
})
const DAY = incident('2016-09-12-day', '2016-09-12', {
  end: moment('2016-09-13'),
  coverage: 'full',
  added: '2024-01-01',
})
const FUZZY = incident('2018-11-24-fuzzy', '2018-11-24T11:12+09:00', {
  end: approx('2018-11-25T09:00+09:00'),
  added: '2024-02-01',
})
const OPEN = incident('2018-05-21-open', '2018-05-21T00:00+09:00', { added: '2024-02-01' })
const ALL = [LONG, SHORT, DAY, FUZZY, OPEN]

describe('incidentsPerYear', () => {
  it('counts every year from the first to the last, with the years that had none', () => {
    expect(incidentsPerYear(ALL).map((r) => [r.year, r.count])).toEqual([
      [2016, 1],
      [2017, 0],
      [2018, 2],
      [2019, 0],
      [2020, 1],
      [2021, 0],
      [2022, 1],
    ])
    expect(
      incidentsPerYear(ALL)
        .find((r) => r.year === 2018)
        ?.ids.sort(),
    ).toEqual([OPEN.id, FUZZY.id].sort())
  })
  it('is empty without incidents', () => {
    expect(incidentsPerYear([])).toEqual([])
  })
})

describe('durations', () => {
  it('lists incidents with a known length, longest first (by the middle of a range), as ranges where an end is coarse', () => {
    expect(durations(ALL).map((d) => [d.id, formatLength(d.length.shown, 'en')])).toEqual([
      [LONG.id, '5 d 7 h 41 min'],
      // From some time on the 12th to some time on the 13th: not "about 1 day".
      [DAY.id, 'up to 48 h'],
      [FUZZY.id, 'about 21 h 48 min'],
      [SHORT.id, '33 min'],
    ])
  })
})

describe('factorMatrix', () => {
  const m = factorMatrix(ALL, [factor('fire'), factor('power'), factor('network'), factor('unused')])
  it('has a row per incident with factors, in time order', () => {
    expect(m.rows.map((r) => r.id)).toEqual([SHORT.id, LONG.id])
  })
  it('has a column per factor in use, most used first, then by id', () => {
    expect(m.columns.map((c) => [c.id, c.count])).toEqual([
      ['fire', 1],
      ['network', 1],
      ['power', 1],
    ])
  })
  it('lists each role a factor played once per cell', () => {
    expect(m.rows.map((r) => r.cells)).toEqual([
      [[], ['contributing'], []],
      [['trigger'], [], ['underlying', 'aggravating']],
    ])
  })
})

describe('commitments', () => {
  it('lists them in the order they were made; promises of the same day keep their order', () => {
    expect(commitmentsByDate(ALL).map((r) => [r.incidentId, r.commitment.id])).toEqual([
      [SHORT.id, 'c'],
      [LONG.id, 'b'],
      [LONG.id, 'a'],
    ])
  })
  it('counts them by status', () => {
    expect([...commitmentTally(commitmentsByDate(ALL))].sort()).toEqual([
      ['broken', 1],
      ['kept', 1],
      ['pending', 1],
    ])
  })
})

describe('the home page numbers', () => {
  it('core incidents are those recorded in full, earliest first', () => {
    expect(coreIncidents(ALL).map((i) => i.id)).toEqual([DAY.id, LONG.id])
  })
  it.each([
    { count: 2, ids: [LONG.id, SHORT.id] },
    { count: 4, ids: [LONG.id, SHORT.id, FUZZY.id, OPEN.id] },
    { count: 9, ids: [LONG.id, SHORT.id, FUZZY.id, OPEN.id, DAY.id] },
  ])('the latest $count additions: newest added first, the later incident first on the same day', ({ count, ids }) => {
    expect(latestAdditions(ALL, count).map((i) => i.id)).toEqual(ids)
  })
  it('the span of years', () => {
    expect(yearSpan(ALL)).toEqual({ from: 2016, to: 2022 })
    expect(yearSpan([])).toBeUndefined()
  })
})
