/** Pagination of the lists that grow with the record: pages, their addresses, the pager, the timeline's pages. */
import { describe, expect, it } from 'vitest'
import {
  groupedPages,
  pageCount,
  pagedPath,
  pageFromParam,
  pageOf,
  pageParam,
  pageParams,
  pagerNumbers,
} from '@/lib/pagination'
import { stripIncidents } from '@/lib/analysis/home'
import { timelinePages } from '@/lib/timeline/pages'
import { buildTimeline } from '@/lib/timeline/timeline'
import { incident } from './fixtures/records'
import { FIXTURE } from './timeline-fixture'

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('pages of a list', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [10_000, 200],
  ])('%i items make %i page(s) of 50', (total, pages) => {
    expect(pageCount(total, 50)).toBe(pages)
  })

  it('cut the list in order; there is no page 0 or past the last', () => {
    expect(pageOf(list(5), 2, 2)).toEqual({ page: 2, pages: 3, items: [3, 4] })
    expect(pageOf(list(5), 3, 2)?.items).toEqual([5])
    expect(pageOf([], 1, 2)).toEqual({ page: 1, pages: 1, items: [] })
    expect(pageOf(list(5), 0, 2)).toBeUndefined()
    expect(pageOf(list(5), 4, 2)).toBeUndefined()
  })

  it.each([
    [undefined, 1],
    [[], 1],
    [['2'], 2],
    [['1'], undefined],
    [['02'], undefined],
    [['2', '3'], undefined],
    [['x'], undefined],
    [['-1'], undefined],
  ])('the route segment %j is page %s', (segments, page) => {
    expect(pageParam(segments)).toBe(page)
  })

  it('have one address each: the list itself, then <list>k/', () => {
    expect(pagedPath('/entities/kakao/', 1)).toBe('/entities/kakao/')
    expect(pagedPath('/en/entities/kakao/', 3)).toBe('/en/entities/kakao/3/')
    expect(pageParams(3)).toEqual([{ page: [] }, { page: ['2'] }, { page: ['3'] }])
  })

  it('say where a page stands in the whole list', () => {
    expect(pageFromParam(list(120), ['3'], 50)).toEqual({
      items: list(120).slice(100),
      paging: { page: 3, pages: 3, total: 120 },
    })
    expect(pageFromParam(list(120), ['4'], 50)).toBeUndefined()
  })
})

describe('the pager', () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 20, [1, 2, 3, undefined, 20]],
    [10, 20, [1, undefined, 8, 9, 10, 11, 12, undefined, 20]],
    [20, 20, [1, undefined, 18, 19, 20]],
    [4, 20, [1, 2, 3, 4, 5, 6, undefined, 20]],
  ])('on page %i of %i shows %j', (page, pages, numbers) => {
    expect(pagerNumbers(page, pages)).toEqual(numbers)
  })
})

describe('grouped pages', () => {
  it('keep whole groups together while they fit, and split a group longer than a page', () => {
    expect(groupedPages([[1, 2], [3], [4, 5, 6]], 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ])
    expect(groupedPages([[1], [2, 3, 4, 5, 6, 7, 8]], 3)).toEqual([[1], [2, 3, 4], [5, 6, 7], [8]])
    expect(groupedPages([], 3)).toEqual([[]])
  })

  it('put the whole timeline of a small record on one page, and say where each year begins', () => {
    const items = buildTimeline(FIXTURE).items
    const one = timelinePages(items, 200)
    expect(one.pages).toEqual([items])
    expect([...one.yearPage.values()].every((p) => p === 1)).toBe(true)
    const small = timelinePages(items, 3)
    expect(small.pages.flat()).toEqual(items)
    expect(small.pages.every((p) => p.length <= 3)).toBe(true)
    for (const [year, page] of small.yearPage) {
      expect(small.pages[page - 1]?.some((i) => i.year === year)).toBe(true)
      expect(small.pages.slice(0, page - 1).some((p) => p.some((i) => i.year === year))).toBe(false)
    }
  })
})

describe('charts that show part of a growing list', () => {
  const inc = (id: string, start: string, severity: 'minor' | 'moderate' | 'major' | 'critical') =>
    incident(id, start, { severity })
  const all = [
    inc('2020-01-01-a', '2020-01-01', 'minor'),
    inc('2021-01-01-b', '2021-01-01', 'critical'),
    inc('2022-01-01-c', '2022-01-01', 'major'),
    inc('2023-01-01-d', '2023-01-01', 'critical'),
    inc('2024-01-01-e', '2024-01-01', 'major'),
  ]
  it('the strip shows every incident up to its limit, then the most severe (the later first), in order', () => {
    expect(stripIncidents(all, 5)).toBe(all)
    expect(stripIncidents(all, 3).map((i) => i.id)).toEqual(['2021-01-01-b', '2023-01-01-d', '2024-01-01-e'])
  })
})
