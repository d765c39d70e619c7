import { Alternatives } from '@/components/alternatives'
import { Citations } from '@/components/citations'
import type { IncidentView } from '@/lib/content/source'
import { eventsByPeriod } from '@/lib/incidents/days'
import { type Lang, t } from '@/lib/i18n/lang'
import { EVENT_KIND_LABEL } from '@/lib/i18n/labels'
import { msg } from '@/lib/i18n/messages'
import { toMoment } from '@/lib/time/moment'
import { formatClock, formatMoment, formatOffset, formatPeriod, hasClockTime } from '@/lib/time/format'

/**
 * The events minute by minute, grouped by day (KST), each with its offset from the start and its
 * sources. An event known only to the day sits after its day's timed events, marked "시각 미상";
 * one known only to the month sits under that month. No heading or clock time is made up.
 */
export function EventTimeline({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <div className="event-timeline">
      {eventsByPeriod(view.events).map(({ key, precision, events }) => (
        <section key={key} className={`event-day period-${precision}`} aria-labelledby={`day-${key}`}>
          <h3 id={`day-${key}`}>
            <time dateTime={key}>{formatPeriod(toMoment({ at: key }), lang)}</time>
          </h3>
          <ol>
            {events.map(({ event, moment, index }) => (
              <li key={index} id={`event-${index + 1}`} className={`event event-${event.kind}`}>
                <div className="event-when">
                  <time dateTime={moment.at} className={hasClockTime(moment) ? undefined : 'time-unknown'}>
                    {formatClock(moment, lang)}
                  </time>
                  {moment.precision === 'minute' && (
                    <span className="offset">{formatOffset(view.start.instant, moment.instant)}</span>
                  )}
                  <span className="kind">{EVENT_KIND_LABEL[event.kind][lang]}</span>
                  <a
                    className="permalink"
                    href={`#event-${index + 1}`}
                    aria-label={lang === 'ko' ? `사건 ${index + 1} 고유 링크` : `Permalink to event ${index + 1}`}
                  >
                    #
                  </a>
                </div>
                <p>
                  {t(event.text, lang)}
                  {event.unverified && <span className="flag"> ({msg('unverified', lang)})</span>}
                  <Citations ids={event.sources} cites={view.cites} />
                </p>
                <Alternatives
                  lang={lang}
                  cites={view.cites}
                  items={event.alternatives.map((alt) => ({
                    value: formatMoment(toMoment(alt), lang),
                    note: alt.note && t(alt.note, lang),
                    sources: alt.sources,
                  }))}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
