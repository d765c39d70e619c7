import { beforeAll, describe, expect, it } from 'vitest'
import { getCollections } from '@/lib/content/source'
import { buildIndexFiles } from '@/lib/search/build'
import { buildSearchDocs } from '@/lib/search/documents'
import { SearchIndex } from '@/lib/search/engine'
import { RELEVANCE_CASES } from './search-cases'

/** Recall@5 and MRR over the relevance set, on the real content, with the site's index and ranking. */
let index: SearchIndex
beforeAll(async () => {
  const files = buildIndexFiles(buildSearchDocs(getCollections()))
  index = await SearchIndex.open(async (path) => files.get(path) ?? '{}')
})

describe('search relevance on the real content', () => {
  it('has at least 40 cases, each expecting a record that exists', async () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40)
    const ids = new Set(buildSearchDocs(getCollections()).map((d) => d.id))
    expect(RELEVANCE_CASES.filter((c) => !ids.has(c.expect)).map((c) => c.expect)).toEqual([])
  })

  it('finds the expected record: recall@5 ≥ 0.95 and MRR ≥ 0.85', async () => {
    const rows: Array<{ query: string; expect: string; rank: number; top: string[] }> = []
    for (const c of RELEVANCE_CASES) {
      const top = (await index.search(c.query, { limit: 10 })).hits.map((h) => h.id)
      rows.push({ query: c.query, expect: c.expect, rank: top.indexOf(c.expect) + 1, top: top.slice(0, 5) })
    }
    const recall5 = rows.filter((r) => r.rank >= 1 && r.rank <= 5).length / rows.length
    const mrr = rows.reduce((s, r) => s + (r.rank > 0 ? 1 / r.rank : 0), 0) / rows.length
    console.log(`search relevance: ${rows.length} queries, recall@5 ${recall5.toFixed(3)}, MRR ${mrr.toFixed(3)}`)
    const misses = rows.filter((r) => r.rank === 0 || r.rank > 5)
    if (misses.length > 0) console.log(misses)
    expect(recall5).toBeGreaterThanOrEqual(0.95)
    expect(mrr).toBeGreaterThanOrEqual(0.85)
  })
})
