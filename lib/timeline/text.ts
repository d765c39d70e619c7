/** Small language-dependent pieces shared by the timeline and the index: durations and links. */
import { incidentPath, type Lang, policyPath } from '../i18n/lang'
import { approximately } from './messages'
import { formatDuration } from '../time/format'
import { type Moment, spanOf } from '../time/moment'
import type { TimelineLink } from './timeline'

/** How long from start to end, by formatDuration; "—" when the end is unknown; marked when approximate. */
export function durationText(start: Moment, end: Moment | undefined, lang: Lang): string {
  const span = spanOf(start, end)
  if (!span || !end) return '—'
  const text = formatDuration(start.instant, end.instant, lang)
  return span.approximate ? approximately(text, lang) : text
}

/** The address an item links to, in a language. */
export function linkHref(link: TimelineLink, lang: Lang): string {
  if (link.page === 'policy') return policyPath(link.id, lang)
  const path = incidentPath(link.id, lang)
  return link.hash ? `${path}#${link.hash}` : path
}
