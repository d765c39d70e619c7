import './reference.css'
import { type Lang, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import type { FactorPage } from '@/lib/reference/factors'
import { Aliases } from './aliases'
import { FactorUseList } from './factor-use-list'
import { RefSection } from './ref-section'
import { RoleCounts } from './role-counts'

/** One factor: what it is, what reduces it, and how it played out in every incident. */
export function FactorDetail({ page, lang }: { page: FactorPage; lang: Lang }) {
  const f = page.factor
  return (
    <article className="reference">
      <h1>{t(f.name, lang)}</h1>
      <Aliases aliases={f.aliases} lang={lang} />
      <p className="ref-intro">{t(f.description, lang)}</p>
      <RoleCounts total={page.incidentCount} byRole={page.byRole} lang={lang} />
      <RefSection id="mitigations" title={rmsg('mitigations', lang)}>
        <ul>
          {f.mitigations.map((m, i) => (
            <li key={i}>{t(m, lang)}</li>
          ))}
        </ul>
      </RefSection>
      <RefSection id="incidents" title={`${rmsg('playedOut', lang)} (${page.uses.length})`} show={page.uses.length > 0}>
        <FactorUseList uses={page.uses} lang={lang} />
      </RefSection>
    </article>
  )
}
