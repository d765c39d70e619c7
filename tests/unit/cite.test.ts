/** Citations (lib/cite/, lib/export/cite-files.ts): references, BibTeX, RIS, CSL-JSON and the citation to paste. */
import { describe, expect, it } from 'vitest'
import { bibtex, bibText, cslJson, formattedCitation, ris } from '@/lib/cite/formats'
import { citePath } from '@/lib/cite/paths'
import { recordReference, sourceReference } from '@/lib/cite/references'
import { citeFiles } from '@/lib/export/cite-files'
import { dataContext } from '@/lib/export/files'
import { collections, incident, source, text } from './fixtures/records'

const SITE = { name: { ko: '장애 연대기', en: 'Outage Chronicle' } }
const INC = incident('2022-10-15-x-fire', '2022-10-15', {
  title: text('판교 화재 & 카카오 {먹통} 50%', 'Pangyo fire & the Kakao outage'),
  sources: ['yna-1', 'blog-2'],
  body: { raw: '본문 [@yna-1].', html: '' },
})
const KO = recordReference(INC, 'ko', 'https://o.example/incidents/2022-10-15-x-fire/', '2024-05-06', SITE)
const EN = recordReference(INC, 'en', 'https://o.example/en/incidents/2022-10-15-x-fire/', '2024-05-06', SITE)
const NEWS = sourceReference(
  source('yna-1', {
    title: '판교 화재 기사',
    url: 'https://news.example/a?b=1&c=%EA',
    date: '2022-10-16',
    author: '김기자',
  }),
)
const BLOG = sourceReference(
  source('blog-2', { kind: 'blog', language: 'en', label: text('블로그', 'A blog post'), date: '2022-11' }),
)

describe('the citation to paste', () => {
  it('in Korean: author, 「title」, site, date, address', () => {
    expect(formattedCitation(KO, 'ko')).toBe(
      '장애 연대기, 「판교 화재 & 카카오 {먹통} 50%」, 장애 연대기, 2024년 5월 6일 수정, https://o.example/incidents/2022-10-15-x-fire/.',
    )
  })
  it('in English, in APA’s form for a web page', () => {
    expect(formattedCitation(EN, 'en')).toBe(
      'Outage Chronicle. (2024, May 6). Pangyo fire & the Kakao outage. Outage Chronicle. https://o.example/en/incidents/2022-10-15-x-fire/',
    )
  })
})

describe('BibTeX', () => {
  it('escapes what TeX reads as commands', () => {
    expect(bibText('a & b {c} 50% #1 $x_y ^ ~ \\')).toBe(
      'a \\& b \\{c\\} 50\\% \\#1 \\$x\\_y \\^{} \\~{} \\textbackslash{}',
    )
  })
  it('writes a record as @online and a news article as @article in its newspaper', () => {
    expect(bibtex([KO, NEWS])).toBe(`@online{outage-chronicle:2022-10-15-x-fire,
  author = {{장애 연대기}},
  title = {{판교 화재 \\& 카카오 \\{먹통\\} 50\\%}},
  organization = {장애 연대기},
  publisher = {장애 연대기},
  date = {2024-05-06},
  year = {2024},
  url = {https://o.example/incidents/2022-10-15-x-fire/},
  langid = {korean},
  note = {마지막 수정 2024-05-06},
}

@article{yna-1,
  author = {{김기자}},
  title = {{판교 화재 기사}},
  journaltitle = {publisher yna-1},
  date = {2022-10-16},
  year = {2022},
  url = {https://news.example/a?b=1&c=%EA},
  langid = {korean},
}
`)
  })
})

describe('RIS', () => {
  it('one tag a line, CRLF, each reference closed by ER', () => {
    expect(ris([BLOG])).toBe(
      [
        'TY  - BLOG',
        'ID  - blog-2',
        'TI  - A blog post',
        'AU  - publisher blog-2 (en)',
        'T2  - publisher blog-2 (en)',
        'PB  - publisher blog-2 (en)',
        'PY  - 2022',
        'DA  - 2022/11//',
        'LA  - en',
        'N1  - title is our description',
        'ER  - ',
        '',
      ].join('\r\n'),
    )
  })
})

describe('CSL-JSON', () => {
  it('types, authors as literals, dates as date-parts', () => {
    expect(cslJson([EN, NEWS])).toEqual([
      {
        id: 'outage-chronicle:2022-10-15-x-fire:en',
        type: 'webpage',
        title: 'Pangyo fire & the Kakao outage',
        author: [{ literal: 'Outage Chronicle' }],
        'container-title': 'Outage Chronicle',
        publisher: 'Outage Chronicle',
        issued: { 'date-parts': [[2024, 5, 6]] },
        URL: 'https://o.example/en/incidents/2022-10-15-x-fire/',
        language: 'en',
        note: 'last updated 2024-05-06',
      },
      {
        id: 'yna-1',
        type: 'article-newspaper',
        title: '판교 화재 기사',
        author: [{ literal: '김기자' }],
        'container-title': 'publisher yna-1',
        publisher: 'publisher yna-1',
        issued: { 'date-parts': [[2022, 10, 16]] },
        URL: 'https://news.example/a?b=1&c=%EA',
        language: 'ko',
      },
    ])
  })
})

describe('the citation files', () => {
  const world = collections({
    incidents: [INC],
    sources: [source('yna-1', { title: '판교 화재 기사' }), source('blog-2'), source('unused-3')],
  })
  const files = [...citeFiles(dataContext(world, 'https://o.example'))]
  const paths = files.map((f) => f.path)

  it('are the record in each language, its sources, the whole record and every source, in three formats', () => {
    const each = (p: string) => ['bib', 'ris', 'json'].map((ext) => `${p}.${ext}`)
    expect(paths.sort()).toEqual(
      [
        ...each('cite/2022-10-15-x-fire'),
        ...each('cite/en/2022-10-15-x-fire'),
        ...each('cite/sources/2022-10-15-x-fire'),
        ...each('cite/outage-chronicle'),
        ...each('cite/en/outage-chronicle'),
        ...each('cite/sources'),
      ].sort(),
    )
    expect(citePath({ kind: 'record', id: 'x' }, 'en', 'csl')).toBe('/cite/en/x.json')
  })

  it('list a record’s sources in citation order, and every source in the whole list', () => {
    const content = (p: string) => {
      const f = files.find((x) => x.path === p)
      return f && 'content' in f ? JSON.parse(f.content) : undefined
    }
    expect(content('cite/sources/2022-10-15-x-fire.json').map((i: { id: string }) => i.id)).toEqual(['yna-1', 'blog-2'])
    expect(content('cite/sources.json')).toHaveLength(3)
    expect(content('cite/en/outage-chronicle.json')[0]).toMatchObject({ type: 'dataset', URL: 'https://o.example/en/' })
  })
})
