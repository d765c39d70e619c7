import { describe, expect, it } from 'vitest'
import { type ConceptMatch, type Ranked, rankRecords, rankTop, Scratch, topK } from '@/lib/search/scoring'

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

describe('the first page kept while scoring (rankTop) is the first page of scoring all (rankRecords, topK)', () => {
  // A small deterministic generator: records holding some of three concepts, many scores tied.
  const seeded = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const matchesOf = (rand: () => number, N: number, concepts: number): ConceptMatch[] =>
    Array.from({ length: concepts }, (_, c) => {
      const records = Array.from({ length: N }, (_, n) => n).filter(() => rand() < (c === 0 ? 0.95 : 0.1))
      return {
        records,
        score: records.map(() => 1 + Math.floor(rand() * 3)),
        title: records.map(() => rand() < 0.2),
        asTyped: records.length,
        found: [records.length],
      }
    })
  it.each([
    ['one common concept', 1, 1, 10],
    ['a common concept and a rare one', 2, 2, 10],
    ['three concepts, all but one needed', 3, 3, 10],
    ['a page deeper than most', 2, 4, 40],
    ['no page', 2, 5, 0],
  ])('%s', (_, concepts, seed, k) => {
    const rand = seeded(seed)
    const N = 500
    const input = {
      N,
      matches: matchesOf(rand, N, concepts),
      pairs: [],
      queryChars: 4,
      titleLength: (n: number) => 3 + (n % 5),
      weight: (n: number) => (n % 11 === 0 ? 0 : n % 2 === 0 ? 1 : 0.5),
    }
    const preferred = (n: number) => n % 3 === 0
    const all = rankRecords(input)
    const { top, total } = rankTop(input, k, preferred)
    expect(total).toBe(all.length)
    expect(top).toEqual(topK(all, k, preferred))
    expect(top).toEqual(
      [...all]
        .sort((a, b) => b.score - a.score || Number(preferred(b.n)) - Number(preferred(a.n)) || a.n - b.n)
        .slice(0, k),
    )
  })
})
