import './reference.css'
import { factorPath, type Lang, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import type { FactorPage } from '@/lib/reference/factors'
import type { Paging } from '@/lib/pagination'
import { Pager } from '../pager'
import { Aliases } from './aliases'
import { FactorUseList } from './factor-use-list'
import { RefSection } from './ref-section'
import { RoleCounts } from './role-counts'

/** One factor: what it is, what reduces it, and how it played out in every incident (one page of them). */
export function FactorDetail({ page, paging, lang }: { page: FactorPage; paging: Paging; lang: Lang }) {
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
      <RefSection id="incidents" title={`${rmsg('playedOut', lang)} (${paging.total})`} show={paging.total > 0}>
        <FactorUseList uses={page.uses} lang={lang} />
        <Pager base={factorPath(page.id, lang)} page={paging.page} pages={paging.pages} lang={lang} />
      </RefSection>
    </article>
  )
}
