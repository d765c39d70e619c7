import { type Lang, t } from '@/lib/i18n/lang'
import { EVENT_KIND_LABEL } from '@/lib/i18n/labels'
import { tmsg } from '@/lib/timeline/messages'
import { linkHref } from '@/lib/timeline/text'
import type { EventItem } from '@/lib/timeline/timeline'

/** A key event of an incident: what happened, then the incident, linked to the event's place on its page. */
export function EntryEvent({ item, lang }: { item: EventItem; lang: Lang }) {
  return (
    <>
      <p>
        <span className="entry-kind">
          {item.finalRecovery ? tmsg('finalRecovery', lang) : EVENT_KIND_LABEL[item.eventKind][lang]}
        </span>{' '}
        {t(item.text, lang)}
      </p>
      <p className="entry-context">
        {tmsg('ofIncident', lang)}: <a href={linkHref(item.link, lang)}>{t(item.incident.name, lang)}</a>
      </p>
    </>
  )
}
