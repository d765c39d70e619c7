import { describe, expect, it } from 'vitest'
import { buildIndexFiles } from '@/lib/search/build'
import { plainText } from '@/lib/markdown/plain-text'
import type { SearchDoc } from '@/lib/search/documents'
import { SearchIndex } from '@/lib/search/engine'
import { passage } from '@/lib/search/highlight'
import { pieces } from '@/lib/search/ranges'
import { parseSearchParams, serializeSearchParams } from '@/lib/search/params'
import { qwertyVariant } from '@/lib/search/query'
import { clean, parseQuery, wordKeys } from '@/lib/search/text'

const doc = (id: string, title: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  type: 'incident',
  title: { ko: title, en: `${id} in English` },
  url: { ko: `/incidents/${id}/`, en: `/en/incidents/${id}/` },
  factors: [],
  aliases: [],
  summary: { ko: '', en: '' },
  body: { ko: '', en: '' },
  ...extra,
  dates: extra.dates ?? (extra.date === undefined ? [] : [extra.date]),
})

const DOCS: SearchDoc[] = [
  doc('pangyo', 'SK C&C 판교 데이터센터 화재', { aliases: ['Pangyo fire'], date: '2022-10-15', factors: ['battery'] }),
  doc('ahyeon', 'KT 아현국사 통신구 화재', { aliases: ['Ahyeon', 'Ahyun'], date: '2018-11-24' }),
  doc('kakaotalk', '카카오톡', { type: 'entity' }),
  doc('mention', '어느 출처', { type: 'source', body: { ko: '이 기사는 판교 데이터센터 화재를 다룬다.', en: '' } }),
]

async function open(docs = DOCS) {
  const files = buildIndexFiles(docs)
  return SearchIndex.open(async (path) => files.get(path) ?? '{}')
}
const ids = async (q: string, options = {}) => (await (await open()).search(q, options)).hits.map((h) => h.id)

describe('query text', () => {
  it('cleans input: NFC, lower case, lone surrogates dropped', () => {
    expect(clean('AB\uD800c')).toBe('abc')
    expect(clean('😀x')).toBe('😀x')
  })
  it('reads Hangul typed in English layout, and leaves English alone', () => {
    expect(qwertyVariant('zkzkdhxhr')).toBe('카카오톡')
    expect(qwertyVariant('Pangyo')).toBeUndefined()
  })
  it('makes initials keys', () => {
    expect(parseQuery('ㅋㅋㅇ')[0]?.initials).toBe(true)
  })
  it.each([
    ['불', ['u:불']],
    ['센터', ['b:센터']],
    ['데이터센터', ['s:데이터센터']],
    ['국가정보자원관리원', ['s:국가정보자원', 's:보자원관리원']],
    ['sk', ['w:sk']],
    ['c&c', ['t:c&c']],
    ['kakaotalk', ['p:kakaotalk']],
    ['sk텔레콤', ['w:sk', 's:텔레콤']],
  ])('asks for one key per word where it can: %s', (word, keys) => {
    expect(wordKeys(word)).toEqual(keys)
  })
})

describe('search over a small index', () => {
  it('finds substrings, initials, half-typed syllables, English layout and typos', async () => {
    expect((await ids('센터'))[0]).toBe('pangyo')
    expect((await ids('ㅇㅎ ㅎㅈ'))[0]).toBe('ahyeon')
    expect((await ids('카카ㅇ'))[0]).toBe('kakaotalk')
    expect((await ids('zkzkdhxhr'))[0]).toBe('kakaotalk')
    expect((await ids('데이타센타'))[0]).toBe('pangyo')
    expect((await ids('Ahyun'))[0]).toBe('ahyeon')
  })
  it('ranks a title above a body mention', async () => {
    const found = await ids('판교 데이터센터 화재')
    expect(found.indexOf('pangyo')).toBeLessThan(found.indexOf('mention'))
  })
  it('filters by type, year and factor', async () => {
    expect(await ids('화재', { filters: { type: 'source' } })).toEqual(['mention'])
    expect(await ids('화재', { filters: { year: 2018 } })).toEqual(['ahyeon'])
    expect(await ids('화재', { filters: { factor: 'battery' } })).toEqual(['pangyo'])
  })
  it('returns the matched passage with highlight ranges', async () => {
    const index = await open()
    const { hits } = await index.search('데이터센터', { filters: { type: 'source' } })
    const p = hits[0]?.passage
    expect(p?.ranges.map((r) => p.text.slice(r.start, r.end))).toEqual(['데이터센터'])
  })
  it('reads a date query in one file, and a later date of the same year from it', async () => {
    const files = buildIndexFiles(DOCS)
    const read: string[] = []
    const index = await SearchIndex.open(async (path) => {
      read.push(path)
      return files.get(path) ?? '{}'
    })
    expect((await index.search('2022년 10월 15일')).hits[0]?.id).toBe('pangyo')
    const shards = read.filter((p) => p.startsWith('i/'))
    expect(shards).toHaveLength(1)
    read.length = 0
    expect((await index.search('2022년 10월')).hits[0]?.id).toBe('pangyo')
    expect((await index.search('2022년')).hits[0]?.id).toBe('pangyo')
    expect(read.filter((p) => p.startsWith('i/'))).toEqual([])
  })
  it('answers hostile queries quickly and safely', async () => {
    const index = await open()
    for (const q of [
      '가'.repeat(10_000),
      'a'.repeat(10_000),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a query full of regex characters, on purpose
      '.*+?^${}()|[]\\',
      '\uD800\uDC00\uDFFF',
      '🔥💥👩‍💻',
      '     ',
      '',
      '<script>alert(1)</script>',
      'ㅋ'.repeat(5000),
    ]) {
      const t = performance.now()
      const r = await index.search(q)
      expect(performance.now() - t).toBeLessThan(500)
      expect(Array.isArray(r.hits)).toBe(true)
    }
  })
})

describe('the text a snippet is cut from', () => {
  it.each([
    ['a citation before a full stop leaves no space', '서비스가 멈췄다 [@a; @b].', '서비스가 멈췄다.'],
    ['nor before a comma or a bracket', '화재 [@a], 정전 (복구 [@b])', '화재, 정전 (복구)'],
    ['links keep their text', '[카카오](https://x.example) 발표 [@a]', '카카오 발표'],
    ['headings and list marks go', '## 원인\n- 배터리 [@a]\n', '원인\n배터리'],
  ])('%s', (_, markdown, text) => {
    expect(plainText(markdown)).toBe(text)
  })
})

describe('highlighting and the URL', () => {
  it('splits text into pieces from ranges, ignoring bad ranges', () => {
    expect(
      pieces('abcdef', [
        { start: 1, end: 3 },
        { start: 10, end: 12 },
      ]),
    ).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
      { text: 'def', mark: false },
    ])
    expect(passage('x'.repeat(500), parseQuery('없음')).text.length).toBeLessThan(200)
  })
  it('round-trips the search state, reporting unknown values', () => {
    const { state, rejected } = parseSearchParams(new URLSearchParams('q=판교&type=incident&year=2022&factor=nope'), {
      factors: ['battery'],
      years: [2022],
    })
    expect(state).toEqual({ q: '판교', filters: { type: 'incident', year: 2022 } })
    expect(rejected).toEqual([{ key: 'factor', value: 'nope' }])
    expect(serializeSearchParams(state)).toBe('q=%ED%8C%90%EA%B5%90&type=incident&year=2022')
  })
})
