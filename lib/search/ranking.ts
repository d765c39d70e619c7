/**
 * Ranking: the scored records of a query filtered, given their title bonus and type weight, and
 * the best of them picked. Pure: scores and the index's facets in, the top records out.
 */
import { DOC_TYPES, type DocType } from './documents'
import type { IndexMeta } from './format'
import type { Combined } from './scoring'
import { HANGUL, type WordQuery } from './text'
import { SOME_WORDS_SCALE, TITLE_BONUS, TYPE_WEIGHT, UNKNOWN_TITLE_LENGTH } from './weights'

export interface SearchFilters {
  type?: DocType
  year?: number
  factor?: string
}

export interface Scored {
  n: number
  score: number
  words: number
}

/** One reading of a query (as typed, or as read in Hangul) with its scored records. */
export interface Run {
  words: WordQuery[]
  scored: Scored[]
  corrections: string[]
  readAs?: string
}

export interface Ranked {
  top: Scored[]
  total: number
  words: WordQuery[]
  readAs?: string
  corrections: string[]
}

const better = (a: Scored, b: Scored) => b.score - a.score || a.n - b.n

/** The best `k` of `items`, best first, without sorting them all. */
export function topK(items: readonly Scored[], k: number): Scored[] {
  if (items.length <= k * 4) return [...items].sort(better).slice(0, k)
  const kept: Scored[] = []
  for (const s of items) {
    if (kept.length === k && better(s, kept[k - 1] ?? s) >= 0) continue
    let at = kept.length
    while (at > 0 && better(s, kept[at - 1] ?? s) < 0) at -= 1
    kept.splice(at, 0, s)
    if (kept.length > k) kept.pop()
  }
  return kept
}

/** Whether record `n` passes the filters. */
export function passesFilters(meta: IndexMeta, n: number, filters: SearchFilters): boolean {
  if (filters.type !== undefined && DOC_TYPES[meta.type[n] ?? -1] !== filters.type) return false
  if (filters.year !== undefined && meta.year[n] !== filters.year) return false
  if (filters.factor !== undefined) {
    const fi = meta.factorIds.indexOf(filters.factor)
    if (fi < 0 || !(meta.factors[n] ?? []).includes(fi)) return false
  }
  return true
}

/** The records that pass the filters, scored: their words' sum, plus the title bonus, by type. */
export function recordScores(
  words: readonly WordQuery[],
  c: Combined,
  meta: IndexMeta,
  filters: SearchFilters,
): Scored[] {
  // Every word in the title: the shorter the title, the closer the match (카카오 → 카카오, not 카카오톡 장애).
  const latinQuery = words.every((w) => !HANGUL.test(w.word))
  const queryChars = words.reduce((s, w) => s + w.word.length, 0)
  const scored: Scored[] = []
  for (const n of c.touched) {
    if (!passesFilters(meta, n, filters)) continue
    const type = DOC_TYPES[meta.type[n] ?? 0] ?? 'source'
    const tlen = (latinQuery ? meta.titleLength.en[n] : meta.titleLength.ko[n]) ?? UNKNOWN_TITLE_LENGTH
    const bonus = c.inTitle[n] === words.length ? TITLE_BONUS * Math.min(1, queryChars / Math.max(1, tlen)) : 0
    scored.push({ n, score: ((c.total[n] ?? 0) + bonus) * TYPE_WEIGHT[type], words: c.matched[n] ?? 0 })
  }
  return scored
}

/**
 * The best `k` of the run whose best record scores highest. In a run, the records matching the
 * most words are kept; when that is not every word, at SOME_WORDS_SCALE of their score.
 */
export function bestRun(runs: readonly Run[], words: WordQuery[], k: number): Ranked {
  let best: Ranked = { top: [], total: 0, words, corrections: [] }
  let bestTop = 0
  for (const run of runs) {
    let most = 0
    for (const s of run.scored) if (s.words > most) most = s.words
    const kept = most === 0 ? [] : run.scored.filter((s) => s.words === most)
    const scale = most === run.words.length ? 1 : SOME_WORDS_SCALE
    const top = topK(kept, k).map((s) => ({ ...s, score: s.score * scale }))
    const score = top[0]?.score ?? 0
    if (score > bestTop) {
      bestTop = score
      best = {
        top,
        total: kept.length,
        words: run.words,
        corrections: run.corrections,
        ...(run.readAs === undefined ? {} : { readAs: run.readAs }),
      }
    }
  }
  return best
}
