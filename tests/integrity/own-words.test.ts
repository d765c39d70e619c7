/**
 * "Write in your own words": no record may share a run of 20 characters (whitespace ignored)
 * with a seed article. Headlines quoted as a source's `title` are the one exception.
 * The articles are compared through the hashes of their windows (tests/integrity/seed-windows.json),
 * so this runs on any clone without the articles.
 */
import { describe, expect, it } from 'vitest'
import { getCollections } from '@/lib/content/source'
import { hashedOverlapFinder, OWN_WORDS_WINDOW, overlapFinder, textsOf } from '@/lib/validate/overlap'
import { readSeedWindows } from './seed-windows'

const seeds = readSeedWindows()
const copiedFrom = hashedOverlapFinder(new Map(Object.entries(seeds.seeds)), OWN_WORDS_WINDOW)

describe('content is in our own words', () => {
  it('holds the windows of all five seed articles', () => {
    const counts = Object.values(seeds.seeds).map((h) => h.length)
    expect(counts).toHaveLength(5)
    for (const n of counts) expect(n).toBeGreaterThan(1000)
  })

  it('finds a copied run, and only the copied run, by its hashes', () => {
    const article = '어느 날 데이터센터 지하의 배터리실에서 불이 났고 서비스가 멈췄다. 복구에는 닷새가 걸렸다.'
    const find = overlapFinder(new Map([['article', article]]), OWN_WORDS_WINDOW)
    const found = find('우리 글: 지하의 배터리실에서 불이 났고 서비스가 멈췄다 — 그리고 다른 이야기.')
    expect(found).toEqual([{ reference: 'article', passage: '지하의배터리실에서불이났고서비스가멈췄다' }])
    expect(find('데이터센터에서 불이 났다는 소식')).toEqual([])
  })

  it('shares no 20-character run with any seed article', () => {
    const c = getCollections()
    const docs = [...c.incidents, ...c.sources, ...c.entities, ...c.factors, ...c.policies]
    const copied = docs.flatMap((doc) => {
      const skip = new Set(['_raw', 'html', 'url', ...(doc.type === 'Source' ? ['title'] : [])])
      return textsOf(doc, skip).flatMap((text) =>
        copiedFrom(text).map((p) => `${doc._raw.sourceFilePath} ~ ${p.reference}: ${p.passage}`),
      )
    })
    expect(copied).toEqual([])
  })
})
