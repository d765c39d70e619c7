/**
 * `out/data/timelinejs/<incident-id>.json` and `all.json` (Korean) and `out/data/timelinejs/en/…`
 * (English): our timeline in Knight Lab TimelineJS's JSON format, built from the timeline export
 * (timeline-json.ts). Pure and framework-free.
 *
 * Dates: TimelineJS orders slides by start_date and has no way to say "sometime that day". So a
 * time known to the minute gives its KST wall-clock fields as written, and a time known only to the
 * hour, day or month is placed at the last minute of that hour, day or month (the one time order of
 * the site: compareMoments in lib/time/moment.ts), so TimelineJS never shows it before a timed
 * event of its period.
 * Those fields only place the slide: TimelineJS shows `display_date` instead, which says the time
 * with its precision ("2022년 10월 15일 (토) 중", "sometime in April 2012") and never a clock time
 * the record does not give. The precision itself is in our own export (timeline-json.ts).
 * Every text is escaped: TimelineJS renders `text` as HTML.
 */
import { escapeHtml } from '../html/escape'
import type { Lang } from '../schema/vocabulary'
import { emsg } from '../embed/messages'
import { laneName } from '../timeline/messages'
import { kstFields } from '../time/format'
import { toMoment, intervalOf } from '../time/moment'
import type { TimelineExport, TimelineExportItem } from './timeline-json'

export interface TimelineJsDate {
  year: number
  month?: number
  day?: number
  hour?: number
  minute?: number
  display_date?: string
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate
  text: { headline: string; text: string }
  group?: string
  unique_id: string
}

export interface TimelineJsFile {
  title: TimelineJsSlide
  events: TimelineJsSlide[]
}

/** The site-relative address of a TimelineJS file: one incident's, or the whole record's (`id` undefined). */
export function timelineJsPath(id: string | undefined, lang: Lang): string {
  return `/data/timelinejs/${lang === 'en' ? 'en/' : ''}${id ?? 'all'}.json`
}

/**
 * Where TimelineJS places a content time, in KST fields: the time itself when known to the minute,
 * else the last minute of its hour, day or month; `display_date` says it as the reader should read it.
 */
export function timelineJsDate(item: Pick<TimelineExportItem, 'at' | 'precision'>, display?: string): TimelineJsDate {
  const moment = toMoment({ at: item.at, precision: item.precision })
  const date: TimelineJsDate = kstFields(intervalOf(moment).latest)
  if (display !== undefined) date.display_date = display
  return date
}

/** The TimelineJS file of a timeline export in one language; links are made absolute with `origin`. */
export function buildTimelineJs(
  data: TimelineExport,
  lang: Lang,
  origin: string,
  title: { headline: string; text: string },
): TimelineJsFile {
  return {
    title: { text: { headline: escapeHtml(title.headline), text: escapeHtml(title.text) }, unique_id: 'title' },
    events: data.items.map((item) => ({
      start_date: timelineJsDate(item, item.when[lang]),
      text: {
        headline: escapeHtml(item.text[lang]),
        text: `<p>${escapeHtml(item.label[lang])}</p><p><a href="${escapeHtml(origin + item.url[lang])}" target="_blank" rel="noopener">${escapeHtml(emsg('fullRecord', lang))}</a></p>`,
      },
      group: laneName(item.lane, lang),
      unique_id: item.key,
    })),
  }
}
