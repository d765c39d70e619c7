import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { extractCitationIds, splitCitation } from '@/lib/markdown/citations'
import { joinNote } from '@/lib/markdown/cite-anchors'
import { type CiteSource, citeLinks, citeWho, numberBodyCitations } from '@/lib/markdown/cite-links'
import { sayDate } from '@/lib/time/format'
import { footnoteLetter, rehypeBody } from '@/lib/markdown/rehype-body'
import { remarkCitations } from '@/lib/markdown/remark-citations'
import { sanitizeSchema } from '@/lib/markdown/sanitize'

const render = async (md: string) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkCitations)
      .use(remarkRehype)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeBody)
      .use(rehypeStringify)
      .process(md),
  )

describe('citations', () => {
  it.each([
    { md: 'a [@x] b [@y; @x] c [@z]', ids: ['x', 'y', 'z'] },
    { md: 'no citations [x] or [@Bad_Id]', ids: [] },
    { md: '[@seed-000;@seed-001]', ids: ['seed-000', 'seed-001'] },
  ])('extracts $ids from "$md"', ({ md, ids }) => {
    expect(extractCitationIds(md)).toEqual(ids)
  })

  it('splits one citation into ids', () => {
    expect(splitCitation('a; @b ;@c')).toEqual(['a', 'b', 'c'])
  })

  it('writes id-only markers, held to the word before them, that the sanitizer keeps', async () => {
    const html = await render('first [@b] then [@a; @b]\n\n- in a list [@c]')
    expect(html).toContain('first<sup><a href="#source-b" data-cite="b">b</a></sup> then')
    expect(html).toContain('<sup><a href="#source-a" data-cite="a">a</a><a href="#source-b" data-cite="b">b</a></sup>')
    expect(html).toContain('in a list<sup><a href="#source-c" data-cite="c">c</a></sup>')
    expect(html).not.toMatch(/\[\d+\]/)
  })

  it('letters footnotes, so that numbers only ever mean sources', async () => {
    const html = await render('a claim[^x] [@b]\n\n[^x]: the note [@a].')
    expect(html).toMatch(/data-footnote-ref[^>]*>\u2060\[a\]<\/a><\/sup><sup><a href="#source-b"/)
    expect(html).toContain('<sup><a href="#source-a" data-cite="a">a</a></sup>.')
    expect([1, 2, 26, 27, 52, 53].map(footnoteLetter)).toEqual(['a', 'b', 'z', 'aa', 'az', 'ba'])
  })

  it('leaves citations inside code alone', async () => {
    const html = await render('`[@x]`')
    expect(html).toBe('<p><code>[@x]</code></p>')
  })
})

const CITES = new Map<string, CiteSource>([
  ['a', { n: 2, publisher: { ko: '한국일보', en: 'Hankook Ilbo' }, date: '2022-10-21' }],
  ['b', { n: 1, publisher: { ko: '과기정통부', en: 'MSIT' }, date: '2022-12' }],
  ['c', { n: 3, publisher: { ko: '<b>출판사</b>', en: 'Pub & Co' }, date: undefined }],
])

describe('the page numbers the body from its source list', () => {
  it.each([
    { date: '2022-10-21', lang: 'ko' as const, said: '2022년 10월 21일' },
    { date: '2022-10-21', lang: 'en' as const, said: '21 October 2022' },
    { date: '2022-12', lang: 'ko' as const, said: '2022년 12월' },
    { date: '2022-12', lang: 'en' as const, said: 'December 2022' },
  ])('says $date as "$said" in $lang', ({ date, lang, said }) => {
    expect(sayDate(date, lang)).toBe(said)
  })

  it('gives each link the number of the source list', () => {
    expect(citeLinks(['b', 'a'], CITES)).toEqual([
      { id: 'b', href: '#source-b', text: '[1]' },
      { id: 'a', href: '#source-a', text: '[2]' },
    ])
    expect(citeLinks(['zzz'], CITES)).toEqual([{ id: 'zzz', href: '#source-zzz', text: '[?]' }])
  })

  it.each([
    { id: 'b', lang: 'en' as const, who: 'MSIT, December 2022' },
    { id: 'b', lang: 'ko' as const, who: '과기정통부, 2022년 12월' },
    { id: 'a', lang: 'en' as const, who: 'Hankook Ilbo, 21 October 2022' },
    { id: 'c', lang: 'en' as const, who: 'Pub & Co' },
  ])('notes source $id in $lang with its publisher and date, never its id', ({ id, lang, who }) => {
    const cite = CITES.get(id)
    expect(cite && citeWho(cite, lang)).toBe(who)
    expect(joinNote(who, 'A name')).toBe(`${who}: A name`)
  })

  it('replaces every marker by the number of the source list', async () => {
    const html = numberBodyCitations(await render('first [@b] then [@a; @b]'), CITES)
    expect(html).not.toContain('data-cite')
    expect(html.match(/">\[(\d)\]<\/a>/g)).toEqual(['">[1]</a>', '">[2]</a>', '">[1]</a>'])
    expect(html).toContain('first<sup class="cite">\u2060<a href="#source-b">[1]</a></sup>')
    expect(html).toContain('</a><wbr><a href="#source-b">')
  })

  it('writes no source text into the marks, once per mark: only the number', async () => {
    const html = numberBodyCitations(await render('x [@c] y [@c]'), CITES)
    expect(html).toBe(
      '<p>x<sup class="cite">\u2060<a href="#source-c">[3]</a></sup> y<sup class="cite">\u2060<a href="#source-c">[3]</a></sup></p>',
    )
  })
})
