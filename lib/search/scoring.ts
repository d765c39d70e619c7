/**
 * Scoring: how well each record matches each of a query's words, from the decoded postings of
 * their keys, in two passes (the words as typed, then the words that gained corrections). Pure:
 * postings in, scores out (the engine fetches the files).
 */
import { POSTING_CLASS_BITS, POSTING_CLASS_MASK } from './postings'
import { type WordQuery, wordKeys } from './text'
import {
  CLASS_WEIGHT,
  CORRECTION_WEIGHT,
  FEW,
  FULL_SHARE,
  HANGUL_LOOSE,
  LATIN_LOOSE,
  LOOSE_SCALE,
  MIN_LOOSE_KEYS,
  PARTIAL_WEIGHT,
  TITLE_MEAN,
} from './weights'

/**
 * One way a query word can be matched: its own keys, or a correction's, with a weight. A record
 * holding all the keys matches; with `loose`, a record holding that share of them (by count) also
 * matches, weaker.
 */
export interface Variant {
  keys: string[]
  weight: number
  loose?: number
}

export interface Planned {
  query: WordQuery
  variants: Variant[]
}

/** Scratch arrays of one scoring pass, sized to the index. */
export class Scratch {
  readonly cov: Float64Array
  readonly weighted: Float64Array
  readonly best: Float64Array
  readonly bestTitle: Uint8Array
  /** Keys of the variant held, by count (a typo's own keys are rare, and by idf they would veto a loose match). */
  readonly held: Uint8Array
  constructor(n: number) {
    this.cov = new Float64Array(n)
    this.weighted = new Float64Array(n)
    this.best = new Float64Array(n)
    this.bestTitle = new Uint8Array(n)
    this.held = new Uint8Array(n)
  }
}

/** A word as typed, scored in the first pass: the records it touched, their scores, and how many hold all its keys. */
export interface TypedScore {
  touched: number[]
  best: number[]
  title: number[]
  count: number
}

/** Per matched record: the sum of its words' scores, how many words matched, how many were in its title. */
export interface Combined {
  touched: number[]
  total: Float64Array
  matched: Uint8Array
  inTitle: Uint8Array
}

/** A word's keys as typed, its first variant (a long Latin word may match loosely); none for a word without keys. */
export function typedVariants(query: WordQuery): Variant[] {
  return query.exact.length === 0
    ? []
    : [
        {
          keys: query.exact,
          weight: query.partial ? PARTIAL_WEIGHT : 1,
          ...(query.exact.some((k) => k.startsWith('t:')) ? { loose: LATIN_LOOSE } : {}),
        },
      ]
}

/**
 * Scores one word over its variants into `x.best` (a record's best variant) and returns the
 * records touched, and those that hold all the keys of the word as typed.
 */
export function scoreWord(
  count: number,
  variants: readonly Variant[],
  lists: ReadonlyMap<string, Uint32Array>,
  x: Scratch,
): { touched: number[]; exact: number[] } {
  const N = count
  const idf = (k: string) => Math.log(1 + N / Math.max(1, lists.get(k)?.length ?? 0))
  const { cov, weighted, best, bestTitle, held } = x
  const touched: number[] = []
  const exact: number[] = []
  variants.forEach((v, vi) => {
    const local: number[] = []
    for (const key of v.keys) {
      const k = idf(key)
      const list = lists.get(key)
      if (!list) continue
      for (let i = 0; i < list.length; i += 1) {
        const p: number = list[i] ?? 0
        const n = p >>> POSTING_CLASS_BITS
        if (cov[n] === 0) local.push(n)
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
      if (share >= FULL_SHARE) {
        score = mean * v.weight
        if (vi === 0) exact.push(n)
      } else if (v.loose !== undefined && counted >= v.loose) score = LOOSE_SCALE * counted * counted * mean * v.weight
      const had = best[n] ?? 0
      if (score <= had) continue
      if (had === 0) touched.push(n)
      best[n] = score
      bestTitle[n] = share >= FULL_SHARE && mean >= TITLE_MEAN ? 1 : 0
    }
  })
  return { touched, exact }
}

/** First pass: each word as typed; how many records each word, and all words together, match. */
export function scoreAsTyped(
  planned: readonly Planned[],
  lists: ReadonlyMap<string, Uint32Array>,
  x: Scratch,
  count: number,
): { asTyped: TypedScore[]; together: number; fewest: number } {
  const all = new Uint8Array(count)
  const asTyped = planned.map((p) => {
    const r = scoreWord(count, p.variants, lists, x)
    const result = {
      touched: r.touched,
      best: r.touched.map((n) => x.best[n] ?? 0),
      title: r.touched.map((n) => x.bestTitle[n] ?? 0),
    }
    for (const n of r.touched) {
      x.best[n] = 0
      x.bestTitle[n] = 0
    }
    for (const n of r.exact) all[n] = (all[n] ?? 0) + 1
    return { ...result, count: r.exact.length }
  })
  let together = 0
  for (const c of all) if (c === planned.length) together += 1
  const fewest = Math.min(...asTyped.map((r) => r.count))
  return { asTyped, together, fewest }
}

/** Whether a word gets corrections: a half-typed word, a rare one, or, when the words rarely meet, the rarest of them. */
export function wantsCorrections(query: WordQuery, count: number, together: number, fewest: number): boolean {
  return query.partial || count < FEW || (together < FEW && count === fewest)
}

/**
 * Adds a word's corrections as variants, and returns those used. With no correction to go to (a
 * typo in the first letter), most of the word's own keys will do.
 */
export function addCorrections(p: Planned, found: readonly string[]): string[] {
  const used: string[] = []
  for (const c of found) {
    const keys = wordKeys(c)
    if (keys.length === 0) continue
    p.variants.push({ keys, weight: p.query.partial ? 1 : CORRECTION_WEIGHT })
    used.push(c)
  }
  const typed = p.variants[0]
  if (found.length === 0 && typed && typed.loose === undefined && typed.keys.length >= MIN_LOOSE_KEYS)
    p.variants.push({ keys: typed.keys, weight: CORRECTION_WEIGHT, loose: HANGUL_LOOSE })
  return used
}

/** Second pass: only the words that gained corrections are scored again; the others keep their first-pass scores. */
export function combineWords(
  planned: readonly Planned[],
  asTyped: readonly TypedScore[],
  lists: ReadonlyMap<string, Uint32Array>,
  x: Scratch,
  count: number,
): Combined {
  const total = new Float64Array(count)
  const matched = new Uint8Array(count)
  const inTitle = new Uint8Array(count)
  const touched: number[] = []
  planned.forEach((p, i) => {
    const typed = asTyped[i]
    const again = typed === undefined || p.variants.length > (p.query.exact.length > 0 ? 1 : 0)
    const r = again ? scoreWord(count, p.variants, lists, x) : undefined
    const list = r?.touched ?? typed?.touched ?? []
    list.forEach((n, j) => {
      if (matched[n] === 0) touched.push(n)
      total[n] = (total[n] ?? 0) + (r ? (x.best[n] ?? 0) : (typed?.best[j] ?? 0))
      matched[n] = (matched[n] ?? 0) + 1
      inTitle[n] = (inTitle[n] ?? 0) + (r ? (x.bestTitle[n] ?? 0) : (typed?.title[j] ?? 0))
      x.best[n] = 0
      x.bestTitle[n] = 0
    })
  })
  return { touched, total, matched, inTitle }
}
