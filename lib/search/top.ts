/**
 * The first page of ranked records: the best `k`, kept as they are scored (a common word touches
 * most records, and only a page is shown). Pure.
 */
import type { Ranked } from './scoring'

/** Of two ranked records, which comes first: the higher score, then a preferred record, then the lower number. */
const order = (a: Ranked, b: Ranked, preferred: (n: number) => boolean) =>
  b.score - a.score || Number(preferred(b.n)) - Number(preferred(a.n)) || a.n - b.n

/** The best `k` records offered so far, best first; a record that cannot enter costs no object. */
export class Best {
  readonly kept: Ranked[] = []
  constructor(
    private readonly k: number,
    private readonly preferred: (n: number) => boolean,
  ) {}

  offer(n: number, score: number, matched: number, coverage: number): void {
    const { kept, k } = this
    const last = kept.length === k ? kept[k - 1] : undefined
    if (k <= 0 || (last && (score < last.score || (score === last.score && !this.before(n, last))))) return
    const s: Ranked = { n, score, matched, coverage }
    let at = kept.length
    while (at > 0 && order(s, kept[at - 1] ?? s, this.preferred) < 0) at -= 1
    kept.splice(at, 0, s)
    if (kept.length > k) kept.pop()
  }

  /** Whether record `n` goes before `other`, which scores the same. */
  private before(n: number, other: Ranked): boolean {
    const mine = this.preferred(n)
    const theirs = this.preferred(other.n)
    return mine === theirs ? n < other.n : mine
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
