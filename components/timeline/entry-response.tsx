import { type Lang, policyPath, t } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import { linkHref } from '@/lib/timeline/text'
import type { ResponseItem } from '@/lib/timeline/timeline'

/** A response to an incident: who did what, then the incident (linked to the response) and its policy. */
export function EntryResponse({ item, lang }: { item: ResponseItem; lang: Lang }) {
  return (
    <>
      <p>
        <span className="entry-kind">{t(item.actor.name, lang)}</span> {t(item.text, lang)}
      </p>
      <p className="entry-context">
        {tmsg('ofIncident', lang)}: <a href={linkHref(item.link, lang)}>{t(item.incident.name, lang)}</a>
        {item.policy && (
          <>
            {' '}
            · <a href={policyPath(item.policy.id, lang)}>{t(item.policy.name, lang)}</a>
          </>
        )}
      </p>
    </>
  )
}
