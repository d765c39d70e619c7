import './timeline.css'
import './filters.css'
import type { Lang } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import { byYear, type Timeline, type TimelineItem } from '@/lib/timeline/timeline'
import { sectionPath } from '@/lib/i18n/lang'
import { type Paging, pagedPath } from '@/lib/pagination'
import { Pager } from '../pager'
import { filterOptions } from '@/lib/timeline/options'
import { LaneLegend } from './lane-legend'
import { TimeAxis } from './time-axis'
import { TimelineFilters } from './timeline-filters'
import { YearIndex } from './year-index'
import { YearSection } from './year-section'

/** One page of the timeline: its items, the page each year begins on, and where the page stands. */
export interface TimelinePageOf {
  items: readonly TimelineItem[]
  yearPage: ReadonlyMap<number, number>
  paging: Paging
}

/** The cross-linked timeline as server HTML, with the filters on top: the whole of it, or one page when it is long. */
export function TimelinePage({ timeline, page, lang }: { timeline: Timeline; page: TimelinePageOf; lang: Lang }) {
  const groups = byYear(page.items)
  const opts = filterOptions(timeline, lang)
  const base = sectionPath('timeline', lang)
  const yearHref = (year: number) => {
    const on = page.yearPage.get(year) ?? page.paging.page
    return on === page.paging.page ? '' : pagedPath(base, on)
  }
  return (
    <div className="timeline-page" data-island="timeline-filters" data-lang={lang}>
      <h1>{tmsg('timelineTitle', lang)}</h1>
      <p className="summary">{tmsg('timelineIntro', lang)}</p>
      <p className="timeline-rule">{tmsg('keyEventsRule', lang)}</p>
      <LaneLegend lang={lang} />
      <TimeAxis lang={lang} followFilters />
      <TimelineFilters lang={lang} options={opts.options} total={page.items.length} paged={page.paging.pages > 1} />
      <YearIndex years={[...page.yearPage.keys()]} href={yearHref} lang={lang} />
      <div className="timeline">
        {groups.map((g) => (
          <YearSection key={g.year} year={g.year} items={g.items} lang={lang} />
        ))}
      </div>
      <Pager base={base} page={page.paging.page} pages={page.paging.pages} lang={lang} />
    </div>
  )
}
