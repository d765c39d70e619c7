/**
 * The first page of ranked records: the best `k`, kept as they are scored (a common word touches
 * most records, and only a page is shown). Pure.
 */
import type { Ranked } from './scoring'

/**
 * Below zero when record `n` scoring `score` comes before `other`: the higher score, then a
 * preferred record, then the lower number. Takes the record as numbers, so one that cannot enter
 * the page is turned away before any object is made for it.
 */
const compare = (score: number, n: number, other: Ranked, preferred: (n: number) => boolean) =>
  other.score - score || Number(preferred(other.n)) - Number(preferred(n)) || n - other.n

/** The best `k` records offered so far, best first; a record that cannot enter costs no object. */
export class Best {
  readonly kept: Ranked[] = []
  constructor(
    private readonly k: number,
    private readonly preferred: (n: number) => boolean,
  ) {}

  offer(n: number, score: number, matched: number, coverage: number): void {
    const { kept, k, preferred } = this
    const last = kept.length === k ? kept[k - 1] : undefined
    if (k <= 0 || (last && compare(score, n, last, preferred) >= 0)) return
    let at = kept.length
    for (let prev = kept[at - 1]; prev && compare(score, n, prev, preferred) < 0; prev = kept[at - 1]) at -= 1
    kept.splice(at, 0, { n, score, matched, coverage })
    if (kept.length > k) kept.pop()
  }
}

/**
 * The best `k` of `items`, best first, without sorting them all. Of records scoring exactly the
 * same, those `preferred` come first (the engine prefers the records whose display rows came with
 * the query's postings: the page is painted without waiting for their fragments), then the lower number.
 */
export function topK(items: readonly Ranked[], k: number, preferred: (n: number) => boolean = () => false): Ranked[] {
  const best = new Best(k, preferred)
  for (const s of items) best.offer(s.n, s.score, s.matched, s.coverage)
  return best.kept
}
