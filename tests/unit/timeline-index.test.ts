import { describe, expect, it } from 'vitest'
import { buildIndexRows, indexOptions, localizeRows } from '@/lib/timeline/index-rows'
import {
  DEFAULT_INDEX_STATE,
  filterRows,
  type IndexState,
  nextSort,
  parseIndexQuery,
  rowDataAttributes,
  rowFromData,
  serializeIndexQuery,
  sortRows,
  type SortKey,
} from '@/lib/timeline/index-state'
import { FIXTURE } from './timeline-fixture'

const rows = buildIndexRows(FIXTURE)
const en = localizeRows(rows, 'en')
const ko = localizeRows(rows, 'ko')
const KNOWN = { factors: ['network-fault', 'single-site-concentration', 'traffic-surge'], years: [2020, 2021] }

describe('index rows', () => {
  it('has one row per incident, earliest first, with unique factors', () => {
    expect(rows.map((r) => r.id)).toEqual(['2020-01-02-acme-outage', '2021-05-06-beta-outage'])
    expect(rows[0]?.factors.map((f) => f.id)).toEqual(['single-site-concentration', 'network-fault'])
  })

  it.each([
    {
      lang: 'en',
      list: en,
      row: 0,
      expected: {
        href: '/en/incidents/2020-01-02-acme-outage/',
        title: 'Acme outage',
        date: 'Thu 2 Jan 2020, 10:00 KST',
        duration: '2 h 30 min',
        durationMinutes: 150,
        approximate: false,
        severityLabel: 'Moderate',
        severityRank: 1,
        coverageLabel: 'Full',
        year: 2020,
      },
    },
    {
      lang: 'en',
      list: en,
      row: 1,
      expected: {
        title: 'Beta outage',
        date: 'sometime on Thu 6 May 2021',
        // No end is recorded, but a source states "about 3 hours": the stated length is shown.
        duration: 'about 3 h',
        durationMinutes: 180,
        approximate: true,
        severityRank: 3,
        coverageLabel: 'Sparse',
        year: 2021,
      },
    },
    {
      lang: 'ko',
      list: ko,
      row: 0,
      expected: {
        href: '/incidents/2020-01-02-acme-outage/',
        date: '2020년 1월 2일 (목) 10:00',
        duration: '2시간 30분',
        severityLabel: '보통',
      },
    },
  ])('$lang row $row', ({ list, row, expected }) => {
    expect(list[row]).toMatchObject(expected)
  })

  it('links factors to their pages and searches titles in both languages, aliases, operators and factors', () => {
    expect(en[0]?.factors[0]).toEqual({
      id: 'single-site-concentration',
      label: 'Single-site concentration',
      href: '/en/factors/single-site-concentration/',
    })
    expect(en[1]?.search).toContain('베타 먹통')
    expect(en[0]?.search).toContain('(ko) acme outage')
    expect(en[0]?.search).toContain('network fault')
  })

  it('offers the factors in use, by name, and the years', () => {
    expect(indexOptions(rows, 'en')).toEqual({
      factors: [
        { id: 'network-fault', label: 'Network fault' },
        { id: 'single-site-concentration', label: 'Single-site concentration' },
        { id: 'traffic-surge', label: 'Traffic surge' },
      ],
      years: [2020, 2021],
    })
  })
})

describe('parseIndexQuery and serializeIndexQuery', () => {
  it.each([
    { query: '', state: DEFAULT_INDEX_STATE, rejected: [], back: '' },
    { query: 'sort=duration', state: { q: '', sort: 'duration', dir: 'desc' }, rejected: [], back: 'sort=duration' },
    { query: 'dir=desc', state: { q: '', sort: 'date', dir: 'desc' }, rejected: [], back: 'dir=desc' },
    {
      query: 'sort=duration&dir=asc',
      state: { q: '', sort: 'duration', dir: 'asc' },
      rejected: [],
      back: 'sort=duration&dir=asc',
    },
    {
      query: 'q=%EC%B9%B4%EC%B9%B4%EC%98%A4&factor=network-fault&severity=major&year=2021',
      state: { q: '카카오', factor: 'network-fault', severity: 'major', year: 2021, sort: 'date', dir: 'asc' },
      rejected: [],
      back: 'q=%EC%B9%B4%EC%B9%B4%EC%98%A4&factor=network-fault&severity=major&year=2021',
    },
    {
      query: 'q=<img src=x onerror=alert(1)>',
      state: { q: '<img src=x onerror=alert(1)>', sort: 'date', dir: 'asc' },
      rejected: [],
      back: 'q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E',
    },
    {
      query: 'factor=<script>&year=1999&sort=name&dir=up',
      state: DEFAULT_INDEX_STATE,
      rejected: [
        { key: 'factor', value: '<script>' },
        { key: 'year', value: '1999' },
        { key: 'sort', value: 'name' },
        { key: 'dir', value: 'up' },
      ],
      back: '',
    },
    {
      query: `q=${'x'.repeat(250)}`,
      state: { q: 'x'.repeat(200), sort: 'date', dir: 'asc' },
      rejected: [],
      back: `q=${'x'.repeat(200)}`,
    },
  ] satisfies Array<{
    query: string
    state: IndexState
    rejected: Array<{ key: string; value: string }>
    back: string
  }>)('?$query', ({ query, state, rejected, back }) => {
    const parsed = parseIndexQuery(new URLSearchParams(query), KNOWN)
    expect(parsed).toEqual({ state, rejected })
    expect(serializeIndexQuery(parsed.state)).toBe(back)
  })
})

describe('sorting', () => {
  it.each([
    { from: DEFAULT_INDEX_STATE, key: 'date', sort: 'date', dir: 'desc' },
    { from: DEFAULT_INDEX_STATE, key: 'duration', sort: 'duration', dir: 'desc' },
    { from: { ...DEFAULT_INDEX_STATE, sort: 'duration', dir: 'desc' }, key: 'duration', sort: 'duration', dir: 'asc' },
    { from: { ...DEFAULT_INDEX_STATE, sort: 'duration', dir: 'asc' }, key: 'severity', sort: 'severity', dir: 'desc' },
  ] satisfies Array<{ from: IndexState; key: SortKey; sort: SortKey; dir: 'asc' | 'desc' }>)(
    'pressing $key after $from.sort/$from.dir',
    ({ from, key, sort, dir }) => {
      expect(nextSort(from, key)).toMatchObject({ sort, dir })
    },
  )

  const r = (id: string, startMs: number, durationMinutes: number | null, severityRank: number) => ({
    id,
    startMs,
    durationMinutes,
    severityRank,
  })
  const ROWS = [r('a', 1, 60, 0), r('b', 2, null, 3), r('c', 3, 600, 1), r('d', 4, 5, 3), r('e', 5, null, 0)]
  it.each([
    { sort: 'date', dir: 'asc', order: 'abcde' },
    { sort: 'date', dir: 'desc', order: 'edcba' },
    { sort: 'duration', dir: 'desc', order: 'cadbe' },
    { sort: 'duration', dir: 'asc', order: 'dacbe' },
    { sort: 'severity', dir: 'desc', order: 'bdcae' },
    { sort: 'severity', dir: 'asc', order: 'aecbd' },
  ] satisfies Array<{ sort: SortKey; dir: 'asc' | 'desc'; order: string }>)(
    '$sort $dir → $order (unknown durations last)',
    ({ sort, dir, order }) => {
      expect(
        sortRows(ROWS, sort, dir)
          .map((x) => x.id)
          .join(''),
      ).toBe(order)
    },
  )
})

describe('filtering', () => {
  it.each([
    { state: {}, ids: ['2020-01-02-acme-outage', '2021-05-06-beta-outage'] },
    { state: { q: 'ACME' }, ids: ['2020-01-02-acme-outage'] },
    { state: { q: '  beta   outage ' }, ids: ['2021-05-06-beta-outage'] },
    { state: { q: '먹통' }, ids: ['2021-05-06-beta-outage'] },
    { state: { q: 'acme beta' }, ids: [] },
    { state: { factor: 'network-fault' }, ids: ['2020-01-02-acme-outage'] },
    { state: { severity: 'critical' }, ids: ['2021-05-06-beta-outage'] },
    { state: { year: 2020, severity: 'critical' }, ids: [] },
  ] satisfies Array<{ state: Partial<IndexState>; ids: string[] }>)('%#: $state', ({ state, ids }) => {
    expect(filterRows(en, { ...DEFAULT_INDEX_STATE, ...state }).map((x) => x.id)).toEqual(ids)
  })
})

describe('a row in its data- attributes (what the table island sorts and filters by)', () => {
  const dataset = (attrs: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(attrs).map(([k, v]) => [k.slice(5).replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()), v]),
    )

  it.each(en)('$id comes back with what sorting and filtering need', (row) => {
    const back = rowFromData(dataset(rowDataAttributes(row)))
    expect(back).toEqual({
      id: row.id,
      startMs: row.startMs,
      durationMinutes: row.durationMinutes,
      severityRank: row.severityRank,
      severity: row.severity,
      year: row.year,
      search: row.search,
      factors: row.factors.map((f) => ({ id: f.id })),
    })
  })

  it('sorts and filters the same read back as built', () => {
    const back = en.map((r) => rowFromData(dataset(rowDataAttributes(r)))).filter((r) => r !== undefined)
    for (const sort of ['date', 'duration', 'severity'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        expect(sortRows(back, sort, dir).map((r) => r.id)).toEqual(sortRows(en, sort, dir).map((r) => r.id))
      }
    }
    const state = { ...DEFAULT_INDEX_STATE, factor: 'network-fault' }
    expect(filterRows(back, state).map((r) => r.id)).toEqual(filterRows(en, state).map((r) => r.id))
  })

  it.each([
    ['no id', { id: undefined }],
    ['an unknown severity', { severity: 'apocalyptic' }],
    ['a start that is not a number', { startMs: '12abc' }],
    ['a duration that is not a number', { durationMinutes: 'long' }],
    ['no search text', { search: undefined }],
  ])('is undefined for a row with %s', (_name, change) => {
    const base = en[0]
    if (!base) throw new Error('fixture has no rows')
    expect(rowFromData({ ...dataset(rowDataAttributes(base)), ...change })).toBeUndefined()
  })

  it('reads an unknown duration as null', () => {
    const base = en[0]
    if (!base) throw new Error('fixture has no rows')
    expect(rowFromData({ ...dataset(rowDataAttributes(base)), durationMinutes: '' })?.durationMinutes).toBeNull()
  })
})
