import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { EVIDENCE_LABEL, ROLE_LABEL } from '@/lib/i18n/labels'
import { rmsg } from '@/lib/reference/messages'
import type { FactorUse } from '@/lib/reference/factors'
import { MomentTime } from './moment-time'
import { SourceRefs } from './source-refs'

/** Every incident where a factor appeared, in time order: its role, evidence and explanation. */
export function FactorUseList({ uses, lang }: { uses: readonly FactorUse[]; lang: Lang }) {
  return (
    <ol className="ref-uses">
      {uses.map(({ incident, cause, sources }, i) => (
        <li key={`${incident.id}-${i}`} className="ref-use" data-incident={incident.id}>
          <h3>
            <a href={`${incidentPath(incident.id, lang)}#causes`}>{t(incident.title, lang)}</a>
          </h3>
          <p className="ref-meta">
            <MomentTime moment={incident.start} lang={lang} />
            <span>
              {rmsg('role', lang)}: {ROLE_LABEL[cause.role][lang]}
            </span>
            <span>{EVIDENCE_LABEL[cause.evidence][lang]}</span>
            {cause.unverified && <span className="flag">{rmsg('unverified', lang)}</span>}
          </p>
          <p>{t(cause.explanation, lang)}</p>
          {cause.disputed && (
            <p className="ref-disputed">
              <strong>{rmsg('disputed', lang)}:</strong> {t(cause.disputed, lang)}
            </p>
          )}
          <p>
            <SourceRefs refs={sources} lang={lang} />
          </p>
        </li>
      ))}
    </ol>
  )
}
