/**
 * Relevance by page, the same for every engine: a ranked list of URLs becomes a list of pages
 * (a timeline event is found on its incident's page; Korean and English pages are one), and a
 * query is answered when one of its expected records' pages is among the first five. MiniSearch,
 * set up as a careful site would (words and Hangul syllable pairs, prefix and fuzzy matching,
 * titles boosted), ranks the same records in Node for comparison.
 */
import MiniSearch from 'minisearch'
import type { SearchDoc } from '../lib/search/documents'
import type { RelevanceCase } from '../tests/integrity/search-cases'
import { pageKey } from './search-pages'

export interface Relevance {
  queries: number
  recallAt5: number
  mrr: number
}

/** The distinct pages of a ranked list of URLs, in order. */
export const pagesOf = (urls: readonly string[]): string[] => [...new Set(urls.map(pageKey))]

/** Recall@5 and MRR over the cases, given each case's ranked URLs. */
export function relevance(
  cases: readonly RelevanceCase[],
  ranked: readonly (readonly string[])[],
  pageOfRecord: ReadonlyMap<string, string>,
): Relevance {
  let found = 0
  let rr = 0
  cases.forEach((c, i) => {
    const wanted = new Set([c.expect].flat().map((id) => pageOfRecord.get(id) ?? `?${id}`))
    const rank = pagesOf(ranked[i] ?? []).findIndex((p) => wanted.has(p)) + 1
    if (rank >= 1 && rank <= 5) found += 1
    if (rank >= 1) rr += 1 / rank
  })
  const n = Math.max(1, cases.length)
  return { queries: cases.length, recallAt5: +(found / n).toFixed(3), mrr: +(rr / n).toFixed(3) }
}

/** Words, and for Hangul words also their syllable pairs (so 센터 finds 데이터센터). */
function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const out: string[] = []
  for (const w of words) {
    out.push(w)
    if (/^[\uAC00-\uD7A3]{3,}$/.test(w)) for (let i = 0; i + 2 <= w.length; i += 1) out.push(w.slice(i, i + 2))
  }
  return out
}

/** MiniSearch over the records: each query's ranked URLs (Korean pages). */
export function miniSearchRanked(docs: readonly SearchDoc[], queries: readonly string[]): string[][] {
  const mini = new MiniSearch<{
    id: number
    title: string
    aliases: string
    summary: string
    body: string
    url: string
  }>({
    fields: ['title', 'aliases', 'summary', 'body'],
    storeFields: ['url'],
    tokenize,
    searchOptions: { boost: { title: 4, aliases: 3, summary: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  })
  mini.addAll(
    docs.map((d, id) => ({
      id,
      title: `${d.title.ko} ${d.title.en}`,
      aliases: d.aliases.join(' '),
      summary: `${d.summary.ko} ${d.summary.en}`,
      body: `${d.body.ko} ${d.body.en}`,
      url: d.url.ko,
    })),
  )
  return queries.map((q) =>
    mini
      .search(q)
      .slice(0, 20)
      .map((r) => String(r.url)),
  )
}
