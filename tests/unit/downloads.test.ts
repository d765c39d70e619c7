/** The downloads (lib/data-docs/, lib/export/download-files.ts): CSV, JSON Schemas, the catalogue; every data file against its schema. */
import { describe, expect, it } from 'vitest'
import { DATA_DOCS } from '@/lib/data-docs/catalog'
import { CSV_TABLES } from '@/lib/data-docs/csv-tables'
import { fieldRows, obj, schemaDocument, str } from '@/lib/data-docs/schema'
import { DATA_FILE_KINDS } from '@/lib/export/data-files'
import { csv, csvCell } from '@/lib/export/csv'
import { dataContext } from '@/lib/export/files'
import { hasSchema, schemaProblems } from '../helpers/schemas'
import {
  cause,
  collections,
  entity,
  event,
  factor,
  figure,
  incident,
  policy,
  response,
  source,
  step,
  text,
  timeAlt,
  valueAlt,
} from './fixtures/records'

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"/></svg>'
const FIRE = incident('2022-10-15-x-fire', '2022-10-15T15:19+09:00', {
  title: text('판교 "화재", 카카오', 'Pangyo "fire", Kakao'),
  end: { ...event('2022-10-20T23:00+09:00'), type: 'Moment', approximate: true },
  facility: 'dc',
  operators: ['kakao'],
  services: ['talk'],
  added: '2024-01-01',
  updated: '2024-03-02',
  sources: ['s1', 's2'],
  events: [
    event('2022-10-15T15:19+09:00', {
      kind: 'trigger',
      services: ['talk'],
      sources: ['s1'],
      alternatives: [timeAlt('2022-10-15T15:20+09:00', { note: text('신고', 'report'), sources: ['s2'] })],
    }),
    event('2022-10-16', { text: text('=SUM(A1) 줄\n바꿈', '+cmd'), sources: ['s2'] }),
  ],
  figures: [
    figure('servers', {
      measure: 'servers',
      value: 32000,
      unit: 'count',
      sources: ['s1'],
      alternatives: [valueAlt(30000, { note: text('다른 집계', 'another count'), sources: ['s2'] })],
    }),
    figure('length', { measure: 'duration', value: 127, unit: 'hours', lengthOf: 'incident', sources: ['s1'] }),
  ],
  factors: [cause('battery-fire', { sources: ['s1'] })],
  responses: [response('2022-10-16', 'gov', { policy: 'policy-act', sources: ['s2'] })],
})
const WORLD = collections({
  incidents: [FIRE, incident('2012-04-28-old-outage', '2012-04', { operators: ['kakao'] })],
  entities: [
    entity('kakao'),
    entity('talk', { kind: 'service', parent: 'kakao' }),
    entity('dc', { kind: 'facility' }),
    entity('gov', { kind: 'government' }),
  ],
  factors: [factor('battery-fire')],
  policies: [policy('policy-act', { prompted: ['2022-10-15-x-fire'], steps: [step('passed', '2023-01')] })],
  sources: [
    source('s1', { title: '기사', url: 'https://news.example/1', date: '2022-10-16' }),
    source('s2', { kind: 'blog', reliability: 'low' }),
  ],
})
const ctx = dataContext(WORLD, 'https://o.example', '', { icon: ICON })
const files = DATA_FILE_KINDS.flatMap((k) => [...k.files(ctx)])
const text_ = (path: string) => {
  const f = files.find((x) => x.path === path)
  if (!f || !('content' in f)) throw new Error(`no text file ${path}`)
  return f.content
}

describe('every data file', () => {
  it('has an entry in the catalogue, and every JSON file validates against its schema', () => {
    const problems = files.flatMap((f) =>
      'content' in f ? schemaProblems(f.path, f.content) : schemaProblems(f.path, ''),
    )
    expect(problems).toEqual([])
    const json = files.filter((f) => /\.(json|webmanifest)$/.test(f.path) && !f.path.endsWith('.schema.json'))
    expect(json.length).toBeGreaterThan(30)
    for (const f of json) expect(hasSchema(f.path), f.path).toBe(true)
  })

  it('fails the check with an undocumented field, naming the file and the field', () => {
    const bad = JSON.parse(text_('data/incidents.json'))
    bad.incidents[0]._raw = {}
    expect(schemaProblems('data/incidents.json', JSON.stringify(bad)).join('\n')).toMatch(
      /data\/incidents\.json: \/incidents\/0 must NOT have additional properties .*"additionalProperty":"_raw"/,
    )
    expect(schemaProblems('data/unknown.json', '{}')).toEqual(['data/unknown.json: no entry in the data catalogue'])
  })

  it('carries its format and version where the format is ours', () => {
    for (const path of ['data/incidents.json', 'data/timeline.json', 'data/catalog.json']) {
      const data = JSON.parse(text_(path))
      expect(data.$schema, path).toMatch(/^https:\/\/o\.example\/data\/[a-z]+\.schema\.json$/)
      expect(data.format, path).toMatch(/^outage-chronicle\//)
      expect(Number.isInteger(data.version), path).toBe(true)
    }
  })
})

describe('JSON Schemas', () => {
  it('one per kind of JSON file, 2020-12, with its address and no undocumented field allowed', () => {
    const schemas = files.filter((f) => f.path.endsWith('.schema.json')).map((f) => f.path)
    expect(schemas.sort()).toEqual(DATA_DOCS.flatMap((d) => (d.schema ? [d.schema.path.slice(1)] : [])).sort())
    const s = JSON.parse(text_('data/incidents.schema.json'))
    expect(s).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://o.example/data/incidents.schema.json',
      type: 'object',
      additionalProperties: false,
    })
  })

  it('come with a table of fields, from the same description', () => {
    const node = obj(
      { ko: '루트', en: 'Root' },
      { a: obj({ ko: 'A', en: 'A' }, { b: str({ ko: 'B', en: 'B' }) }, { optional: [] }) },
      { optional: ['a'] },
    )
    expect(fieldRows(node).map((r) => [r.name, r.type, r.optional])).toEqual([
      ['a', 'object', true],
      ['a.b', 'string', false],
    ])
    expect(schemaDocument(node, 'https://x/s.json', 'T')).toMatchObject({
      required: [],
      properties: { a: { required: ['b'] } },
    })
  })
})

describe('CSV', () => {
  it('quotes what needs quoting, joins lists, and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(['a', 'b'])).toBe('a;b')
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(csvCell('+1 2')).toBe("'+1 2")
    expect(csvCell('-x')).toBe("'-x")
    expect(csvCell('-5')).toBe('-5')
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(undefined)).toBe('')
    expect(csv(['a'], [['x']])).toBe('\uFEFFa\r\nx\r\n')
  })

  it('incidents.csv: a header of the documented columns, one row per incident, earliest first', () => {
    const lines = text_('data/incidents.csv').slice(1).split('\r\n')
    const incidents = CSV_TABLES.find((t) => t.id === 'incidents-csv')
    expect(lines[0]).toBe(incidents?.columns.map((c) => c.name).join(','))
    expect(lines[1]?.startsWith('2012-04-28-old-outage,')).toBe(true)
    expect(lines[2]).toContain(
      '2022-10-15-x-fire,"판교 ""화재"", 카카오","Pangyo ""fire"", Kakao",2022-10-15T15:19+09:00,minute,false',
    )
    expect(lines[2]).toContain(',dc,kakao,talk,battery-fire,s1;s2,2024-01-01,2024-03-02,/incidents/2022-10-15-x-fire/,')
    expect(lines[2]).toContain(',2022-10-20T23:00+09:00,minute,true,7620,7620,length,')
  })

  it('events.csv and figures.csv keep every value: the main one and each other source’s', () => {
    const events = text_('data/events.csv').split('\r\n')
    expect(events[1]).toMatch(/^2022-10-15-x-fire,1,main,,2022-10-15T15:19\+09:00,minute,false,trigger,/)
    expect(events[2]).toMatch(
      /^2022-10-15-x-fire,1,alternative,1,2022-10-15T15:20\+09:00,minute,false,trigger,.*,신고,report,,false,s2$/,
    )
    expect(events[3]).toContain(`,"'=SUM(A1) 줄\n바꿈",'+cmd,`)
    const figures = text_('data/figures.csv').split('\r\n')
    expect(figures[1]).toMatch(/^2022-10-15-x-fire,servers,main,,servers,.*,32000,count,false,/)
    expect(figures[2]).toMatch(
      /^2022-10-15-x-fire,servers,alternative,1,servers,.*,30000,count,false,,,다른 집계,another count,false,s2$/,
    )
    expect(figures[3]).toMatch(/^2022-10-15-x-fire,length,main,,duration,.*,127,hours,false,,incident,/)
  })

  it('the factor and source tables', () => {
    expect(text_('data/incident-factors.csv').split('\r\n')[1]).toMatch(/^2022-10-15-x-fire,battery-fire,contributing,/)
    expect(text_('data/factors.csv').split('\r\n')[1]).toMatch(/^battery-fire,.*,1$/)
    const sources = text_('data/sources.csv').split('\r\n')
    expect(sources[1]).toMatch(
      /^s1,news,.*,2022-10-16,false,기사,.*,https:\/\/news\.example\/1,standard,.*,2022-10-15-x-fire$/,
    )
    expect(sources[2]).toMatch(/^s2,blog,.*,low,/)
  })
})

describe('the catalogue', () => {
  it('lists every kind of download with its files, schema and fields, and the licences', () => {
    const c = JSON.parse(text_('data/catalog.json'))
    expect(c.licenses).toMatchObject({
      data: 'https://creativecommons.org/licenses/by/4.0/',
      code: 'https://opensource.org/license/mit',
    })
    expect(c.files.map((f: { id: string }) => f.id)).toEqual(DATA_DOCS.map((d) => d.id))
    const events = c.files.find((f: { id: string }) => f.id === 'events-csv')
    expect(events.files).toEqual(['https://o.example/data/events.csv'])
    expect(events.fields.map((f: { name: string }) => f.name)).toContain('value_kind')
    const timeline = c.files.find((f: { id: string }) => f.id === 'timeline-json')
    expect(timeline.schema).toBe('https://o.example/data/timeline.schema.json')
    expect(timeline.fields.map((f: { name: string }) => f.name)).toContain('items[].when')
  })
})
