import { describe, expect, it } from 'vitest'
import { type ConceptMatch, type Ranked, rankRecords, Scratch, topK } from '@/lib/search/scoring'

const r = (n: number, score: number): Ranked => ({ n, score, matched: 1, coverage: 1 })
const order = (items: Ranked[], k: number, preferred?: (n: number) => boolean) =>
  topK(items, k, preferred).map((x) => x.n)

describe('the first page of ranked records (lib/search/scoring.ts topK)', () => {
  const many = Array.from({ length: 60 }, (_, n) => r(n, n % 7))
  it.each([
    ['best first, ties by the lower number', [r(3, 1), r(1, 2), r(2, 1)], 3, undefined, [1, 2, 3]],
    ['of equal scores, a preferred record first', [r(3, 1), r(1, 2), r(2, 1)], 3, (n: number) => n === 3, [1, 3, 2]],
    ['a preferred record never passes a higher score', [r(5, 1), r(1, 2)], 2, (n: number) => n === 5, [1, 5]],
    ['many items, the same rule', many, 5, (n: number) => n === 55, [55, 6, 13, 20, 27]],
  ])('%s', (_, items, k, preferred, expected) => {
    expect(order(items, k, preferred)).toEqual(expected)
  })
  it('keeps the same records as sorting them all, whatever the size', () => {
    const preferred = (n: number) => n % 3 === 0
    const sorted = [...many]
      .sort((a, b) => b.score - a.score || Number(preferred(b.n)) - Number(preferred(a.n)) || a.n - b.n)
      .slice(0, 10)
    expect(order(many, 10, preferred)).toEqual(sorted.map((x) => x.n))
  })
})

describe('scratch arrays kept from query to query (rankRecords)', () => {
  const match = (records: number[], title = false): ConceptMatch => ({
    records,
    score: records.map((n) => 1 + (n % 3)),
    title: records.map(() => title),
    asTyped: records.length,
    found: [records.length],
  })
  const inputs = [
    { matches: [match([1, 2, 3, 4], true), match([2, 4, 6])], pairs: [{ left: 0, right: 1, held: new Map([[4, 0]]) }] },
    { matches: [match([0, 2, 5, 7]), match([5, 7, 9], true), match([7, 8])], pairs: [] },
    { matches: [match([3]), match([])], pairs: [] },
  ]
  const input = (i: number) => ({
    N: 10,
    ...(inputs[i] ?? { matches: [], pairs: [] }),
    queryChars: 4,
    titleLength: () => 6,
    weight: (n: number) => (n === 8 ? 0 : 1),
  })
  it('ranks each query as fresh arrays would, in any order of queries', () => {
    const shared = new Scratch(10)
    for (const i of [0, 1, 2, 1, 0]) expect(rankRecords(input(i), shared)).toEqual(rankRecords(input(i)))
    expect(
      [shared.sum, shared.covered, shared.matched, shared.titles, shared.both].every((a) => a.every((x) => x === 0)),
    ).toBe(true)
  })
})
