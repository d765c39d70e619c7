import type { Lang } from '@/lib/i18n/lang'
import { laneName } from '@/lib/timeline/messages'
import { dataAttributes } from '@/lib/timeline/filters'
import type { TimelineItem } from '@/lib/timeline/timeline'
import { formatMoment } from '@/lib/time/format'
import { EntryEvent } from './entry-event'
import { EntryIncident } from './entry-incident'
import { EntryPolicyStep } from './entry-policy-step'
import { EntryResponse } from './entry-response'
import { Permalink } from './permalink'

/** One item: its time, lane and permalink, the facets the filters read, and what it says. */
export function TimelineEntry({ item, lang }: { item: TimelineItem; lang: Lang }) {
  return (
    <li
      id={item.key}
      className={`timeline-entry lane-${item.lane} entry-${item.kind}`}
      data-timeline-item=""
      {...dataAttributes(item.facets)}
    >
      <div className="entry-head">
        <time dateTime={item.moment.at}>{formatMoment(item.moment, lang)}</time>
        <span className="entry-lane">{laneName(item.lane, lang)}</span>
        <Permalink id={item.key} lang={lang} />
      </div>
      {item.kind === 'incident' && <EntryIncident item={item} lang={lang} />}
      {item.kind === 'event' && <EntryEvent item={item} lang={lang} />}
      {item.kind === 'policy-step' && <EntryPolicyStep item={item} lang={lang} />}
      {item.kind === 'response' && <EntryResponse item={item} lang={lang} />}
    </li>
  )
}
