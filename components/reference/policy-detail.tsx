import './reference.css'
import { entityPath, type Lang, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { POLICY_KIND_LABEL, POLICY_STATUS_LABEL } from '@/lib/i18n/labels'
import type { PolicyPage } from '@/lib/reference/policies'
import { Aliases } from './aliases'
import { IncidentLinks } from './incident-links'
import { NamedLinks } from './named-links'
import { PolicyResponseList } from './policy-response-list'
import { PolicyStepList } from './policy-step-list'
import { ProvisionList } from './provision-list'
import { RefSection } from './ref-section'
import { SourceRefs } from './source-refs'

/** One policy: what it is, its dated steps, what prompted it, who runs it, and what it provides. */
export function PolicyDetail({ page, lang }: { page: PolicyPage; lang: Lang }) {
  const p = page.policy
  return (
    <article className="reference">
      <h1>{t(p.name, lang)}</h1>
      <Aliases aliases={p.aliases} lang={lang} />
      <dl className="ref-facts">
        <div>
          <dt>{rmsg('kind', lang)}</dt>
          <dd>{POLICY_KIND_LABEL[p.kind][lang]}</dd>
        </div>
        <div>
          <dt>{rmsg('status', lang)}</dt>
          <dd>{POLICY_STATUS_LABEL[p.status][lang]}</dd>
        </div>
      </dl>
      <RefSection id="summary" title={rmsg('summary', lang)}>
        <p>{t(p.summary, lang)}</p>
        <p>
          <SourceRefs refs={page.sources} lang={lang} />
        </p>
      </RefSection>
      <RefSection id="steps" title={rmsg('steps', lang)}>
        <PolicyStepList steps={page.steps} lang={lang} />
      </RefSection>
      <RefSection id="prompted" title={rmsg('prompted', lang)} show={page.prompted.length > 0}>
        <IncidentLinks items={page.prompted} lang={lang} />
      </RefSection>
      <RefSection id="bodies" title={rmsg('bodies', lang)} show={page.bodies.length > 0}>
        <NamedLinks items={page.bodies} href={entityPath} lang={lang} />
      </RefSection>
      <RefSection id="provisions" title={rmsg('provisions', lang)} show={page.provisions.length > 0}>
        <ProvisionList provisions={page.provisions} lang={lang} />
      </RefSection>
      <RefSection id="responses" title={rmsg('respondingIncidents', lang)} show={page.responding.length > 0}>
        <PolicyResponseList responding={page.responding} lang={lang} />
      </RefSection>
    </article>
  )
}
