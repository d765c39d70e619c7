import './reference.css'
import { factorPath, type Lang, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import type { FactorSummary } from '@/lib/reference/factors'
import { RefSection } from './ref-section'
import { RoleCounts } from './role-counts'

/** The factor taxonomy: every factor with its description and how often it appears, by role. */
export function FactorIndex({ factors, lang }: { factors: readonly FactorSummary[]; lang: Lang }) {
  return (
    <article className="reference">
      <h1>{rmsg('factorsTitle', lang)}</h1>
      <p className="ref-intro">{rmsg('factorsIntro', lang)}</p>
      <RefSection id="factors" title={`${rmsg('factorList', lang)} (${factors.length})`}>
        <ul className="ref-cards">
          {factors.map((f) => (
            <li key={f.id} id={f.id}>
              <h3>
                <a href={factorPath(f.id, lang)}>{t(f.name, lang)}</a>
              </h3>
              <p>{t(f.short, lang)}</p>
              <RoleCounts total={f.incidentCount} byRole={f.byRole} lang={lang} />
            </li>
          ))}
        </ul>
      </RefSection>
    </article>
  )
}
