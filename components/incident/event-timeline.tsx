import { Alternatives } from '@/components/alternatives'
import { Citations } from '@/components/citations'
import type { IncidentView } from '@/lib/content/source'
import { type Lang, t } from '@/lib/i18n/lang'
import { EVENT_KIND_LABEL } from '@/lib/i18n/labels'
import { msg } from '@/lib/i18n/messages'
import { toMoment } from '@/lib/time/moment'
import { formatMoment, formatOffset } from '@/lib/time/format'

/** The events in time order, each with its offset from the start and its sources. */
export function EventTimeline({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <ol className="event-timeline">
      {view.events.map(({ event, moment, index }) => (
        <li key={index} id={`event-${index + 1}`} className={`event event-${event.kind}`}>
          <time dateTime={moment.instant.toISOString()}>{formatMoment(moment, lang)}</time>
          {moment.precision !== 'day' && moment.precision !== 'month' && (
            <span className="offset">{formatOffset(view.start.instant, moment.instant)}</span>
          )}
          <span className="kind">{EVENT_KIND_LABEL[event.kind][lang]}</span>
          <p>
            {t(event.text, lang)}
            {event.unverified && <span className="flag"> ({msg('unverified', lang)})</span>}
            <Citations ids={event.sources} numbers={view.citeNumber} />
          </p>
          <Alternatives
            lang={lang}
            numbers={view.citeNumber}
            items={event.alternatives.map((alt) => ({ value: formatMoment(toMoment(alt), lang), note: alt.note && t(alt.note, lang), sources: alt.sources }))}
          />
        </li>
      ))}
    </ol>
  )
}
