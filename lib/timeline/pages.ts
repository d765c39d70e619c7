/**
 * The timeline cut into pages (lib/pagination.ts): whole years where they fit, a year longer than
 * a page over several. The real record fits one page. Pure.
 */
import { groupedPages } from '../pagination'
import { byYear, type TimelineItem } from './timeline'

export interface TimelinePages {
  pages: TimelineItem[][]
  /** The page (1-based) on which each year begins. */
  yearPage: ReadonlyMap<number, number>
}

export function timelinePages(items: readonly TimelineItem[], perPage: number): TimelinePages {
  const pages = groupedPages(
    byYear(items).map((g) => g.items),
    perPage,
  )
  const yearPage = new Map<number, number>()
  pages.forEach((list, i) => {
    for (const item of list) if (!yearPage.has(item.year)) yearPage.set(item.year, i + 1)
  })
  return { pages, yearPage }
}
