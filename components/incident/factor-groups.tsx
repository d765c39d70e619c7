import { Citations } from '@/components/citations'
import type { IncidentView } from '@/lib/content/source'
import { factorPath, type Lang, t } from '@/lib/i18n/lang'
import { EVIDENCE_LABEL, ROLE_LABEL } from '@/lib/i18n/labels'
import { msg } from '@/lib/i18n/messages'

/** Causal factors grouped by the part they played, each with its evidence and sources. */
export function FactorGroups({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <div className="factor-groups">
      {view.factorGroups.map(({ role, items }) => (
        <section key={role} className={`role role-${role}`}>
          <h3>{ROLE_LABEL[role][lang]}</h3>
          <ul>
            {items.map(({ cause, factor, anchor }) => (
              <li key={anchor} id={anchor}>
                <strong>
                  <a href={factorPath(factor.id, lang)}>{t(factor.name, lang)}</a>
                </strong>{' '}
                <span className="evidence">
                  {msg('evidence', lang)}: {EVIDENCE_LABEL[cause.evidence][lang]}
                </span>
                <p>
                  {t(cause.explanation, lang)}
                  {cause.unverified && <span className="flag"> ({msg('unverified', lang)})</span>}
                  <Citations ids={cause.sources} cites={view.cites} />
                </p>
                {cause.disputed && (
                  <p className="disputed">
                    <strong>{msg('disputed', lang)}:</strong> {t(cause.disputed, lang)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
