import { type Lang, t } from '@/lib/i18n/lang'
import { SeverityBadge } from '@/components/severity-badge'
import { SEVERITY_LABEL } from '@/lib/i18n/labels'
import { tmsg } from '@/lib/timeline/messages'
import { lengthText, linkHref } from '@/lib/timeline/text'
import type { IncidentItem } from '@/lib/timeline/timeline'

/** An incident at its start: its title, severity and how long it lasted. */
export function EntryIncident({ item, lang }: { item: IncidentItem; lang: Lang }) {
  const duration = lengthText(item.length, lang)
  return (
    <>
      <p className="entry-title">
        <a href={linkHref(item.link, lang)}>{t(item.incident.name, lang)}</a>
      </p>
      <p className="entry-meta">
        <SeverityBadge severity={item.severity} label={SEVERITY_LABEL[item.severity][lang]} />{' '}
        <span>
          {tmsg('duration', lang)}: {duration === '—' ? tmsg('durationUnknown', lang) : duration}
        </span>
      </p>
    </>
  )
}
