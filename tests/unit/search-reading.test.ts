import { describe, expect, it } from 'vitest'
import { buildIndexFiles } from '@/lib/search/build'
import { expandedTo, resultSummary } from '@/lib/search/messages'
import { readNumbers } from '@/lib/search/dates'
import type { SearchDoc } from '@/lib/search/documents'
import { SearchIndex } from '@/lib/search/engine'
import { planQuery, stemOf, Thesaurus } from '@/lib/search/query'
import { thesaurusGroups } from '@/lib/search/thesaurus'

const GROUPS = thesaurusGroups([
  {
    groups: [
      { terms: ['정전', '전원 장애', '전력 장애'] },
      { terms: ['먹통', '불통', '장애'] },
      { terms: ['화재', '불', 'fire'] },
      { terms: ['카톡', '카카오톡'] },
    ],
  },
])

describe('dates and figures in a query', () => {
  it.each([
    ['2022년 10월 15일', ['date', 'ymd:2022-10-15']],
    ['2022년 10월', ['date', 'ym:2022-10']],
    ['10월 15일', ['date', 'md:10-15']],
    ['2012년', ['date', 'y:2012']],
    ['2022', ['date', 'y:2022']],
    ['15일', ['date', 'd:15']],
    ['2022-10-15', ['date', 'ymd:2022-10-15']],
    ['2022.10', ['date', 'ym:2022-10']],
    ['october 15, 2022', ['date', 'ymd:2022-10-15']],
    ['15 october 2022', ['date', 'ymd:2022-10-15']],
    ['oct 2022', ['date', 'ym:2022-10']],
    ['17시간', ['figure', 'n:17h']],
    ['44 hours', ['figure', 'n:44h']],
    ['4시간가량', ['figure', 'n:4h']],
    ['3일간', ['figure', 'n:3d']],
    ['40%', ['figure', 'n:40%']],
  ])('reads %s', (text, [kind, key]) => {
    expect(readNumbers(text).map((r) => [r.kind, r.keys.join('+')])).toEqual([[kind, key]])
  })
  it.each([
    ['a time of day is not a duration', '오후 3시 19분'],
    ['"may" alone is a verb, not a month', 'may fire'],
    ['a count is not a year', '2000명'],
    ['a bare small number is not a day', '3 servers'],
  ])('%s: %s', (_, text) => {
    expect(readNumbers(text)).toEqual([])
  })
  it('reads a date and a duration side by side', () => {
    expect(readNumbers('2022년 10월 15일 오후 3시 19분부터 127시간 33분').map((r) => r.keys[0])).toEqual([
      'ymd:2022-10-15',
      'n:127h',
      'n:33min',
    ])
  })
})

describe('reading a query', () => {
  const thesaurus = new Thesaurus(GROUPS)
  it('leaves out the words that only frame a question, unless nothing else is left', () => {
    expect(planQuery('카카오 먹통 왜 언제', thesaurus).concepts.map((c) => c.text)).toEqual(['카카오', '먹통'])
    expect(planQuery('왜', thesaurus).concepts.map((c) => c.text)).toEqual(['왜'])
  })
  it.each([
    ['카카오톡이', '카카오톡'],
    ['정전으로', '정전'],
    ['데이터센터에서', '데이터센터'],
    ['국가', undefined],
    ['화재', undefined],
  ])('finds the stem of %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem)
  })
  it('reads a thesaurus word with the other terms of its group, also with a particle or as two words', () => {
    const [c] = planQuery('정전으로', thesaurus).concepts
    expect(c?.also).toEqual(['전원 장애', '전력 장애'])
    expect(planQuery('전원 장애', thesaurus).concepts.map((x) => [x.text, x.also])).toEqual([
      ['전원 장애', ['정전', '전력 장애']],
    ])
  })
  it('never searches a one-syllable term for another (화재 does not search 불, which 불통 holds)', () => {
    expect(planQuery('화재', thesaurus).concepts[0]?.also).toEqual(['fire'])
    expect(planQuery('불', thesaurus).concepts[0]?.also).toEqual(['화재', 'fire'])
  })
  it('reads dates and figures before words, and pairs the neighbouring words', () => {
    const plan = planQuery('2022년 판교 데이터센터 17시간', thesaurus)
    expect(plan.concepts.map((c) => [c.kind, c.text])).toEqual([
      ['date', '2022년'],
      ['figure', '17시간'],
      ['word', '판교'],
      ['word', '데이터센터'],
    ])
    expect(plan.pairs.map((p) => p.keys)).toEqual([['j:교|데']])
  })
})

const doc = (id: string, title: string, body = '', extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  type: 'incident',
  title: { ko: title, en: `${id} in English` },
  url: { ko: `/incidents/${id}/`, en: `/en/incidents/${id}/` },
  factors: [],
  aliases: [],
  summary: { ko: '', en: '' },
  body: { ko: body, en: '' },
  ...extra,
  dates: extra.dates ?? (extra.date === undefined ? [] : [extra.date]),
})

async function search(docs: SearchDoc[], q: string) {
  const files = buildIndexFiles(docs, GROUPS)
  const index = await SearchIndex.open(async (path) => files.get(path) ?? '{}')
  return index.search(q, { limit: 10 })
}
const ids = async (docs: SearchDoc[], q: string) => (await search(docs, q)).hits.map((h) => h.id)

describe('ranking that degrades gracefully', () => {
  const DOCS = [
    doc('all', '판교 데이터센터 화재 복구'),
    doc('but-one', '판교 데이터센터 화재'),
    doc('half', '판교 복구'),
    doc('none', '경주 지진'),
  ]
  it('keeps a record that matches all but one word, below the one that matches all', async () => {
    expect(await ids(DOCS, '판교 데이터센터 화재 복구')).toEqual(['all', 'but-one', 'half'])
  })
  it('keeps a record that holds one of two words', async () => {
    expect(await ids(DOCS, '데이터센터 지진')).toEqual(expect.arrayContaining(['all', 'but-one', 'none']))
  })
  it('ranks words found side by side above the same words apart', async () => {
    const found = await ids(
      [doc('apart', '화재 난 판교의 데이터센터'), doc('together', '판교 데이터센터 화재')],
      '판교 데이터센터',
    )
    expect(found).toEqual(['together', 'apart'])
  })
  it('weighs a rare word above a common one: missing the rare one costs more', async () => {
    const docs = [
      ...Array.from({ length: 8 }, (_, i) => doc(`common-${i}`, `장애 기록 ${i}`)),
      doc('rare-only', '아현 통신구'),
      doc('common-only', '장애 보고'),
    ]
    const found = await ids(docs, '아현 장애')
    expect(found.indexOf('rare-only')).toBeLessThan(found.indexOf('common-only'))
  })
})

describe('the thesaurus, dates and figures in results', () => {
  const DOCS = [
    doc('gasan', '가산 데이터센터 전원 장애', '카카오톡이 4시간 멈췄다.', { date: '2012-04-28' }),
    doc('pangyo', '판교 데이터센터 화재', '카카오 서비스가 127시간 33분 만에 복구됐다.', {
      date: '2022-10-15',
      dates: ['2022-10-15', '2022-10-16', '2022-10-17'],
    }),
    doc('seventeenth', '어느 장애', '짧은 장애였다.', { date: '2020-03-17' }),
  ]
  it('finds 정전 in a record that says 전원 장애, and says so', async () => {
    const r = await search(DOCS, '정전')
    expect(r.hits.map((h) => h.id)).toEqual(['gasan'])
    expect(r.expansions).toEqual([{ word: '정전', terms: ['전원 장애'] }])
  })
  it('finds 카톡 in a record that says 카카오톡이', async () => {
    expect(await ids(DOCS, '카톡')).toEqual(['gasan'])
  })
  it('reads a duration as a figure, not as a day of the month', async () => {
    expect(await ids(DOCS, '127시간')).toEqual(['pangyo'])
    expect(await ids(DOCS, '17시간')).toEqual([])
  })
  it('finds a record by any day of its span, and a year ranks the records of that year first', async () => {
    expect(await ids(DOCS, '10월 17일')).toEqual(['pangyo'])
    expect((await ids(DOCS, '2012년 데이터센터'))[0]).toBe('gasan')
    expect((await search(DOCS, '2012년 데이터센터')).readings).toEqual(['2012년'])
  })
})

describe('what the results say about the reading', () => {
  it.each([
    [{ word: '정전', terms: ['전원 장애'] }, 'ko', '‘정전’ → ‘전원 장애’로도 찾았습니다.'],
    [{ word: '카톡', terms: ['카카오톡', 'kakaotalk'] }, 'ko', '‘카톡’ → ‘카카오톡’, ‘kakaotalk’로도 찾았습니다.'],
    [{ word: '화재', terms: ['화재 사고', '불길'] }, 'ko', '‘화재’ → ‘화재 사고’, ‘불길’로도 찾았습니다.'],
    [{ word: '방발법', terms: ['방송통신발전기본법'] }, 'ko', '‘방발법’ → ‘방송통신발전기본법’으로도 찾았습니다.'],
    [
      { word: '정전', terms: ['전원 장애', 'power failure'] },
      'en',
      'Also searched “정전” as “전원 장애”, “power failure”.',
    ],
  ] as const)('%o in %s', (expansion, lang, text) => {
    expect(expandedTo(expansion, lang)).toBe(text)
  })
  it('puts the reading, corrections and thesaurus terms before the count', () => {
    expect(
      resultSummary(
        { total: 3, corrections: [], expansions: [{ word: '정전', terms: ['전원 장애'] }], readings: ['2012년'] },
        'ko',
      ),
    ).toBe('날짜나 수치로 읽은 말: ‘2012년’. ‘정전’ → ‘전원 장애’로도 찾았습니다. 3건을 찾았습니다.')
  })
})
