import { beforeAll, describe, expect, it } from 'vitest'
import { getCollections } from '@/lib/content/source'
import { buildSiteIndex } from '@/lib/search/build'
import { buildSearchDocs } from '@/lib/search/documents'
import { SearchIndex } from '@/lib/search/engine'
import { RELEVANCE_CASES } from './search-cases'

/** Recall@5 and MRR over the relevance set, on the real content, with the site's index and ranking. */
let index: SearchIndex
beforeAll(async () => {
  const files = buildSiteIndex(getCollections())
  index = await SearchIndex.open(async (path) => files.get(path) ?? '{}')
})

describe('search relevance on the real content', () => {
  it('has at least 80 cases (30 plain questions, 15 beyond Kakao), each expecting records that exist', async () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(80)
    expect(RELEVANCE_CASES.filter((c) => c.plain).length).toBeGreaterThanOrEqual(30)
    expect(RELEVANCE_CASES.filter((c) => c.beyondKakao).length).toBeGreaterThanOrEqual(15)
    const ids = new Set(buildSearchDocs(getCollections()).map((d) => d.id))
    expect(RELEVANCE_CASES.flatMap((c) => [c.expect].flat()).filter((id) => !ids.has(id))).toEqual([])
  })

  it('finds the expected record: recall@5 ≥ 0.95 and MRR ≥ 0.85', async () => {
    const rows: Array<{ query: string; expect: string | string[]; rank: number; top: string[] }> = []
    for (const c of RELEVANCE_CASES) {
      const top = (await index.search(c.query, { limit: 10 })).hits.map((h) => h.id)
      const wanted = [c.expect].flat()
      rows.push({
        query: c.query,
        expect: c.expect,
        rank: top.findIndex((id) => wanted.includes(id)) + 1,
        top: top.slice(0, 5),
      })
    }
    const recall5 = rows.filter((r) => r.rank >= 1 && r.rank <= 5).length / rows.length
    const mrr = rows.reduce((s, r) => s + (r.rank > 0 ? 1 / r.rank : 0), 0) / rows.length
    console.log(`search relevance: ${rows.length} queries, recall@5 ${recall5.toFixed(3)}, MRR ${mrr.toFixed(3)}`)
    const misses = rows.filter((r) => r.rank === 0 || r.rank > 5)
    if (misses.length > 0) console.log(misses)
    if (process.env.SEARCH_RANKS)
      console.log(
        rows
          .filter((r) => r.rank !== 1)
          .map((r) => `${r.rank} ${r.query} → ${r.top.join(' ')}`)
          .join('\n'),
      )
    expect(recall5).toBeGreaterThanOrEqual(0.95)
    expect(mrr).toBeGreaterThanOrEqual(0.85)
  })
})

describe('hostile queries on the real index', () => {
  const HOSTILE: Array<[string, string]> = [
    ['10,000 Hangul syllables', '데이타센타'.repeat(2000)],
    ['10,000 Latin letters', 'ahyun'.repeat(2000)],
    ['many half-typed words', '카카ㅇ '.repeat(2000)],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a query full of regex characters, on purpose
    ['regex characters', '.*+?^${}()|[]\\\\ (a+)+$'],
    ['lone surrogates', '\uD800\uDBFF카카오\uDFFF'],
    ['emoji', '🔥💥👩‍💻 카카오톡'],
    ['only spaces', ' \t\n   '],
    ['markup', '<script>alert(1)</script>판교'],
  ]
  it.each(HOSTILE)('%s: answers quickly with results or none, never throws', async (_, q) => {
    const t = performance.now()
    const r = await index.search(q)
    expect(performance.now() - t).toBeLessThan(300)
    expect(r.hits.length).toBeLessThanOrEqual(10)
    for (const h of r.hits)
      expect(h.passage.ranges.every((x) => x.start >= 0 && x.end <= h.passage.text.length)).toBe(true)
  })
})
