/**
 * `out/data/timelinejs/<incident-id>.json` and `all.json` (Korean) and `out/data/timelinejs/en/…`
 * (English): our timeline in Knight Lab TimelineJS's JSON format, built from the timeline export
 * (timeline-json.ts). Pure and framework-free.
 *
 * Dates are the KST wall-clock fields as written in content (TimelineJS shows the fields it is
 * given), only as fine as the time's precision: an item known only to the day has no hour or
 * minute, one known only to the month no day. `display_date` carries our own KST wording, with the
 * precision said ("2022년 10월 15일 (토) 중", "sometime in April 2012"). Events are in the one time
 * order of the site (a day-only item after its day's timed ones). TimelineJS itself re-sorts
 * slides by start_date and so shows a day-only item at the start of its day; giving it an
 * invented 23:59 to prevent that would state a time no source gives, so the file does not.
 * Every text is escaped: TimelineJS renders `text` as HTML.
 */
import { escapeHtml } from '../html/escape'
import type { Lang } from '../schema/vocabulary'
import { emsg } from '../embed/messages'
import { laneName } from '../timeline/messages'
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

const AT = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?/

/** The KST fields of a content time, as fine as its precision. */
export function timelineJsDate(item: Pick<TimelineExportItem, 'at' | 'precision'>, display?: string): TimelineJsDate {
  const m = AT.exec(item.at)
  if (!m) throw new Error(`not a content time: ${item.at}`)
  const n = (i: number) => Number(m[i] ?? 0)
  const date: TimelineJsDate = { year: n(1), month: n(2) }
  if (item.precision !== 'month') date.day = n(3)
  if (item.precision === 'hour' || item.precision === 'minute') date.hour = n(4)
  if (item.precision === 'minute') date.minute = n(5)
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
