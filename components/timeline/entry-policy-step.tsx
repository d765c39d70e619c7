import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import { POLICY_STEP_LABEL } from '@/lib/i18n/labels'
import { linkHref } from '@/lib/timeline/text'
import type { PolicyStepItem } from '@/lib/timeline/timeline'

/** A dated step of a policy, with the incidents behind it. */
export function EntryPolicyStep({ item, lang }: { item: PolicyStepItem; lang: Lang }) {
  return (
    <>
      <p>
        <span className="entry-kind">{POLICY_STEP_LABEL[item.step][lang]}</span>{' '}
        <a href={linkHref(item.link, lang)}>{t(item.policy.name, lang)}</a>
      </p>
      {item.note && <p className="entry-note">{t(item.note, lang)}</p>}
      {item.incidents.length > 0 && (
        <p className="entry-context">
          {tmsg('prompted', lang)}:{' '}
          {item.incidents.map((inc, i) => (
            <span key={inc.id}>
              {i > 0 && ', '}
              <a href={incidentPath(inc.id, lang)}>{t(inc.name, lang)}</a>
            </span>
          ))}
        </p>
      )}
    </>
  )
}
