/** The feeds (lib/feeds/, lib/export/feed-files.ts): what they hold, in which order, and the rules a feed validator checks. */
import { describe, expect, it } from 'vitest'
import { dataContext, type DataFile } from '@/lib/export/files'
import { feedFiles, feedIndexes } from '@/lib/export/feed-files'
import { dayInstant, FEED_LIMIT, newestFirst, xml } from '@/lib/feeds/feed'
import { feedPath } from '@/lib/feeds/paths'
import { cause, collections, entity, factor, incident, text } from './fixtures/records'

const OLD = incident('2012-04-28-old-outage', '2012-04-28T12:00+09:00', {
  title: text('옛 장애 & <b>', 'Old outage & <b>'),
  added: '2024-01-01',
  updated: '2024-06-01',
  services: ['talk'],
  factors: [cause('battery-fire')],
})
const NEW = incident('2022-10-15-new-outage', '2022-10-15T15:19+09:00', {
  added: '2024-03-01',
  operators: ['kakao'],
  factors: [cause('battery-fire'), cause('battery-fire', { role: 'aggravating' })],
})
const OTHER = incident('2020-01-02-other-outage', '2020-01-02', { added: '2024-03-01', operators: ['acme'] })
const WORLD = collections({
  incidents: [OTHER, OLD, NEW],
  entities: [entity('kakao'), entity('talk', { parent: 'kakao', kind: 'service' }), entity('acme')],
  factors: [factor('battery-fire', { name: text('배터리 화재', 'Battery fire') }), factor('unused')],
})
const files = [...feedFiles(dataContext(WORLD, 'https://o.example'))]
const text_ = (path: string) => {
  const f = files.find((x): x is Extract<DataFile, { content: string }> => x.path === path && 'content' in x)
  if (!f) throw new Error(`no file ${path}`)
  return f.content
}
const json = (path: string) => JSON.parse(text_(path))

describe('which incidents a feed holds', () => {
  it('newest change first: updated, then added, then the later start', () => {
    expect(newestFirst([OTHER, OLD, NEW]).map((i) => i.id)).toEqual([
      '2012-04-28-old-outage',
      '2022-10-15-new-outage',
      '2020-01-02-other-outage',
    ])
  })

  it('a factor’s once per incident; an entity’s with everything under it', () => {
    const { byFactor, byEntity } = feedIndexes(WORLD.incidents, WORLD.entities)
    expect(byFactor.get('battery-fire')?.map((i) => i.id)).toEqual(['2012-04-28-old-outage', '2022-10-15-new-outage'])
    expect(byEntity.get('kakao')?.map((i) => i.id)).toEqual(['2012-04-28-old-outage', '2022-10-15-new-outage'])
    expect(byEntity.get('talk')?.map((i) => i.id)).toEqual(['2012-04-28-old-outage'])
    expect(byEntity.get('acme')?.map((i) => i.id)).toEqual(['2020-01-02-other-outage'])
  })

  it('writes Atom and JSON Feed for the record, every factor and every entity, in both languages', () => {
    const scopes = [
      { kind: 'all' as const },
      ...['battery-fire', 'unused'].map((id) => ({ kind: 'factor' as const, id })),
      ...['kakao', 'talk', 'acme'].map((id) => ({ kind: 'entity' as const, id })),
    ]
    const expected = (['ko', 'en'] as const).flatMap((lang) =>
      scopes.flatMap((s) => (['atom', 'json'] as const).map((f) => feedPath(s, lang, f).slice(1))),
    )
    expect(files.map((f) => f.path).sort()).toEqual(expected.sort())
    expect(feedPath({ kind: 'entity', id: 'kakao' }, 'en', 'atom')).toBe('/feeds/en/entities/kakao.xml')
  })

  it(`holds at most ${FEED_LIMIT} entries`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
      incident(`2020-01-${String((i % 28) + 1).padStart(2, '0')}-n${i}`, '2020-01-01'),
    )
    const big = [...feedFiles(dataContext(collections({ incidents: many }), 'https://o.example'))]
    const feed = big.find((f) => f.path === 'feeds/incidents.json')
    expect(feed && 'content' in feed ? JSON.parse(feed.content).items.length : 0).toBe(FEED_LIMIT)
  })
})

describe('Atom (RFC 4287)', () => {
  const atom = text_('feeds/en/incidents.xml')
  const entries = [...atom.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? '')
  const head = atom.slice(0, atom.indexOf('<entry>'))

  it('the feed has one id, title, updated, self link, alternate link and author', () => {
    for (const tag of ['id', 'title', 'updated', 'author'])
      expect(head.match(new RegExp(`<${tag}[ >]`, 'g'))?.length).toBe(1)
    expect(head).toContain(
      '<link rel="self" type="application/atom+xml" href="https://o.example/feeds/en/incidents.xml"/>',
    )
    expect(head).toContain('<link rel="alternate" type="text/html" href="https://o.example/en/"/>')
    expect(head).toContain('<updated>2024-06-01T00:00:00+09:00</updated>')
    expect(
      atom.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
      ),
    ).toBe(true)
  })

  it('each entry has a unique id, a title, an updated date and a link to its page; dates are RFC 3339', () => {
    const ids = entries.map((e) => /<id>(.*?)<\/id>/.exec(e)?.[1])
    expect(ids).toEqual([
      'https://o.example/en/incidents/2012-04-28-old-outage/',
      'https://o.example/en/incidents/2022-10-15-new-outage/',
      'https://o.example/en/incidents/2020-01-02-other-outage/',
    ])
    for (const e of entries) {
      expect(e).toMatch(/<title type="text">[^<]+<\/title>/)
      expect(e).toMatch(/<updated>\d{4}-\d{2}-\d{2}T00:00:00\+09:00<\/updated>/)
      expect(e).toMatch(/<published>\d{4}-\d{2}-\d{2}T00:00:00\+09:00<\/published>/)
      expect(e).toMatch(
        /<link rel="alternate" type="text\/html" href="https:\/\/o\.example\/en\/incidents\/[^"]+\/"\/>/,
      )
    }
    expect(entries[0]).toContain('<published>2024-01-01T00:00:00+09:00</published>')
    expect(entries[0]).toContain('<updated>2024-06-01T00:00:00+09:00</updated>')
  })

  it('escapes text: markup in a title is text, never markup', () => {
    expect(entries[0]).toContain('<title type="text">Old outage &amp; &lt;b&gt;</title>')
    expect(atom).not.toContain('<b>')
    expect(xml('a\u0000b\u000Bc & "d"')).toBe('abc &amp; &quot;d&quot;')
  })

  it('files a factor’s incidents under it', () => {
    const f = text_('feeds/factors/battery-fire.xml')
    expect(f).toContain('<title type="text">배터리 화재 — 장애 연대기</title>')
    expect(f).toContain('<category term="battery-fire" label="배터리 화재"/>')
    expect(f.match(/<entry>/g)?.length).toBe(2)
  })

  it('an empty feed is still valid: it is updated when the record last changed', () => {
    const f = text_('feeds/en/factors/unused.xml')
    expect(f).not.toContain('<entry>')
    expect(f).toContain('<updated>2024-06-01T00:00:00+09:00</updated>')
  })
})

describe('JSON Feed 1.1', () => {
  const feed = json('feeds/entities/kakao.json')

  it('has the version, title, absolute home and feed addresses, language and authors', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'kakao — 장애 연대기',
      home_page_url: 'https://o.example/entities/kakao/',
      feed_url: 'https://o.example/feeds/entities/kakao.json',
      language: 'ko',
      authors: [{ name: '장애 연대기', url: 'https://o.example/' }],
    })
  })

  it('each item has a unique string id, its page, content, and RFC 3339 dates', () => {
    const ids = feed.items.map((i: { id: string }) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string')
      expect(item.url).toBe(item.id)
      expect(item.content_html).toMatch(/^<p>/)
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+09:00$/)
      expect(item.date_modified).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+09:00$/)
      expect(item.image).toMatch(/^https:\/\/o\.example\/share\/.+\.png$/)
    }
    expect(feed.items[0].content_html).toBe(
      '<p>summary 2012-04-28-old-outage</p><p>시작: 2012년 4월 28일 (토) 12:00 · 심각도: 보통</p>',
    )
  })

  it('reads days as Korean days', () => {
    expect(dayInstant('2024-06-01')).toBe('2024-06-01T00:00:00+09:00')
    expect(() => dayInstant('2024-6-1')).toThrow(/not a day/)
  })
})
