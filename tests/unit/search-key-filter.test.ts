import { describe, expect, it } from 'vitest'
import { buildIndexFiles } from '@/lib/search/build'
import type { SearchDoc } from '@/lib/search/documents'
import { SearchIndex } from '@/lib/search/engine'
import { buildKeyFilter, KeyFilter } from '@/lib/search/key-filter'

describe('the filter of syllable-pair and trigram keys', () => {
  const held = Array.from({ length: 3000 }, (_, i) => `t:${i.toString(36).padStart(3, 'a')}`)
  const filter = new KeyFilter(buildKeyFilter([...held, 'b:화재', 'w:kt']))

  it('never says a held key is absent', () => {
    expect(held.every((k) => filter.mayHave(k))).toBe(true)
    expect(filter.mayHave('b:화재')).toBe(true)
  })
  it('says most absent keys are absent (about 2% pass for present)', () => {
    const absent = Array.from({ length: 3000 }, (_, i) => `b:${String.fromCharCode(0xac00 + i)}가`)
    expect(absent.filter((k) => filter.mayHave(k)).length).toBeLessThan(150)
  })
  it('covers only its kinds: any other key may be held', () => {
    expect(filter.mayHave('s:데이터센터')).toBe(true)
    expect(filter.mayHave('w:zz')).toBe(true)
  })
  const words = new KeyFilter(buildKeyFilter(['b:데이', 'b:이터', 'b:터센', 'b:센터', 't:kak', 't:aka', 't:kao']))
  it.each([
    ['s:데이터센터', false, 'every syllable pair held'],
    ['b:센터', false, 'the pair itself held'],
    ['s:데이타센타', true, 'a pair (이타) certainly absent'],
    ['w:kakao', false, 'every trigram held'],
    ['p:kakaot', true, 'a trigram (aot) certainly absent'],
    ['w:kt', false, 'too short for a trigram: may be held'],
    ['n:10h', false, 'a kind the filter says nothing about'],
  ])('says whether the index certainly lacks %s: %s (%s)', (key, lacks) => {
    expect(words.lacks(key)).toBe(lacks)
  })
  it('fails open on a filter it cannot read', () => {
    expect(new KeyFilter({ bits: '', size: 4096 }).mayHave('t:xyz')).toBe(true)
  })
})

describe('a word found nowhere and matching no record loosely', () => {
  const doc = (n: number, title: string, body: string): SearchDoc => ({
    id: `d${n}`,
    type: 'incident',
    title: { ko: title, en: `Record ${n}` },
    url: { ko: `/i/${n}/`, en: `/en/i/${n}/` },
    dates: [],
    factors: [],
    aliases: [],
    summary: { ko: '', en: '' },
    body: { ko: body, en: 'A power failure in a data center.' },
  })
  const files = buildIndexFiles(Array.from({ length: 300 }, (_, n) => doc(n, `기록 ${n}`, '통신 장애가 있었다.')))
  /** Each file read with its wave: how many reads had finished before it was asked for. */
  const open = (read: Array<{ path: string; wave: number }>) => {
    let done = 0
    return SearchIndex.open(async (path) => {
      read.push({ path, wave: done })
      await new Promise((resolve) => setTimeout(resolve, 1))
      done += 1
      return files.get(path) ?? '{}'
    })
  }

  it('is known empty without asking for postings the index certainly lacks, and in one wave at most', async () => {
    const read: Array<{ path: string; wave: number }> = []
    const index = await open(read)
    read.length = 0
    const r = await index.search('Gasan blackout')
    expect(r.hits).toEqual([])
    expect(read.filter((x) => x.path.startsWith('i/'))).toEqual([])
    expect(new Set(read.map((x) => x.wave)).size).toBeLessThanOrEqual(1)
  })
  it('asks for the postings of a word the index may hold', async () => {
    const read: Array<{ path: string; wave: number }> = []
    const index = await open(read)
    read.length = 0
    expect((await index.search('통신 장애')).total).toBe(300)
    expect(read.filter((x) => x.path.startsWith('i/')).length).toBeGreaterThan(0)
  })
  it('still matches loosely where the index holds enough of the keys (Kakao Talk ~ powerfailure)', async () => {
    const index = await open([])
    const r = await index.search('powerfailur')
    expect(r.hits.length).toBeGreaterThan(0)
  })
})
