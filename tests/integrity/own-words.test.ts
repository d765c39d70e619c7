/**
 * "Write in your own words": no record may share a run of 20 characters (whitespace ignored)
 * with a seed article. Headlines quoted as a source's `title` are the one exception.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getCollections } from '@/lib/content/source'
import { overlapFinder, textsOf } from '@/lib/validate/overlap'

const seedsDir = resolve(import.meta.dirname, '../../../shared/seeds')
const seeds = new Map(readdirSync(seedsDir).map((f) => [f, readFileSync(resolve(seedsDir, f), 'utf8')]))
const copiedFrom = overlapFinder(seeds, 20)

describe('content is in our own words', () => {
  it('reads all five seed articles', () => {
    expect(seeds.size).toBe(5)
  })

  it('finds a copied sentence when there is one', () => {
    const [name, seed] = [...seeds][0] ?? ['', '']
    const sentence = seed.split('\n').find((l) => l.length > 60) ?? ''
    expect(copiedFrom(`우리 글 ${sentence} 끝`).map((p) => p.reference)).toContain(name)
  })

  it('shares no 20-character run with any seed article', () => {
    const c = getCollections()
    const docs = [...c.incidents, ...c.sources, ...c.entities, ...c.factors, ...c.policies]
    const copied = docs.flatMap((doc) => {
      const skip = new Set(['_raw', 'html', 'url', ...(doc.type === 'Source' ? ['title'] : [])])
      return textsOf(doc, skip).flatMap((text) =>
        copiedFrom(text).map((p) => `${doc._raw.sourceFilePath} ~ ${p.reference}: ${p.passage}`))
    })
    expect(copied).toEqual([])
  })
})
