import type { Lang } from '@/lib/i18n/lang'
import { laneName } from '@/lib/timeline/messages'
import { yearAnchor } from '@/lib/timeline/options'
import { LANES, type TimelineItem } from '@/lib/timeline/timeline'
import { TimelineEntry } from './timeline-entry'

/** One year: its heading, the lane heads (wide screens), and its items in time order. */
export function YearSection({ year, items, lang }: { year: number; items: readonly TimelineItem[]; lang: Lang }) {
  const id = yearAnchor(year)
  return (
    <section id={id} className="timeline-year" data-timeline-year={year} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{year}</h2>
      <div className="lane-heads" aria-hidden="true">
        {LANES.map((lane) => (
          <span key={lane} className={`lane-${lane}`}>
            {laneName(lane, lang)}
          </span>
        ))}
      </div>
      <ol className="timeline-items">
        {items.map((item) => (
          <TimelineEntry key={item.key} item={item} lang={lang} />
        ))}
      </ol>
    </section>
  )
}
