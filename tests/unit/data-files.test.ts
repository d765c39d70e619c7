/** The data files the build writes after `next build` (lib/export/data-files.ts, scripts/data-writer.ts). */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_FILE_KINDS } from '@/lib/export/data-files'
import { type DataFileKind, dataContext, isSafePath } from '@/lib/export/files'
import { buildIncidentsExport } from '@/lib/export/incidents-json'
import { siteCard } from '@/lib/share/card'
import { buildIncidentTimelineExport, buildTimelineExport } from '@/lib/export/timeline-json'
import { writeDataFiles } from '../../scripts/data-writer'
import { collections, entity, event, factor, incident, policy, response, source, step, text } from './fixtures/records'

const ORIGIN = 'https://outage.example'
const WORLD = collections({
  incidents: [
    incident('2021-05-06-beta-outage', '2021-05-06', {
      title: text('베타 장애', 'Beta outage'),
      operators: ['beta'],
      events: [event('2021-05-06', { kind: 'impact' })],
    }),
    incident('2020-01-02-acme-outage', '2020-01-02T10:00+09:00', {
      title: text('에이크미 장애', 'Acme outage'),
      operators: ['acme'],
      sources: ['paper-2020'],
      events: [
        event('2020-01-02T10:00+09:00', { kind: 'trigger', sources: ['paper-2020'] }),
        event('2020-01-02T12:00+09:00'),
      ],
      factors: [],
      responses: [response('2020-01-03', 'acme', { policy: 'policy-acme-act' })],
    }),
  ],
  sources: [source('paper-2020', { date: '2020-01-02' })],
  entities: [entity('acme'), entity('beta')],
  factors: [factor('network-fault')],
  policies: [policy('policy-acme-act', { prompted: ['2020-01-02-acme-outage'], steps: [step('passed', '2021-01')] })],
})
const ctx = dataContext(WORLD, ORIGIN)
const all = DATA_FILE_KINDS.flatMap((kind) => [...kind.files(ctx)].map((f) => ({ kind: kind.name, ...f })))
const files = all.flatMap((f) => ('content' in f ? [f] : []))
const fileAt = (path: string): unknown => {
  const file = files.find((f) => f.path === path)
  if (!file) throw new Error(`no data file ${path}`)
  return JSON.parse(file.content)
}

describe('the data files of a record', () => {
  it('are every export of every incident, in both languages, each path once', () => {
    // Feeds, citations and the site's files have tests of their own (feeds, cite, site-files).
    const exports = all.filter((f) => !['downloads', 'feeds', 'cite', 'site'].includes(f.kind))
    const ids = ['2021-05-06-beta-outage', '2020-01-02-acme-outage']
    const each = (pattern: (id: string) => string) => ids.map(pattern)
    expect(exports.map((f) => f.path).sort()).toEqual(
      [
        'data/incidents.json',
        'data/axis/ko.json',
        'data/axis/en.json',
        ...each((id) => `data/axis/ko/${id}.json`),
        ...each((id) => `data/axis/en/${id}.json`),
        'data/axis/ko.sources.json',
        'data/axis/en.sources.json',
        'data/timeline.json',
        ...each((id) => `data/timeline/${id}.json`),
        'data/timelinejs/all.json',
        'data/timelinejs/en/all.json',
        ...each((id) => `data/timelinejs/${id}.json`),
        ...each((id) => `data/timelinejs/en/${id}.json`),
        'oembed/timeline.json',
        'oembed/en/timeline.json',
        ...each((id) => `oembed/${id}.json`),
        ...each((id) => `oembed/en/${id}.json`),
        'share/site.png',
        'share/en/site.png',
        ...each((id) => `share/${id}.png`),
        ...each((id) => `share/en/${id}.png`),
      ].sort(),
    )
    expect(all.every((f) => isSafePath(f.path))).toBe(true)
  })

  it('keep the axis’s sources apart: no axis file holds any, the sources file holds every mark’s by key', () => {
    const axis = files.filter((f) => /^data\/axis\/(?:ko|en)(?:\/[^/]+)?\.json$/.test(f.path))
    expect(axis.length).toBe(6)
    for (const f of axis) expect(f.content).not.toContain('"sources"')
    const ko = fileAt('data/axis/ko.sources.json')
    expect(ko).toMatchObject({ format: 'outage-chronicle/axis-sources', version: 1, lang: 'ko' })
    const sources: unknown = typeof ko === 'object' && ko !== null && 'sources' in ko ? ko.sources : undefined
    const keys = typeof sources === 'object' && sources !== null ? Object.keys(sources) : []
    expect(keys).toContain('incident-2020-01-02-acme-outage')
    // Events are only in the incidents' own files; their sources are here too.
    expect(keys.some((k) => k.startsWith('event-2020-01-02-acme-outage-'))).toBe(true)
  })

  it('hold what the builders return, as compact JSON', () => {
    expect(fileAt('data/incidents.json')).toEqual({
      $schema: `${ORIGIN}/data/incidents.schema.json`,
      format: 'outage-chronicle/incidents',
      version: 2,
      site: `${ORIGIN}/`,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      incidents: buildIncidentsExport(WORLD.incidents),
    })
    const $schema = `${ORIGIN}/data/timeline.schema.json`
    expect(fileAt('data/timeline.json')).toEqual({ $schema, ...buildTimelineExport(WORLD) })
    expect(fileAt('data/timeline/2020-01-02-acme-outage.json')).toEqual({
      $schema,
      ...buildIncidentTimelineExport(WORLD, '2020-01-02-acme-outage'),
    })
    const json = files.filter((f) => f.path.endsWith('.json'))
    expect(json.length).toBeGreaterThan(10)
    expect(json.every((f) => f.content === JSON.stringify(JSON.parse(f.content)))).toBe(true)
  })

  it('hold only their documented fields: nothing of the content tool (`_raw`, `_id`, its type names)', () => {
    // The fixture's texts carry `type: 'Localized'` and `_raw`, as contentlayer2's do.
    const leaks = files.filter((f) => /"_raw"|"_id"|"type":"[A-Z]/.test(f.content)).map((f) => f.path)
    expect(leaks).toEqual([])
  })

  it('title the TimelineJS and oEmbed files in the file’s language, with absolute links', () => {
    expect(fileAt('data/timelinejs/en/2020-01-02-acme-outage.json')).toMatchObject({
      title: { text: { headline: 'Acme outage', text: 'Source: Outage Chronicle' } },
    })
    expect(fileAt('data/timelinejs/all.json')).toMatchObject({ title: { text: { headline: '기록된 모든 장애' } } })
    expect(fileAt('oembed/2020-01-02-acme-outage.json')).toMatchObject({
      title: '에이크미 장애',
      provider_url: `${ORIGIN}/`,
    })
    expect(fileAt('oembed/en/timeline.json')).toMatchObject({
      title: 'Every recorded outage',
      provider_url: `${ORIGIN}/en/`,
    })
  })

  it('carry one incident’s own items only: its events, responses and the steps of its policy', () => {
    const keys = (id: string) => buildIncidentTimelineExport(ctx.timeline, id)?.items.map((i) => i.key)
    expect(keys('2020-01-02-acme-outage')).toEqual([
      'incident-2020-01-02-acme-outage',
      'event-2020-01-02-acme-outage-1',
      'event-2020-01-02-acme-outage-2',
      'response-2020-01-02-acme-outage-1',
      'step-policy-acme-act-1',
    ])
    expect(keys('2021-05-06-beta-outage')).toEqual([
      'incident-2021-05-06-beta-outage',
      'event-2021-05-06-beta-outage-1',
    ])
  })
})

describe('the writer', () => {
  const out = () => mkdtempSync(join(tmpdir(), 'oc-data-'))
  const kind = (name: string, paths: string[]): DataFileKind => ({
    name,
    files: () => paths.map((path) => ({ path, content: `{"path":"${path}"}` })),
  })
  const listed = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(dir, join(d.parentPath, d.name)))
      .sort()

  it('writes every file of every kind and reports counts and sizes', async () => {
    const dir = out()
    const many = Array.from({ length: 50 }, (_, i) => `deep/a/${i}.json`)
    const reports = await writeDataFiles([kind('one', ['x.json']), kind('many', many)], ctx, dir)
    expect(listed(dir)).toEqual(['x.json', ...many].sort())
    expect(readFileSync(join(dir, 'deep/a/7.json'), 'utf8')).toBe('{"path":"deep/a/7.json"}')
    expect(reports.map((r) => [r.name, r.files])).toEqual([
      ['one', 1],
      ['many', 50],
    ])
    expect(reports[0]?.bytes).toBe('{"path":"x.json"}'.length)
  })

  it('renders share cards with the card renderer, and stops without one, naming the file', async () => {
    const cards: DataFileKind = {
      name: 'share',
      files: () => [{ path: 'share/x.png', card: siteCard('en', [], 'o.example') }],
    }
    const dir = out()
    const seen: string[] = []
    const reports = await writeDataFiles([cards], ctx, dir, {
      card: async (card) => {
        seen.push(card.title)
        return new Uint8Array([1, 2, 3])
      },
    })
    expect(seen).toEqual(['Outage Chronicle'])
    expect([...readFileSync(join(dir, 'share/x.png'))]).toEqual([1, 2, 3])
    expect(reports[0]?.bytes).toBe(3)
    await expect(writeDataFiles([cards], ctx, out())).rejects.toThrow(
      'data files (share): no card renderer for share/x.png',
    )
    await expect(
      writeDataFiles([cards], ctx, out(), { card: () => Promise.reject(new Error('no glyph for "X"')) }),
    ).rejects.toThrow('data files (share): share/x.png: no glyph for "X"')
  })

  it('stops on a path two kinds share, naming both', async () => {
    await expect(writeDataFiles([kind('first', ['a.json']), kind('second', ['a.json'])], ctx, out())).rejects.toThrow(
      'data files (second): a.json is also written by the kind "first"',
    )
  })

  it.each(['../escape.json', '/etc/x.json', 'a//b.json', 'a/./b.json', '.hidden/x.json', 'a\\b.json', ''])(
    'refuses the path %j',
    async (path) => {
      expect(isSafePath(path)).toBe(false)
      await expect(writeDataFiles([kind('bad', [path])], ctx, out())).rejects.toThrow('data files (bad): unsafe path')
    },
  )
})
