import './reference.css'
import { type Lang, policyPath, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { POLICY_KIND_LABEL, POLICY_STATUS_LABEL } from '@/lib/i18n/labels'
import type { PolicySummary } from '@/lib/reference/policies'
import { MomentTime } from './moment-time'
import { RefSection } from './ref-section'

/** Every policy, by its first dated step, with its kind and where it stands. */
export function PolicyIndex({ policies, lang }: { policies: readonly PolicySummary[]; lang: Lang }) {
  return (
    <article className="reference">
      <h1>{rmsg('policiesTitle', lang)}</h1>
      <p className="ref-intro">{rmsg('policiesIntro', lang)}</p>
      <RefSection id="policies" title={`${rmsg('policyList', lang)} (${policies.length})`}>
        <ul className="ref-cards">
          {policies.map((p) => (
            <li key={p.id}>
              <h3>
                <a href={policyPath(p.id, lang)}>{t(p.name, lang)}</a>
              </h3>
              <p className="ref-meta">
                {p.first && <MomentTime moment={p.first} lang={lang} />}
                <span>{POLICY_KIND_LABEL[p.kind][lang]}</span>
                <span>
                  {rmsg('status', lang)}: {POLICY_STATUS_LABEL[p.status][lang]}
                </span>
              </p>
            </li>
          ))}
        </ul>
      </RefSection>
    </article>
  )
}
