import { describe, expect, it } from 'vitest'
import {
  dataAttributes,
  facetsFromData,
  type FilterFacets,
  type KnownIds,
  matches,
  noFilters,
  parseTimelineFilters,
  serializeTimelineFilters,
  type TimelineFilters,
  withFilter,
} from '@/lib/timeline/filters'

const KNOWN: KnownIds = {
  years: [2016, 2017, 2018, 2019, 2020, 2021, 2022],
  factors: ['single-site-concentration', 'network-fault'],
  entities: ['kakao', 'kt'],
  services: ['kakaotalk'],
}
const q = (s: string) => new URLSearchParams(s)

describe('parseTimelineFilters: query values are checked against known ids', () => {
  it.each([
    { query: '', filters: {}, rejected: [] },
    {
      query: 'from=2016&to=2022&factor=single-site-concentration&severity=critical',
      filters: { from: 2016, to: 2022, factor: 'single-site-concentration', severity: 'critical' },
      rejected: [],
    },
    { query: 'entity=kt&service=kakaotalk', filters: { entity: 'kt', service: 'kakaotalk' }, rejected: [] },
    { query: 'from=2022&to=2017', filters: { from: 2017, to: 2022 }, rejected: [] },
    { query: 'factor=&severity=', filters: {}, rejected: [] },
    { query: 'utm_source=x&page=2', filters: {}, rejected: [] },
    {
      query: 'factor=<script>alert(1)</script>&from=99999999999',
      filters: {},
      rejected: [
        { key: 'factor', value: '<script>alert(1)</script>' },
        { key: 'from', value: '99999999999' },
      ],
    },
    {
      query: 'from=2015&to=2023',
      filters: {},
      rejected: [
        { key: 'from', value: '2015' },
        { key: 'to', value: '2023' },
      ],
    },
    {
      query: 'from=20 16&to=2O22',
      filters: {},
      rejected: [
        { key: 'from', value: '20 16' },
        { key: 'to', value: '2O22' },
      ],
    },
    {
      query: 'severity=catastrophic&severity=major',
      filters: {},
      rejected: [
        { key: 'severity', value: 'catastrophic' },
        { key: 'severity', value: 'major' },
      ],
    },
    {
      query: 'factor=network-fault&factor=single-site-concentration',
      filters: { factor: 'network-fault' },
      rejected: [{ key: 'factor', value: 'single-site-concentration' }],
    },
    {
      query: 'entity=kakaotalk&service=kakao',
      filters: {},
      rejected: [
        { key: 'entity', value: 'kakaotalk' },
        { key: 'service', value: 'kakao' },
      ],
    },
    {
      query: 'factor=__proto__&entity=constructor',
      filters: {},
      rejected: [
        { key: 'factor', value: '__proto__' },
        { key: 'entity', value: 'constructor' },
      ],
    },
  ])('?$query', ({ query, filters, rejected }) => {
    expect(parseTimelineFilters(q(query), KNOWN)).toEqual({ filters, rejected })
  })
})

describe('serializeTimelineFilters', () => {
  it.each([
    { filters: {}, query: '' },
    {
      filters: { severity: 'critical', from: 2016, factor: 'single-site-concentration', to: 2022 },
      query: 'from=2016&to=2022&factor=single-site-concentration&severity=critical',
    },
    { filters: { entity: 'kt' }, query: 'entity=kt' },
  ] satisfies Array<{ filters: TimelineFilters; query: string }>)('$query', ({ filters, query }) => {
    expect(serializeTimelineFilters(filters)).toBe(query)
    expect(parseTimelineFilters(q(query), KNOWN).filters).toEqual(filters)
    expect(noFilters(filters)).toBe(query === '')
  })
})

describe('withFilter: one control changed, checked like a query', () => {
  it.each([
    { from: {}, key: 'factor', value: 'network-fault', to: { factor: 'network-fault' } },
    { from: { factor: 'network-fault' }, key: 'factor', value: '', to: {} },
    { from: { to: 2018 }, key: 'from', value: '2021', to: { from: 2018, to: 2021 } },
    { from: { severity: 'major' }, key: 'severity', value: 'nonsense', to: {} },
  ] satisfies Array<{
    from: TimelineFilters
    key: 'factor' | 'from' | 'severity'
    value: string
    to: TimelineFilters
  }>)('$key=$value', ({ from, key, value, to }) => {
    expect(withFilter(from, key, value, KNOWN)).toEqual(to)
  })
})

describe('matches: every filter given must hold', () => {
  const incident: FilterFacets = {
    year: 2022,
    factors: ['single-site-concentration'],
    entities: ['kakao'],
    services: ['kakaotalk'],
    severities: ['critical'],
  }
  const policy: FilterFacets = {
    year: 2023,
    factors: ['single-site-concentration'],
    entities: ['kakao'],
    services: [],
    severities: ['critical', 'major'],
  }
  const orphan: FilterFacets = { year: 2020, factors: [], entities: [], services: [], severities: [] }
  it.each([
    { facets: incident, filters: {}, ok: true },
    { facets: incident, filters: { from: 2022, to: 2022 }, ok: true },
    { facets: incident, filters: { from: 2023 }, ok: false },
    { facets: incident, filters: { to: 2021 }, ok: false },
    { facets: incident, filters: { factor: 'single-site-concentration', severity: 'critical' }, ok: true },
    { facets: incident, filters: { factor: 'single-site-concentration', severity: 'major' }, ok: false },
    { facets: incident, filters: { entity: 'kakao', service: 'kakaotalk' }, ok: true },
    { facets: incident, filters: { entity: 'kt' }, ok: false },
    { facets: policy, filters: { severity: 'major' }, ok: true },
    { facets: policy, filters: { service: 'kakaotalk' }, ok: false },
    { facets: orphan, filters: { severity: 'minor' }, ok: false },
    { facets: orphan, filters: { from: 2016, to: 2022 }, ok: true },
  ] satisfies Array<{ facets: FilterFacets; filters: TimelineFilters; ok: boolean }>)(
    '%#',
    ({ facets, filters, ok }) => {
      expect(matches(facets, filters)).toBe(ok)
    },
  )
})

describe('data- attributes carry the facets to the client and back', () => {
  it.each([
    { year: 2022, factors: ['a', 'b'], entities: ['kakao'], services: ['kakaotalk'], severities: ['critical'] },
    { year: 2019, factors: [], entities: [], services: [], severities: [] },
  ])('year $year', (facets) => {
    const attrs = dataAttributes(facets)
    const dataset = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.replace(/^data-/, ''), v]))
    expect(facetsFromData(dataset)).toEqual(facets)
  })

  it('reads a missing year as NaN, which no year filter matches', () => {
    const facets = facetsFromData({})
    expect(matches(facets, { from: 2016 })).toBe(false)
    expect(matches(facets, {})).toBe(true)
  })
})
