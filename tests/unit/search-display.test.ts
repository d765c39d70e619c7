import { describe, expect, it } from 'vitest'
import { getChoseong } from 'es-hangul'
import { matchRanges } from '@/lib/search/highlight'
import { buildIndexFiles } from '@/lib/search/build'
import {
  carriesRows,
  EXCERPT_CHARS,
  excerptOf,
  ROWS_PER_KEY,
  readRow,
  shardRecords,
  storeRow,
  wordStarts,
} from '@/lib/search/display'
import type { SearchDoc } from '@/lib/search/documents'
import { SearchIndex, type SearchResult } from '@/lib/search/engine'

const doc = (n: number, title: string, summary: string, body = '', type: SearchDoc['type'] = 'source'): SearchDoc => ({
  id: `d${n}`,
  type,
  title: { ko: title, en: 'Record' },
  url: { ko: `/s/${n}/`, en: `/en/s/${n}/` },
  dates: [],
  factors: [],
  aliases: [],
  summary: { ko: summary, en: 'Summary. More.' },
  body: { ko: body, en: '' },
})

describe('display rows (lib/search/display.ts)', () => {
  it.each([
    ['the first sentence', '서버가 멈췄다. 복구에 세 시간이 걸렸다.', '서버가 멈췄다.'],
    ['a text without a full stop, whole', '요약 없음', '요약 없음'],
    ['whitespace flattened', '  a\n b.  c', 'a b.'],
    ['a long sentence cut', '가'.repeat(200), `${'가'.repeat(EXCERPT_CHARS - 1)}…`],
    ['never half a surrogate pair', '😀'.repeat(100), `${'😀'.repeat(EXCERPT_CHARS - 1)}…`],
  ])('excerpt: %s', (_, text, excerpt) => {
    expect(excerptOf(text)).toBe(excerpt)
  })

  it('stores a row compactly and reads it back; a malformed row is refused', () => {
    const d = { ...doc(3, '판교 화재', '불이 났다. 길게.'), date: '2022-10-15' }
    const stored = storeRow(d)
    expect(stored[5]).toBe('') // the English URL is the Korean one under /en
    expect(readRow(JSON.parse(JSON.stringify(stored)))).toEqual({
      id: 'd3',
      type: 'source',
      title: { ko: '판교 화재', en: 'Record' },
      url: { ko: '/s/3/', en: '/en/s/3/' },
      date: '2022-10-15',
      excerpt: { ko: '불이 났다.', en: 'Summary.' },
    })
    expect(readRow(['d1', 99, '', '', '', '', '', '', ''])).toBeUndefined()
    expect(readRow(['d1', 0, 1, '', '', '', '', '', ''])).toBeUndefined()
    expect(readRow({ id: 'd1' })).toBeUndefined()
  })

  it('carries rows for a syllable pair or piece only where it begins a word', () => {
    const starts = wordStarts([doc(0, '데이터센터에서', '판교 화재', 'KakaoTalk kakao')])
    expect(
      [
        's:데이터센터',
        'b:데이',
        'b:판교',
        's:이터센',
        'b:터센',
        'w:kt',
        'j:교|화',
        'fy:2022',
        't:kak',
        'p:kakao',
        'p:kaka',
        'p:kakaotalk',
      ].filter((k) => carriesRows(k, starts)),
    ).toEqual(['s:데이터센터', 'b:데이', 'b:판교', 'w:kt', 'j:교|화', 'p:kakao', 'p:kakaotalk'])
  })

  it('a shard carries, per searchable key, the records that key scores highest', () => {
    const docs = [
      doc(0, '기록', '요약', '화재'), // body
      doc(1, '화재 기록', '요약'), // title, source
      doc(2, '화재', '요약', '', 'incident'), // title, incident: first
      doc(3, '기록', '화재 요약'), // summary
      doc(4, '아주 긴 제목의 화재 기록 하나', '요약'), // title, longer
    ]
    const postings = new Map([
      ['b:화재', [0 * 4 + 3, 1 * 4 + 0, 2 * 4 + 0, 3 * 4 + 2, 4 * 4 + 0]],
      ['j:재기', [0 * 4 + 3, 1 * 4 + 0]],
      ['fy:2022', [0]],
      ['t:abc', [0]],
    ])
    expect([...shardRecords(['b:화재'], postings, docs, wordStarts(docs), 2)]).toEqual([2, 1])
    expect([...shardRecords(['b:화재'], postings, docs, wordStarts(docs), 4)].sort()).toEqual([1, 2, 3, 4])
    // Side by side: from titles and aliases only; filters and loose trigrams: none.
    expect([...shardRecords(['j:재기'], postings, docs, wordStarts(docs), 2)]).toEqual([1])
    expect([...shardRecords(['fy:2022', 't:abc'], postings, docs, wordStarts(docs), 2)]).toEqual([])
  })
})

describe('the first page painted from the postings’ wave', () => {
  // 40 records titled 장애 기록, the last 20 with 화재 in their body; 20 more titled 화재 기록.
  const docs = [
    ...Array.from({ length: 40 }, (_, n) => doc(n, '장애 기록', '장애 요약.', n >= 20 ? '큰 화재' : '')),
    ...Array.from({ length: 20 }, (_, i) => doc(40 + i, '화재 기록', '화재 요약. 둘째 문장.')),
  ]
  const files = buildIndexFiles(docs)
  const open = (read: string[]) =>
    SearchIndex.open(async (path) => {
      read.push(path)
      return files.get(path) ?? '{}'
    })

  it('paints the rows a shard carried before any fragment is read, then the same rows with passages', async () => {
    const read: string[] = []
    const index = await open(read)
    let early: { result: SearchResult; fragmentsRead: number } | undefined
    const final = await index.search('화재', {
      limit: 10,
      early: (result) => {
        early = { result, fragmentsRead: read.filter((p) => p.startsWith('f/')).length }
      },
    })
    expect(early?.fragmentsRead).toBe(0)
    const hits = early?.result.hits ?? []
    expect(hits.map((h) => h.id)).toEqual(final.hits.map((h) => h.id))
    expect(hits).toHaveLength(10)
    expect(hits[0]).toMatchObject({ title: { ko: '화재 기록' }, url: { ko: '/s/40/' } })
    expect(hits[0]?.passage).toEqual({ text: '화재 요약.', ranges: [{ start: 0, end: 2 }] })
    expect(hits[0]?.titleRanges).toEqual([{ start: 0, end: 2 }])
    expect(early?.result.total).toBe(final.total)
    expect(read.filter((p) => p.startsWith('f/'))).toHaveLength(10)
  })

  it('waits for the fragments when a record on the page came in no shard', async () => {
    const index = await open([])
    let called = false
    const final = await index.search('장애 화재', {
      limit: 10,
      early: () => {
        called = true
      },
    })
    // Both words: records 20–39, which neither key scores among its top ten.
    expect(final.hits.map((h) => h.id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `d${20 + i}`).sort())
    expect(called).toBe(false)
  })

  it('reads only the fragments of the records no shard carried before painting a page the rows partly cover', async () => {
    const read: string[] = []
    const index = await open(read)
    let fragmentsRead = -1
    // 장애 in forty titles (records 0–39): its shard carries the rows of ROWS_PER_KEY of them.
    const final = await index.search('장애', {
      limit: ROWS_PER_KEY + 5,
      early: () => {
        fragmentsRead = read.filter((p) => p.startsWith('f/')).length
      },
    })
    expect(final.hits).toHaveLength(ROWS_PER_KEY + 5)
    expect(fragmentsRead).toBe(5)
    expect(read.filter((p) => p.startsWith('f/'))).toHaveLength(ROWS_PER_KEY + 5)
  })

  it('paints nothing early when every record’s fragment had already arrived (the page is the same)', async () => {
    const index = await open([])
    await index.search('화재', { limit: 10 })
    let called = false
    await index.search('화재', {
      limit: 10,
      early: () => {
        called = true
      },
    })
    expect(called).toBe(false)
  })
})

describe('initials in a text (highlight.ts)', () => {
  it('marks the syllables whose initial consonants spell the query, as es-hangul reads them', () => {
    const text = '카카오톡 장애와 까치 빠른 쌍 짜장 똑똑'
    const expected = Array.from(text).flatMap((ch, i) => (/[가-힣]/.test(ch) ? [[i, getChoseong(ch)]] : []))
    for (const [i, c] of expected) {
      const word = { word: String(c), exact: [], initials: true, partial: false }
      expect(matchRanges(text, [word]).some((r) => r.start <= Number(i) && Number(i) < r.end)).toBe(true)
    }
  })
})
