/** The embed's pure parts: the timeline exports (golden files), TimelineJS, oEmbed, options and snippets. */
import { describe, expect, it } from 'vitest'
import { emsg } from '@/lib/embed/messages'
import type { Lang } from '@/lib/schema/vocabulary'
import { buildIncidentTimelineExport, buildTimelineExport, prepareTimelineExport } from '@/lib/export/timeline-json'
import { buildTimelineJs, type TimelineJsDate, timelineJsDate, timelineJsPath } from '@/lib/export/timelinejs'
import { escapeHtml } from '@/lib/html/escape'
import { buildOEmbed, oembedPath } from '@/lib/embed/oembed'
import { checkAgainstData, embedPath, itemMatches, parseEmbedOptions, serializeEmbedOptions } from '@/lib/embed/options'
import { iframeSnippet, scriptSnippet } from '@/lib/embed/snippets'
import { FIXTURE } from './timeline-fixture'

const ORIGIN = 'https://outage.example'
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`

describe('timeline.json (golden files)', () => {
  it('the whole record is as recorded', async () => {
    await expect(json(buildTimelineExport(FIXTURE))).toMatchFileSnapshot('../golden/embed-timeline-all.json')
  })
  it('one incident is as recorded: every event, its responses and its policy steps', async () => {
    const data = buildIncidentTimelineExport(FIXTURE, '2020-01-02-acme-outage')
    await expect(json(data)).toMatchFileSnapshot('../golden/embed-timeline-acme.json')
    expect(data?.items.filter((i) => i.kind === 'event')).toHaveLength(5)
    expect(data?.items.map((i) => i.key)).toContain('step-policy-acme-act-1')
    expect(data?.items.map((i) => i.key)).not.toContain('incident-2021-05-06-beta-outage')
  })
  it('is in time order, and unknown incidents have no file', () => {
    const items = buildTimelineExport(FIXTURE).items
    const times = items.map((i) => i.year)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(buildIncidentTimelineExport(FIXTURE, 'nope')).toBeUndefined()
  })
  it('is the same built from the derived data prepared once', () => {
    const base = prepareTimelineExport(FIXTURE)
    expect(buildTimelineExport(base)).toEqual(buildTimelineExport(FIXTURE))
    for (const { id } of FIXTURE.incidents) {
      expect(buildIncidentTimelineExport(base, id)).toEqual(buildIncidentTimelineExport(FIXTURE, id))
    }
  })
})

describe('TimelineJS files (golden files)', () => {
  const titled = (lang: Lang, headline: string) => ({ headline, text: emsg('attribution', lang) })
  it('all.json and one incident, in Korean and English, are as recorded', async () => {
    const all = buildTimelineJs(buildTimelineExport(FIXTURE), 'ko', ORIGIN, titled('ko', emsg('allRecord', 'ko')))
    await expect(json(all)).toMatchFileSnapshot('../golden/timelinejs-all-ko.json')
    const acme = buildIncidentTimelineExport(FIXTURE, '2020-01-02-acme-outage')
    if (!acme) throw new Error('the fixture has no Acme outage')
    const acmeJs = buildTimelineJs(acme, 'en', ORIGIN, titled('en', 'Acme outage'))
    await expect(json(acmeJs)).toMatchFileSnapshot('../golden/timelinejs-acme-en.json')
  })
  it.each([
    { at: '2020-02', precision: 'month' as const, date: { year: 2020, month: 2, day: 29, hour: 23, minute: 59 } },
    { at: '2020-03-04', precision: 'day' as const, date: { year: 2020, month: 3, day: 4, hour: 23, minute: 59 } },
    {
      at: '2020-03-04T05:00+09:00',
      precision: 'hour' as const,
      date: { year: 2020, month: 3, day: 4, hour: 5, minute: 59 },
    },
    {
      at: '2022-10-15T15:19+09:00',
      precision: 'minute' as const,
      date: { year: 2022, month: 10, day: 15, hour: 15, minute: 19 },
    },
  ])(
    'places a $precision time where TimelineJS orders it after the timed items of its period',
    ({ at, precision, date }) => {
      expect(timelineJsDate({ at, precision })).toEqual(date)
    },
  )

  it('says each time with its precision in display_date, the only date TimelineJS shows', () => {
    const ko = buildTimelineJs(buildTimelineExport(FIXTURE), 'ko', ORIGIN, titled('ko', emsg('allRecord', 'ko')))
    const shown = ko.events.map((e) => e.start_date?.display_date)
    expect(shown).toContain('2020년 1월 2일 (목) 중')
    expect(shown).toContain('2020년 1월 중')
    for (const text of shown) expect(text ?? '').not.toMatch(/23:59/)
  })

  it('keeps the one time order when TimelineJS sorts the slides by start_date itself', () => {
    const events = buildTimelineJs(buildTimelineExport(FIXTURE), 'en', ORIGIN, titled('en', 'all')).events
    const when = (d: TimelineJsDate | undefined) =>
      d ? Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0) : 0
    // TimelineJS: a stable sort by the start date (TL.DateUtil.sortByDate).
    const resorted = [...events].sort((a, b) => when(a.start_date) - when(b.start_date))
    expect(resorted.map((e) => e.unique_id)).toEqual(events.map((e) => e.unique_id))
  })
  it('escapes text', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    )
  })
  it('names a file per incident and all.json, in each language', () => {
    expect(timelineJsPath('x', 'ko')).toBe('/data/timelinejs/x.json')
    expect(timelineJsPath(undefined, 'ko')).toBe('/data/timelinejs/all.json')
    expect(timelineJsPath(undefined, 'en')).toBe('/data/timelinejs/en/all.json')
  })
})

describe('embed options', () => {
  const parse = (q: string) => parseEmbedOptions(new URLSearchParams(q))
  it('reads valid options and leaves defaults out of the query', () => {
    const { options, rejected } = parse(
      'incident=2022-10-15-pangyo-datacenter-fire&lang=en&theme=dark&height=400&compact=1&from=2022&to=2018&utm_source=x',
    )
    expect(rejected).toEqual([])
    expect(options).toEqual({
      incident: '2022-10-15-pangyo-datacenter-fire',
      lang: 'en',
      theme: 'dark',
      height: 400,
      compact: true,
      view: 'list',
      from: 2018,
      to: 2022,
    })
    expect(serializeEmbedOptions(options)).toBe(
      'incident=2022-10-15-pangyo-datacenter-fire&from=2018&to=2022&lang=en&theme=dark&height=400&compact=1',
    )
    expect(embedPath({ lang: 'ko', theme: 'auto', compact: false })).toBe('/embed/timeline/')
  })
  it.each([
    ['incident=<script>alert(1)</script>', 'incident'],
    ['incident=javascript:alert(1)', 'incident'],
    ['entity=javascript:alert(1)', 'entity'],
    ['factor=%22onload%3D%22x', 'factor'],
    ['height=99999999999999999999', 'height'],
    ['height=1e3', 'height'],
    ['height=50', 'height'],
    ['from=20222', 'from'],
    ['to=1800', 'to'],
    ['lang=fr', 'lang'],
    ['theme=url(javascript:x)', 'theme'],
    ['compact=yes', 'compact'],
    ['lang=ko&lang=en', 'lang'],
    ['view=timeline', 'view'],
    ['view=AXIS', 'view'],
    ['view=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'view'],
    ['view=axis&view=list', 'view'],
  ])('rejects %s', (q, key) => {
    const { rejected } = parse(q)
    expect(rejected.map((r) => r.key)).toEqual([key])
  })
  it.each([
    ['', 'list', ''],
    ['view=list', 'list', ''],
    ['view=axis', 'axis', 'view=axis'],
    [
      'view=axis&incident=2022-10-15-pangyo-datacenter-fire',
      'axis',
      'incident=2022-10-15-pangyo-datacenter-fire&view=axis',
    ],
    ['view=nope&lang=en', 'list', 'lang=en'],
  ])('view of %j: %s, written back as %j', (q, view, written) => {
    const { options } = parse(q)
    expect(options.view).toBe(view)
    expect(serializeEmbedOptions(options)).toBe(written)
  })
  it('shortens rejected values', () => {
    expect(parse(`entity=${'a'.repeat(200)}`).rejected[0]?.value).toHaveLength(41)
  })
  it('checks filter ids against the data and filters items', () => {
    const data = buildTimelineExport(FIXTURE)
    const { options } = parse('factor=traffic-surge&entity=nobody')
    expect(checkAgainstData(options, data)).toEqual([{ key: 'entity', value: 'nobody' }])
    const only = parse('factor=traffic-surge').options
    expect(data.items.filter((i) => itemMatches(i, only)).map((i) => i.key)).toEqual([
      'incident-2021-05-06-beta-outage',
    ])
  })
})

describe('oEmbed and snippets', () => {
  it('builds a rich oEmbed response with an escaped iframe', () => {
    const o = buildOEmbed('2020-01-02-acme-outage', 'Acme "outage" <b>', 'en', ORIGIN)
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${ORIGIN}/en/`, width: 600, height: 480 })
    expect(o.html).toBe(
      '<iframe src="https://outage.example/embed/timeline/?incident=2020-01-02-acme-outage&amp;lang=en&amp;height=480" title="Acme &quot;outage&quot; &lt;b&gt;" width="600" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>',
    )
    expect(oembedPath('x', 'ko')).toBe('/oembed/x.json')
    expect(oembedPath(undefined, 'en')).toBe('/oembed/en/timeline.json')
  })
  it('builds both snippets', () => {
    const { options } = parseEmbedOptions(new URLSearchParams('incident=2022-10-15-pangyo-datacenter-fire&compact=1'))
    expect(scriptSnippet(ORIGIN, options)).toBe(
      '<div data-outage-timeline data-incident="2022-10-15-pangyo-datacenter-fire" data-compact="1"></div>\n<script src="https://outage.example/embed.js" async></script>',
    )
    expect(iframeSnippet(ORIGIN, options)).toContain(
      'src="https://outage.example/embed/timeline/?incident=2022-10-15-pangyo-datacenter-fire&amp;compact=1"',
    )
  })
  it('carry the axis view as view=axis and data-view="axis"', () => {
    const { options } = parseEmbedOptions(new URLSearchParams('incident=2022-10-15-pangyo-datacenter-fire&view=axis'))
    expect(scriptSnippet(ORIGIN, options)).toBe(
      '<div data-outage-timeline data-incident="2022-10-15-pangyo-datacenter-fire" data-view="axis"></div>\n<script src="https://outage.example/embed.js" async></script>',
    )
    expect(iframeSnippet(ORIGIN, options)).toContain(
      'src="https://outage.example/embed/timeline/?incident=2022-10-15-pangyo-datacenter-fire&amp;view=axis"',
    )
  })
})
