import { describe, expect, it } from 'vitest'
import { firstSentence } from '@/lib/reference/common'
import { factorPage, factorSummaries } from '@/lib/reference/factors'
import { cause, collections, factor, incident, source } from './fixtures/records'

const data = collections({
  factors: [factor('power'), factor('fire'), factor('unused')],
  sources: [source('s1', { date: '2022-10-16' })],
  // Written out of time order on purpose; 'late' lists 'power' twice, in two roles.
  incidents: [
    incident('late', '2022-10-15T15:19+09:00', {
      factors: [
        cause('power', { role: 'underlying', sources: ['s1', 'unknown-source'] }),
        cause('power', { role: 'aggravating' }),
        cause('fire', { role: 'trigger' }),
      ],
    }),
    incident('early', '2012-04-28', { factors: [cause('power', { role: 'trigger' })] }),
    incident('none', '2016-09-12'),
  ],
})

describe('factorSummaries', () => {
  it.each([
    {
      id: 'power',
      incidentCount: 2,
      byRole: [
        { role: 'trigger', count: 1 },
        { role: 'underlying', count: 1 },
        { role: 'aggravating', count: 1 },
      ],
    },
    { id: 'fire', incidentCount: 1, byRole: [{ role: 'trigger', count: 1 }] },
    { id: 'unused', incidentCount: 0, byRole: [] },
  ])('$id appears in $incidentCount incidents, each counted once, by role', ({ id, incidentCount, byRole }) => {
    const summary = factorSummaries(data).find((f) => f.id === id)
    expect(summary).toMatchObject({ incidentCount, byRole })
  })

  it('lists every factor, most used first', () => {
    expect(factorSummaries(data).map((f) => f.id)).toEqual(['power', 'fire', 'unused'])
  })
})

describe('factorPage', () => {
  it("lists every appearance in the incidents' time order, keeping the written order within one incident", () => {
    const page = factorPage('power', data)
    expect(page?.uses.map((u) => [u.incident.id, u.cause.role])).toEqual([
      ['early', 'trigger'],
      ['late', 'underlying'],
      ['late', 'aggravating'],
    ])
  })

  it('resolves the sources of each appearance and drops unknown ids', () => {
    const use = factorPage('power', data)?.uses[1]
    expect(use?.sources).toEqual([
      {
        id: 's1',
        publisher: expect.objectContaining({ ko: 'publisher s1' }),
        date: '2022-10-16',
        dateInferred: false,
        lowReliability: false,
      },
    ])
  })

  it('shows an unused factor with no uses, and no page for an unknown id', () => {
    expect(factorPage('unused', data)?.uses).toEqual([])
    expect(factorPage('nope', data)).toBeUndefined()
  })
})

describe('firstSentence', () => {
  it.each([
    { text: '첫 문장이다. 둘째 문장이다.', out: '첫 문장이다.' },
    { text: 'One sentence. Two. Three!', out: 'One sentence.' },
    { text: 'Version 2.1 is out', out: 'Version 2.1 is out' },
    { text: '', out: '' },
  ])('"$text" → "$out"', ({ text, out }) => {
    expect(firstSentence(text)).toBe(out)
  })
})
