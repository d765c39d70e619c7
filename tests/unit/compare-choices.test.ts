import { describe, expect, it } from 'vitest'
import { type CompareCandidate, compareAffinity, compareChoices } from '@/lib/timeline/compare-choices'

function inc(id: string, at: string, more: Partial<CompareCandidate> = {}): CompareCandidate {
  return { id, start: { at }, operators: [], factors: [], related: [], ...more }
}

const pangyo = inc('pangyo', '2022-10-15T15:19+09:00', {
  facility: 'sk-pangyo',
  operators: ['sk-cc'],
  factors: [{ factor: 'fire' }, { factor: 'single-region' }],
  related: [{ incident: 'gasan' }],
})

describe('compareChoices', () => {
  it('never offers the incident itself', () => {
    expect(compareChoices(pangyo, [pangyo, inc('a', '2020-01-01T00:00:00+09:00')]).map((c) => c.id)).toEqual(['a'])
  })

  it('is bounded however large the record grows', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      inc(`g${i}`, `${2011 + (i % 14)}-${String(1 + (i % 12)).padStart(2, '0')}`),
    )
    expect(compareChoices(pangyo, many)).toHaveLength(12)
    expect(compareChoices(pangyo, many, 3)).toHaveLength(3)
  })

  it.each([
    ['a relation the incident names', inc('gasan', '2012-04-28T19:00:00+09:00')],
    [
      'a relation naming the incident',
      inc('later', '2024-01-01T00:00:00+09:00', { related: [{ incident: 'pangyo' }] }),
    ],
    ['the same facility', inc('same-site', '2015-01-01T00:00:00+09:00', { facility: 'sk-pangyo' })],
    ['a shared operator', inc('same-operator', '2013-01-01T00:00:00+09:00', { operators: ['sk-cc'] })],
  ])('prefers %s to incidents that share nothing but are near in time', (_, close) => {
    const near = Array.from({ length: 20 }, (_, i) =>
      inc(`near${i}`, `2022-10-${String(10 + (i % 9)).padStart(2, '0')}T00:00:00+09:00`),
    )
    expect(compareChoices(pangyo, [...near, close]).map((c) => c.id)).toContain(close.id)
  })

  it('breaks ties by nearness in time and lists the choices newest first', () => {
    const all = [
      inc('far', '2011-01-01T00:00:00+09:00'),
      inc('near', '2022-09-01T00:00:00+09:00'),
      inc('nearer', '2022-11-01T00:00:00+09:00'),
    ]
    expect(compareChoices(pangyo, all, 2).map((c) => c.id)).toEqual(['nearer', 'near'])
  })

  it('offers what ranking every incident would (affinity, then nearness, then id), among many ties', () => {
    const facilities = ['sk-pangyo', 'kt-hyehwa', undefined]
    const all = Array.from({ length: 400 }, (_, i) =>
      inc(
        `i${String(i).padStart(3, '0')}`,
        `20${String(10 + (i % 13)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}T00:00+09:00`,
        {
          facility: facilities[i % 3],
          operators: i % 4 === 0 ? ['sk-cc'] : ['kt'],
          factors: i % 5 === 0 ? [{ factor: 'fire' }] : [{ factor: 'other' }],
          related: i % 37 === 0 ? [{ incident: 'pangyo' }] : [],
        },
      ),
    )
    const time = (c: CompareCandidate) => Date.parse(c.start.at.replace(/T(\d\d:\d\d)\+/, 'T$1:00+'))
    const t0 = time(pangyo)
    const expected = all
      .map((c) => ({ c, score: compareAffinity(pangyo, c), distance: Math.abs(time(c) - t0) }))
      .sort((a, b) => b.score - a.score || a.distance - b.distance || a.c.id.localeCompare(b.c.id))
      .slice(0, 12)
      .map((r) => r.c)
      .sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id))
      .map((c) => c.id)
    expect(compareChoices(pangyo, all).map((c) => c.id)).toEqual(expected)
  })
})
