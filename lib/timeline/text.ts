/** Small language-dependent pieces shared by the timeline and the index: lengths and links. */
import { incidentPath, type Lang, policyPath } from '../i18n/lang'
import type { RecordedLength } from '../incidents/lengths'
import { formatLength } from '../time/format'
import type { TimelineLink } from './timeline'

/** How long, by formatLength (a range where an end is known only to the hour, day or month); "—" when unknown. */
export function lengthText(length: RecordedLength | undefined, lang: Lang): string {
  return length ? formatLength(length.shown, lang) : '—'
}

/** The address an item links to, in a language. */
export function linkHref(link: TimelineLink, lang: Lang): string {
  if (link.page === 'policy') return policyPath(link.id, lang)
  const path = incidentPath(link.id, lang)
  return link.hash ? `${path}#${link.hash}` : path
}
