import { describe, expect, it } from 'vitest'
import { builderIncidents, builderPath } from '@/lib/embed/builder-choices'

type Severity = 'minor' | 'moderate' | 'major' | 'critical'
const inc = (id: string, severity: Severity) => ({ id, severity })

describe('builderIncidents', () => {
  it('lists every incident of a small record, newest first', () => {
    const all = [
      inc('2012-04-28-gasan', 'major'),
      inc('2022-10-15-pangyo', 'critical'),
      inc('2016-09-12-gyeongju', 'minor'),
    ]
    expect(builderIncidents(all).map((i) => i.id)).toEqual([
      '2022-10-15-pangyo',
      '2016-09-12-gyeongju',
      '2012-04-28-gasan',
    ])
  })

  it('is bounded however large the record grows, keeping the most severe', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      inc(`${2010 + (i % 16)}-01-01-g${String(i).padStart(5, '0')}`, i % 500 === 0 ? 'critical' : 'minor'),
    )
    const listed = builderIncidents(many)
    expect(listed).toHaveLength(60)
    expect(listed.filter((i) => i.severity === 'critical')).toHaveLength(20)
    expect(builderIncidents(many, 5)).toHaveLength(5)
  })
})

describe('builderPath', () => {
  it.each([
    ['ko', undefined, '/embed/'],
    ['en', undefined, '/en/embed/'],
    ['ko', '2022-10-15-pangyo-datacenter-fire', '/embed/?incident=2022-10-15-pangyo-datacenter-fire'],
    ['en', 'a b&c', '/en/embed/?incident=a%20b%26c'],
  ] as const)('%s, %s → %s', (lang, id, path) => {
    expect(builderPath(lang, id)).toBe(path)
  })
})
