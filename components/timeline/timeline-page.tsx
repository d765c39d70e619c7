import './timeline.css'
import './filters.css'
import type { Lang } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import { byYear, type Timeline } from '@/lib/timeline/timeline'
import { filterOptions } from '@/lib/timeline/options'
import { LaneLegend } from './lane-legend'
import { TimelineFilters } from './timeline-filters'
import { YearIndex } from './year-index'
import { YearSection } from './year-section'

/** The cross-linked timeline: the whole of it as server HTML, with the filters (an island) on top. */
export function TimelinePage({ timeline, lang }: { timeline: Timeline; lang: Lang }) {
  const groups = byYear(timeline.items)
  const opts = filterOptions(timeline, lang)
  return (
    <div className="timeline-page" data-island="timeline-filters" data-lang={lang}>
      <h1>{tmsg('timelineTitle', lang)}</h1>
      <p className="summary">{tmsg('timelineIntro', lang)}</p>
      <p className="timeline-rule">{tmsg('keyEventsRule', lang)}</p>
      <LaneLegend lang={lang} />
      <TimelineFilters lang={lang} options={opts.options} total={timeline.items.length} />
      <YearIndex years={groups.map((g) => g.year)} lang={lang} />
      <div className="timeline">
        {groups.map((g) => (
          <YearSection key={g.year} year={g.year} items={g.items} lang={lang} />
        ))}
      </div>
    </div>
  )
}
