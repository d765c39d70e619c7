/** The one way query strings are read: the readers, and the four pages that keep state in their address agreeing. */
import { describe, expect, it } from 'vitest'
import { parseEmbedOptions } from '@/lib/embed/options'
import { parseSearchParams } from '@/lib/search/params'
import { parseTimelineFilters } from '@/lib/timeline/filters'
import { parseIndexQuery } from '@/lib/timeline/index-state'
import {
  flag,
  id,
  incidentId,
  inOrder,
  integer,
  LIMITS,
  oneOf,
  queryString,
  type Reader,
  type Rejected,
  readQuery,
  text,
  year,
} from '@/lib/url-state'

describe('readers', () => {
  it.each<{ name: string; read: Reader<unknown>; value: string; out: unknown }>([
    { name: 'text kept', read: text, value: '판교 화재', out: '판교 화재' },
    { name: 'text cut', read: text, value: 'x'.repeat(LIMITS.text + 5), out: 'x'.repeat(LIMITS.text) },
    { name: 'oneOf known', read: oneOf(['ko', 'en']), value: 'en', out: 'en' },
    { name: 'oneOf unknown', read: oneOf(['ko', 'en']), value: 'EN', out: undefined },
    { name: 'oneOf never an own property', read: oneOf(['ko']), value: '__proto__', out: undefined },
    { name: 'id', read: id, value: 'single-site-concentration', out: 'single-site-concentration' },
    { name: 'id upper case', read: id, value: 'Kakao', out: undefined },
    { name: 'id double hyphen', read: id, value: 'a--b', out: undefined },
    { name: 'id markup', read: id, value: '<script>', out: undefined },
    { name: 'id too long', read: id, value: 'a'.repeat(LIMITS.id + 1), out: undefined },
    { name: 'incident id', read: incidentId, value: '2022-10-15-pangyo', out: '2022-10-15-pangyo' },
    { name: 'incident id without date', read: incidentId, value: 'pangyo', out: undefined },
    { name: 'integer', read: integer(120, 4000), value: '400', out: 400 },
    { name: 'integer below', read: integer(120, 4000), value: '119', out: undefined },
    { name: 'integer signed', read: integer(120, 4000), value: '+400', out: undefined },
    { name: 'integer huge', read: integer(120, 4000), value: '9'.repeat(30), out: undefined },
    { name: 'year in range', read: year(), value: '2022', out: 2022 },
    { name: 'year before the window', read: year(), value: '1989', out: undefined },
    { name: 'year after the window', read: year(), value: '2036', out: undefined },
    { name: 'year not four digits', read: year(), value: '022', out: undefined },
    { name: 'year with a letter', read: year(), value: '2O22', out: undefined },
    { name: 'year known', read: year([2018, 2022]), value: '2018', out: 2018 },
    { name: 'year unknown to the page', read: year([2018, 2022]), value: '2020', out: undefined },
    { name: 'flag on', read: flag, value: '1', out: true },
    { name: 'flag off', read: flag, value: '0', out: false },
    { name: 'flag other', read: flag, value: 'yes', out: undefined },
  ])('$name', ({ read, value, out }) => {
    expect(read(value)).toEqual(out)
  })
})

describe('readQuery', () => {
  const readers = { a: oneOf(['x', 'y']), n: integer(1, 9) }
  it.each<{ query: string; values: object; rejected: Rejected[] }>([
    { query: '', values: {}, rejected: [] },
    { query: 'a=x&n=3', values: { a: 'x', n: 3 }, rejected: [] },
    { query: 'other=1&utm_source=z', values: {}, rejected: [] },
    { query: 'a=&n=', values: {}, rejected: [] },
    { query: 'a=z', values: {}, rejected: [{ key: 'a', value: 'z' }] },
    { query: 'a=x&a=y', values: { a: 'x' }, rejected: [{ key: 'a', value: 'y' }] },
    {
      query: 'a=z&a=x',
      values: {},
      rejected: [
        { key: 'a', value: 'z' },
        { key: 'a', value: 'x' },
      ],
    },
    { query: `a=${'q'.repeat(100)}`, values: {}, rejected: [{ key: 'a', value: `${'q'.repeat(LIMITS.shown)}…` }] },
    { query: 'constructor=x&__proto__=y', values: {}, rejected: [] },
  ])('?$query', ({ query, values, rejected }) => {
    expect(readQuery<{ a?: string; n?: number }>(new URLSearchParams(query), readers)).toEqual({ values, rejected })
  })

  it('puts a from/to pair in order and writes a stable query string', () => {
    expect(inOrder({ from: 2022, to: 2018 })).toEqual({ from: 2018, to: 2022 })
    expect(inOrder({ from: 2018 })).toEqual({ from: 2018 })
    expect(
      queryString([
        ['b', 2],
        ['a', undefined],
        ['c', ''],
        ['d', 'x y'],
      ]),
    ).toBe('b=2&d=x+y')
  })
})

/** The four parsers, each asked the same question; `key` is a key each of them reads as a year or an id. */
const PAGES = [
  {
    page: 'timeline filters',
    year: 'from',
    id: 'factor',
    text: undefined,
    read: (q: string) =>
      parseTimelineFilters(new URLSearchParams(q), {
        years: [2018, 2022],
        factors: ['fire'],
        entities: [],
        services: [],
      }).rejected,
  },
  {
    page: 'incident index',
    year: 'year',
    id: 'factor',
    text: 'q',
    read: (q: string) => parseIndexQuery(new URLSearchParams(q), { years: [2018, 2022], factors: ['fire'] }).rejected,
  },
  {
    page: 'search',
    year: 'year',
    id: 'factor',
    text: 'q',
    read: (q: string) => parseSearchParams(new URLSearchParams(q), { years: [2018, 2022], factors: ['fire'] }).rejected,
  },
  {
    page: 'embed',
    year: 'from',
    id: 'factor',
    text: undefined,
    read: (q: string) => parseEmbedOptions(new URLSearchParams(q)).rejected,
  },
]

describe.each(PAGES)('$page reads its address by the same rules', ({ year: y, id: i, text: t, read }) => {
  it('leaves unknown keys alone and takes an empty value as the default', () => {
    expect(read(`utm_source=x&${y}=&${i}=`)).toEqual([])
  })
  it('accepts a good year and id', () => {
    expect(read(`${y}=2022&${i}=fire`)).toEqual([])
  })
  it.each(['1989', '2036', '22', '2O22', '2022.0', ' 2022'])('rejects the year %j', (bad) => {
    expect(read(`${y}=${encodeURIComponent(bad)}`)).toEqual([{ key: y, value: bad }])
  })
  it.each(['<script>alert(1)</script>', '__proto__', 'Fire', 'a'.repeat(101)])('rejects the id %j', (bad) => {
    expect(read(`${i}=${encodeURIComponent(bad)}`).map((r) => r.key)).toEqual([i])
  })
  it('rejects a second value for a key', () => {
    expect(read(`${i}=fire&${i}=fire`)).toEqual([{ key: i, value: 'fire' }])
  })
  it('reports a rejected value cut to the same length', () => {
    expect(read(`${i}=${'x'.repeat(300)}`)).toEqual([{ key: i, value: `${'x'.repeat(LIMITS.shown)}…` }])
  })
  if (t !== undefined)
    it('cuts free text to the same length and never rejects it', () => {
      expect(read(`${t}=${'가'.repeat(500)}`)).toEqual([])
    })
})
