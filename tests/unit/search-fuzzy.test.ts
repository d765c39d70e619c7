import { describe, expect, it } from 'vitest'
import { buildIndexFiles, vocabularyChunks } from '@/lib/search/build'
import type { SearchDoc } from '@/lib/search/documents'
import { SearchIndex } from '@/lib/search/engine'
import { shardOf, shardPath } from '@/lib/search/format'
import { align, sharedLetters } from '@/lib/search/align'
import { chunkKey, letterCount, VocabularyChunk } from '@/lib/search/fuzzy'
import { decodePostings, encodePostings } from '@/lib/search/postings'
import { type FieldClass, jamo } from '@/lib/search/text'

describe('postings', () => {
  const cases: Array<[string, Array<[number, FieldClass]>, number]> = [
    ['empty', [], 10],
    [
      'sparse, several classes',
      [
        [0, 0],
        [3, 2],
        [7, 3],
        [1000, 1],
      ],
      2000,
    ],
    ['dense body (a bitmap)', Array.from({ length: 900 }, (_, i): [number, FieldClass] => [i, 3]), 1000],
    [
      'dense, records past the count are ignored',
      Array.from({ length: 64 }, (_, i): [number, FieldClass] => [i * 2, 2]),
      100,
    ],
  ]
  it.each(cases)('round-trips %s', (_, pairs, count) => {
    const encoded = encodePostings(pairs)
    const decoded = [...decodePostings(encoded, count)]
      .map((p) => [p >>> 2, p & 3])
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
    expect(decoded).toEqual(
      pairs
        .filter(([n]) => n < count)
        .map(([n, c]) => [n, c])
        .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)),
    )
  })
  it('stores a dense class as a bitmap, shorter than a list', () => {
    const dense = encodePostings(Array.from({ length: 900 }, (_, i): [number, FieldClass] => [i, 3]))
    expect(typeof dense[3]).toBe('string')
    expect(JSON.stringify(dense).length).toBeLessThan(200)
  })
})

describe('the vocabulary', () => {
  it.each([
    ['카카오', 'ㅋ'],
    ['까치', 'ㄱ'],
    ['pangyo', 'p'],
    ['ㄸ', 'ㄷ'],
    ['2022', undefined],
  ])('puts %s in chunk %s', (word, key) => {
    expect(chunkKey(word)).toBe(key)
  })
  it('counts letters as es-hangul splits them', () => {
    for (const w of ['데이터센터', '화재', '괜찮', '값', 'kakao'])
      expect(letterCount(w)).toBe(/[a-z]/.test(w) ? w.length : jamo(w).length)
  })
  it('aligns a word inside a longer one', () => {
    expect(align(jamo('데이타센타'), jamo('데이터센터에서'))).toEqual({ distance: 2, start: 0, end: 11 })
    expect(align(jamo('센터'), jamo('데이터센터')).distance).toBe(0)
  })
  it.each([
    ['데이타센타', '데이터센터에서'],
    ['화제', '화재'],
    ['카카우톡', '카카오'],
    ['pangyu', 'pandemic'],
    ['아현', '네트워크'],
    ['ㅋㅋㅋ', '카카오톡'],
  ])('never counts %s further from %s than the alignment does', (a, b) => {
    const letters = (w: string) => (/[a-z]/.test(w) ? Array.from(w) : jamo(w))
    const p = letters(a)
    expect(p.length - sharedLetters(p)(letters(b))).toBeLessThanOrEqual(align(p, letters(b)).distance)
  })
  const chunk = (words: string[]) => new VocabularyChunk(words)
  it.each([
    ['데이타센타', ['데이터센터에서', '데이터', '다이어트'], '데이터센터'],
    ['화제', ['화재', '화재로', '화요일'], '화재'],
    ['카카우톡', ['카카오톡', '카카오'], '카카오톡'],
    ['pangyu', ['pangyo', 'pandemic'], 'pangyo'],
  ])('corrects %s', (typo, words, expected) => {
    expect(chunk(words).corrections(typo)[0]?.word).toBe(expected)
  })
  it('does not correct towards far words, nor to the word itself', () => {
    expect(chunk(['화재']).corrections('화재')).toEqual([])
    expect(chunk(['네트워크', '가나다라']).corrections('데이터센터')).toEqual([])
  })
  it.each([
    ['포항', ['포허은', '포자의'], []],
    ['정전', ['저허누'], []],
    ['화제', ['화재로는', '화요'], ['화재']],
    ['데이타센타', ['데이터센터에서'], ['데이터센터']],
  ])('corrects a Hangul word %s only to as many syllables as it has', (typo, words, expected) => {
    expect(
      chunk(words)
        .corrections(typo)
        .map((c) => c.word),
    ).toEqual(expected)
  })
  it('keeps only the closest corrections', () => {
    expect(
      chunk(['카카오톡', '카카오택', '카카오와'])
        .corrections('카카우톡')
        .map((c) => c.word),
    ).toEqual(['카카오톡'])
  })
  it('completes a half-typed word, the most widespread first', () => {
    expect(
      chunk(['카카오톡', '카카오', '카카오맵', '카나'])
        .completions('카카ㅇ')
        .map((c) => c.word),
    ).toEqual(['카카오'])
    expect(
      chunk(['데이터센터'])
        .completions('데이터세')
        .map((c) => c.word),
    ).toEqual(['데이터센'])
  })
})

const doc = (n: number, title: string, summary: string, body: string): SearchDoc => ({
  id: `d${n}`,
  type: 'source',
  title: { ko: title, en: `Record ${n}` },
  url: { ko: `/s/${n}/`, en: `/en/s/${n}/` },
  dates: [],
  factors: [],
  aliases: [],
  summary: { ko: summary, en: '' },
  body: { ko: body, en: '' },
})

describe('the index at scale', () => {
  // 4,000 records; 장애 in every one, in the title, summary or body by turns (a common key);
  // 데이터센터 화재 in every seventh body, and in one title.
  const docs = Array.from({ length: 4000 }, (_, n) =>
    doc(
      n,
      n === 500 ? '판교 데이터센터 화재' : n % 3 === 0 ? `장애 기록 ${n}` : `기록 ${n}`,
      n % 3 === 1 ? '장애 요약' : '요약',
      `${n % 3 === 2 ? '장애가 있었다. ' : ''}${n % 7 === 0 ? '데이터센터 화재가 났다.' : '통신이 끊겼다.'}`,
    ),
  )
  const files = buildIndexFiles(docs)
  const read: string[] = []
  /** Each file read, with the wave it was asked for in: how many reads had finished before it. */
  const waves: Array<{ path: string; wave: number }> = []
  let done = 0
  const open = () =>
    SearchIndex.open(async (path) => {
      read.push(path)
      waves.push({ path, wave: done })
      await new Promise((resolve) => setTimeout(resolve, 1))
      done += 1
      return files.get(path) ?? '{}'
    })
  const wavesOf = () => {
    const starts = [...new Set(waves.map((w) => w.wave))]
    return starts.map((s) => waves.filter((w) => w.wave === s).map((w) => w.path.split('/')[0] ?? ''))
  }

  it('keeps a common key in its shard as a bitmap, and a query reads only the files it needs', async () => {
    const index = await open()
    const common = JSON.parse(files.get(shardPath(shardOf('b:장애', index.meta.shards))) ?? '{}')['b:장애']
    expect(common.some((part: unknown) => typeof part === 'string')).toBe(true)
    read.length = 0
    const { hits, total } = await index.search('데이터센터 화재', { limit: 5 })
    expect(hits[0]?.id).toBe('d500')
    expect(total).toBe(Math.ceil(4000 / 7) + 1)
    expect(read.filter((p) => p.startsWith('f/'))).toHaveLength(5)
    read.length = 0
    expect((await index.search('장애', { limit: 3 })).total).toBe(4000)
    expect(read).toContain(shardPath(shardOf('b:장애', index.meta.shards)))
  })
  it('asks for the files of a plain query in two waves: postings and vocabulary together, then fragments', async () => {
    const index = await open()
    waves.length = 0
    await index.search('데이터센터 화재 장애', { limit: 5 })
    const [first, second, ...rest] = wavesOf()
    expect(rest).toEqual([])
    expect(new Set(first)).toEqual(new Set(['i', 'v']))
    expect(second).toEqual(['f', 'f', 'f', 'f', 'f'])
  })
  it('looks in the vocabulary only for a word it does not find as typed', async () => {
    const index = await open()
    read.length = 0
    const r = await index.search('데이타센타')
    expect(r.corrections).toContain('데이터센터')
    expect(read.filter((p) => p.startsWith('v/'))).toHaveLength(1)
    expect(r.hits[0]?.id).toBe('d500')
  })
  it("asks for a typo's corrections in the first wave once its vocabulary chunk is here", async () => {
    const index = await open()
    const target = shardPath(shardOf('s:데이터센터', index.meta.shards))
    const typed = shardPath(shardOf('s:데이터샌터', index.meta.shards))
    read.length = 0
    await index.search('데')
    // The chunk of ㄷ is here; neither the typed word's shard nor its correction's.
    expect(read.some((p) => p.startsWith('v/'))).toBe(true)
    expect(read.filter((p) => p === target || p === typed)).toEqual([])
    expect(typed).not.toBe(target)
    waves.length = 0
    const r = await index.search('데이터샌터', { limit: 3 })
    expect(r.corrections).toContain('데이터센터')
    expect(r.hits[0]?.id).toBe('d500')
    // Every posting (the correction's among them) in the first wave; the fragments after.
    const postingWaves = wavesOf().flatMap((w, i) => (w.includes('i') ? [i] : []))
    expect(postingWaves).toEqual([0])
    expect(waves.find((w) => w.path === target)?.wave).toBe(waves[0]?.wave)
  })
  it('finds a word with a typo in its first letter by most of its syllable pairs, below exact matches', async () => {
    const index = await open()
    const { hits, corrections } = await index.search('테이터센터 화재', { limit: 3 })
    expect(corrections).toEqual([])
    expect(hits[0]?.id).toBe('d500')
  })
  it('keeps the vocabulary in chunks by first letter, widespread words first', () => {
    const chunks = vocabularyChunks(docs)
    expect(chunks.get('ㅈ')?.[0]).toBe('장애')
    expect(chunks.get('ㄷ')).toContain('데이터센터')
  })
})
