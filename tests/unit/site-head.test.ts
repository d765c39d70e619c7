/** What every page says about itself in its <head> (lib/site/head.ts): absolute links, languages, cards, feeds. */
import { describe, expect, it } from 'vitest'
import { DESCRIPTION_MAX, metaDescription, pageHead } from '@/lib/site/head'

const ORIGIN = 'https://o.example'
const base = {
  lang: 'en' as const,
  origin: ORIGIN,
  paths: { ko: '/chronicle/incidents/x/', en: '/chronicle/en/incidents/x/' },
  title: 'X outage',
  siteName: 'Outage Chronicle',
  description: 'What happened.',
  image: { url: `${ORIGIN}/chronicle/share/en/x.png`, width: 1200, height: 630, alt: 'X outage · 2020' },
}

describe('the head of a page', () => {
  const head = pageHead(base)

  it('links the page itself and both languages by absolute address, with x-default on the Korean page', () => {
    expect(head.alternates.canonical).toBe('https://o.example/chronicle/en/incidents/x/')
    expect(head.alternates.languages).toEqual({
      ko: 'https://o.example/chronicle/incidents/x/',
      en: 'https://o.example/chronicle/en/incidents/x/',
      'x-default': 'https://o.example/chronicle/incidents/x/',
    })
  })

  it('has a title with the site name, and the site name alone on the home page', () => {
    expect(head.title).toBe('X outage | Outage Chronicle')
    const home = pageHead({ ...base, title: undefined })
    expect(home.title).toBe('Outage Chronicle')
    expect(home.openGraph.title).toBe('Outage Chronicle')
  })

  it('has an Open Graph and a large Twitter card with the share image', () => {
    expect(head.openGraph).toMatchObject({
      type: 'website',
      url: 'https://o.example/chronicle/en/incidents/x/',
      siteName: 'Outage Chronicle',
      title: 'X outage',
      locale: 'en_US',
      alternateLocale: ['ko_KR'],
      images: [base.image],
    })
    expect(head.twitter).toEqual({
      card: 'summary_large_image',
      title: 'X outage',
      description: 'What happened.',
      images: [{ url: base.image.url, alt: base.image.alt }],
    })
    expect(pageHead({ ...base, lang: 'ko' }).openGraph.locale).toBe('ko_KR')
  })

  it('makes a dated record an article', () => {
    const a = pageHead({ ...base, article: { published: '2024-01-01', modified: '2024-02-03' } })
    expect(a.openGraph).toMatchObject({ type: 'article', publishedTime: '2024-01-01', modifiedTime: '2024-02-03' })
  })

  it('names its feeds and other representations', () => {
    const h = pageHead({
      ...base,
      feeds: [
        { type: 'application/atom+xml', url: `${ORIGIN}/feeds/en/incidents.xml`, title: 'Atom' },
        { type: 'application/feed+json', url: `${ORIGIN}/feeds/en/incidents.json`, title: 'JSON Feed' },
      ],
      types: { 'application/json+oembed': `${ORIGIN}/oembed/en/x.json` },
    })
    expect(h.alternates.types).toEqual({
      'application/json+oembed': `${ORIGIN}/oembed/en/x.json`,
      'application/atom+xml': [{ url: `${ORIGIN}/feeds/en/incidents.xml`, title: 'Atom' }],
      'application/feed+json': [{ url: `${ORIGIN}/feeds/en/incidents.json`, title: 'JSON Feed' }],
    })
    expect(head.alternates.types).toBeUndefined()
  })

  it('refuses a path that is not a site path', () => {
    expect(() => pageHead({ ...base, paths: { ko: 'incidents/x/', en: '/en/incidents/x/' } })).toThrow(
      /not a site path/,
    )
  })
})

describe('meta descriptions', () => {
  const long =
    '2022년 10월 15일 오후 판교 데이터센터 지하 배터리실에서 불이 났다. 카카오의 서버 3만2천 대가 멈췄고 카카오톡과 다음, 카카오T가 함께 멈췄다. 모든 기능이 돌아오기까지 닷새가 넘게 걸렸다. 정부 조사는 배터리실과 전력선이 제대로 분리되지 않은 설계와 판교 안에서만 이중화된 운영 도구를 원인으로 꼽았다.'
  it.each([
    ['short text, whitespace collapsed', '  One   line.\n', 'One line.'],
    ['whole sentences while they fit', long, long.slice(0, long.indexOf('정부 조사') - 1)],
  ])('%s', (_, text, expected) => {
    expect(metaDescription(text)).toBe(expected)
  })

  it('cuts at a word with an ellipsis when the first sentence is too long', () => {
    const one = `${'word '.repeat(60)}end.`
    const d = metaDescription(one)
    expect(d.length).toBeLessThanOrEqual(DESCRIPTION_MAX)
    expect(d).toMatch(/word…$/)
  })

  it('is never longer than the limit', () => {
    for (const text of [long, 'ㄱ'.repeat(400), `${'a'.repeat(300)}. b.`]) {
      expect(metaDescription(text).length).toBeLessThanOrEqual(DESCRIPTION_MAX)
    }
  })
})
