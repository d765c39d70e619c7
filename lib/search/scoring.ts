/**
 * Scoring: how well each record matches each concept of a query, then the records ranked by how
 * much of the query they cover (each concept weighted by its rarity, BM25's idf), by the field
 * each concept was found in, by words found side by side, and by a title close to the query.
 * A record that misses a word still counts, lower: nothing vanishes because another record holds
 * one more word. Pure: decoded postings in, scores out (the engine fetches the files).
 */
import { POSTING_CLASS_BITS, POSTING_CLASS_MASK } from './postings'
import type { Variant } from './query'
import { Best } from './top'
import { CLASS_WEIGHT, LOOSE_SCALE, PROXIMITY, TITLE_BONUS, COVERAGE_POWER } from './weights'

export { topK } from './top'

/** Decoded postings by key: `record * 4 + field class` values. */
export type Lists = ReadonlyMap<string, Uint32Array>

/** How a concept matched: per record touched, its best variant's score and whether that was a title match. */
export interface ConceptMatch {
  records: number[]
  score: number[]
  title: boolean[]
  /** Records holding every key of the variant as typed (no stem, synonym or correction). */
  asTyped: number
  /** Per variant, the records holding all its keys. */
  found: number[]
}

const FULL = 0.999

/**
 * Scratch arrays sized to the index, kept by the engine from query to query (a common word touches
 * most records: arrays by record number cost less than maps, and allocating them for every query
 * costs more than the query). Every function that uses them leaves them zeroed.
 */
export class Scratch {
  readonly cov: Float64Array
  readonly weighted: Float64Array
  readonly held: Uint8Array
  readonly best: Float64Array
  readonly bestTitle: Uint8Array
  readonly sum: Float64Array
  readonly covered: Float64Array
  readonly matched: Uint8Array
  readonly titles: Uint8Array
  readonly both: Uint8Array
  constructor(readonly n: number) {
    this.cov = new Float64Array(n)
    this.weighted = new Float64Array(n)
    this.held = new Uint8Array(n)
    this.best = new Float64Array(n)
    this.bestTitle = new Uint8Array(n)
    this.sum = new Float64Array(n)
    this.covered = new Float64Array(n)
    this.matched = new Uint8Array(n)
    this.titles = new Uint8Array(n)
    this.both = new Uint8Array(n)
  }
}

/** Scores one concept over its variants: each record's best variant (all keys held, or enough for a loose one). */
export function matchConcept(variants: readonly Variant[], lists: Lists, x: Scratch): ConceptMatch {
  const N = x.n
  const idf = (k: string) => Math.log(1 + N / Math.max(1, lists.get(k)?.length ?? 0))
  const { cov, weighted, held, best, bestTitle } = x
  const touched: number[] = []
  let asTyped = 0
  const found = variants.map(() => 0)
  variants.forEach((v, vi) => {
    const local: number[] = []
    for (const key of v.keys) {
      const list = lists.get(key)
      if (!list) continue
      const k = idf(key)
      for (let i = 0; i < list.length; i += 1) {
        const p: number = list[i] ?? 0
        const n = p >>> POSTING_CLASS_BITS
        if (held[n] === 0) local.push(n)
        cov[n] = (cov[n] ?? 0) + k
        held[n] = (held[n] ?? 0) + 1
        weighted[n] = (weighted[n] ?? 0) + k * (CLASS_WEIGHT[p & POSTING_CLASS_MASK] ?? 1)
      }
    }
    const E = v.keys.reduce((sum, key) => sum + idf(key), 0)
    for (const n of local) {
      const share = (cov[n] ?? 0) / E
      const mean = (weighted[n] ?? 0) / E
      const counted = (held[n] ?? 0) / v.keys.length
      cov[n] = 0
      weighted[n] = 0
      held[n] = 0
      let score = 0
      if (share >= FULL) {
        score = mean * v.weight
        found[vi] = (found[vi] ?? 0) + 1
        if (vi === 0) asTyped += 1
      } else if (v.loose !== undefined && counted >= v.loose) score = LOOSE_SCALE * counted * counted * mean * v.weight
      const had = best[n] ?? 0
      if (score <= had) continue
      if (had === 0) touched.push(n)
      best[n] = score
      bestTitle[n] = share >= FULL && mean >= CLASS_WEIGHT[0] - 0.001 ? 1 : 0
    }
  })
  const out: ConceptMatch = { records: touched, score: [], title: [], asTyped, found }
  for (const n of touched) {
    out.score.push(best[n] ?? 0)
    out.title.push(best[n] !== 0 && bestTitle[n] === 1)
    best[n] = 0
    bestTitle[n] = 0
  }
  return out
}

/** BM25's idf of a concept matched by `df` of `N` records. */
export const conceptIdf = (df: number, N: number) => Math.log(1 + (N - df + 0.5) / (df + 0.5))

export interface Ranked {
  n: number
  score: number
  /** Concepts matched. */
  matched: number
  /** Share of the query covered, by idf (0..1). */
  coverage: number
}

export interface RankInput {
  N: number
  matches: readonly ConceptMatch[]
  /** Neighbouring concepts and the records holding them side by side (best field class). */
  pairs: ReadonlyArray<{ left: number; right: number; held: ReadonlyMap<number, number> }>
  /** Query length in characters, and a record's title length (for the title bonus). */
  queryChars: number
  titleLength: (n: number) => number
  /** A record's weight by type (0 drops it: filtered out). */
  weight: (n: number) => number
}

/**
 * Every record that matches enough of the query, scored. Enough: one of two concepts, all but one
 * of three, half of four or more (rounded up); when no record matches that many, those matching
 * the most.
 */
export function rankRecords(input: RankInput, x: Scratch = new Scratch(input.N)): Ranked[] {
  const out: Ranked[] = []
  scoreRecords(input, x, (n, score, matched, coverage) => {
    out.push({ n, score, matched, coverage })
  })
  return out
}

/**
 * The best `k` records of `rankRecords` (in `topK`'s order) and how many it would return, without
 * an object for each of them: a common word touches most records, and only a page is shown.
 */
export function rankTop(
  input: RankInput,
  k: number,
  preferred: (n: number) => boolean = () => false,
  x: Scratch = new Scratch(input.N),
): { top: Ranked[]; total: number } {
  const best = new Best(k, preferred)
  const total = scoreRecords(input, x, (n, score, matched, coverage) => best.offer(n, score, matched, coverage))
  return { top: best.kept, total }
}

/** Scores each record that matches enough (see `rankRecords`) and hands it to `emit`; returns how many. */
function scoreRecords(
  input: RankInput,
  x: Scratch,
  emit: (n: number, score: number, matched: number, coverage: number) => void,
): number {
  const { N, matches } = input
  const idfs = matches.map((m) => (m.records.length === 0 ? 0 : conceptIdf(m.records.length, N)))
  const live = idfs.filter((x) => x > 0).length
  const idfSum = idfs.reduce((a, b) => a + b, 0)
  if (live === 0 || idfSum <= 0) return 0
  const { sum, covered, matched, titles, both } = x
  const touched: number[] = []
  for (let c = 0; c < matches.length; c += 1) {
    const m = matches[c]
    if (!m) continue
    const idf = idfs[c] ?? 0
    const { records, score, title } = m
    for (let j = 0; j < records.length; j += 1) {
      const n = records[j] ?? N
      if (n >= N) continue
      if (matched[n] === 0) touched.push(n)
      sum[n] = (sum[n] ?? 0) + idf * (score[j] ?? 0)
      covered[n] = (covered[n] ?? 0) + idf
      matched[n] = (matched[n] ?? 0) + 1
      if (title[j]) titles[n] = (titles[n] ?? 0) + 1
    }
  }
  for (const p of input.pairs) {
    const rarer = Math.min(idfs[p.left] ?? 0, idfs[p.right] ?? 0)
    const left = matches[p.left]?.records ?? []
    for (const n of left) both[n] = 1
    for (const n of matches[p.right]?.records ?? []) if (both[n] === 1) both[n] = 2
    for (const [n, cls] of p.held)
      if (both[n] === 2) sum[n] = (sum[n] ?? 0) + PROXIMITY * rarer * (CLASS_WEIGHT[cls] ?? 1)
    for (const n of left) both[n] = 0
  }
  const need = live <= 2 ? 1 : Math.ceil(live / 2)
  let most = 0
  for (const n of touched) most = Math.max(most, matched[n] ?? 0)
  const floor = Math.min(need, most)
  const meanIdf = idfSum / live
  let count = 0
  for (const n of touched) {
    const held = matched[n] ?? 0
    const weight = held < floor ? 0 : input.weight(n)
    if (weight !== 0) {
      const coverage = (covered[n] ?? 0) / idfSum
      const closeness = Math.min(1, input.queryChars / Math.max(1, input.titleLength(n)))
      const bonus = titles[n] === live ? TITLE_BONUS * closeness * meanIdf * CLASS_WEIGHT[0] : 0
      emit(n, ((sum[n] ?? 0) + bonus) * coverage ** COVERAGE_POWER * weight, held, coverage)
      count += 1
    }
    sum[n] = 0
    covered[n] = 0
    matched[n] = 0
    titles[n] = 0
  }
  return count
}
