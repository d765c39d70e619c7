/**
 * Pagination of the lists that grow with the record (the timeline, the incident index, the
 * incidents of an entity, the uses of a factor, the records citing a source), so that no page
 * grows without bound. Page 1 is the list's own address; page k (k ≥ 2) is `<address>k/`, plain
 * links, no script. A list short enough for one page is one page, as before. Pure.
 */

/** Items per page: about 1–1.5 KB of HTML each, so a page stays well under 300 KB. */
export const PER_PAGE = {
  /** Timeline items (whole years where they fit). */
  timeline: 200,
  /** Rows of the incident index. */
  index: 200,
  /** Incidents of an entity, uses of a factor, records citing a source. */
  reference: 50,
} as const

/**
 * The most a chart shows of a list that grows with the record (the rest is a click away: the
 * index, the timeline, each factor's page). The real record is below these.
 */
export const SHOWN = {
  /** Dots on the home page's strip: the most severe, then the latest. */
  strip: 150,
  /** Bars of the durations chart: the longest. */
  durations: 50,
  /** Rows of the incident × factor matrix: the latest. */
  matrix: 50,
} as const

/** One page of a list. */
export interface PageOf<T> {
  /** 1-based. */
  page: number
  pages: number
  items: T[]
}

/** The number of pages a list of `total` items takes (at least one, even when empty). */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** Page `page` of a list, or undefined when there is no such page. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): PageOf<T> | undefined {
  const pages = pageCount(items.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined
  return { page, pages, items: items.slice((page - 1) * perPage, page * perPage) }
}

/**
 * A list cut into pages without splitting a group (a year of the timeline) unless the group alone
 * is longer than a page: groups are packed in order while they fit.
 */
export function groupedPages<T>(groups: ReadonlyArray<readonly T[]>, perPage: number): T[][] {
  const pages: T[][] = []
  let current: T[] = []
  for (const group of groups) {
    if (current.length > 0 && current.length + group.length > perPage) {
      pages.push(current)
      current = []
    }
    for (let i = 0; i < group.length; i += perPage) {
      const piece = group.slice(i, i + perPage)
      if (current.length > 0 && current.length + piece.length > perPage) {
        pages.push(current)
        current = []
      }
      current.push(...piece)
    }
  }
  if (current.length > 0 || pages.length === 0) pages.push(current)
  return pages
}

/** The page number an optional catch-all segment stands for: none → 1, ['k'] → k (k ≥ 2); else undefined. */
export function pageParam(segments: readonly string[] | undefined): number | undefined {
  if (segments === undefined || segments.length === 0) return 1
  const [only] = segments
  if (segments.length !== 1 || only === undefined || !/^[1-9]\d{0,5}$/.test(only)) return undefined
  const n = Number(only)
  return n >= 2 ? n : undefined
}

/** The static params of the pages after the first: `{ page: ['2'] }`, … (the first is `{ page: [] }`). */
export function pageParams(pages: number): Array<{ page: string[] }> {
  return Array.from({ length: pages }, (_, i) => ({ page: i === 0 ? [] : [String(i + 1)] }))
}

/** The address of page `page` of a list whose first page is `base` (ending in `/`). */
export function pagedPath(base: string, page: number): string {
  return page <= 1 ? base : `${base}${page}/`
}

/**
 * The page numbers a pager shows: the first, the last, the current one and two on each side;
 * `undefined` marks a gap of two pages or more (a single missing page is shown instead).
 */
export function pagerNumbers(page: number, pages: number): Array<number | undefined> {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  return shown.flatMap((n, i) => {
    const before = shown[i - 1]
    if (before === undefined || n - before === 1) return [n]
    return n - before === 2 ? [n - 1, n] : [undefined, n]
  })
}

/** Where a page stands in its list: what a heading and the pager need. */
export interface Paging {
  page: number
  pages: number
  /** Items in the whole list. */
  total: number
}

/** The page an optional catch-all segment asks for, or undefined when it names no page of the list. */
export function pageFromParam<T>(
  items: readonly T[],
  segments: readonly string[] | undefined,
  perPage: number,
): { items: T[]; paging: Paging } | undefined {
  const n = pageParam(segments)
  const found = n === undefined ? undefined : pageOf(items, n, perPage)
  return found && { items: found.items, paging: { page: found.page, pages: found.pages, total: items.length } }
}
