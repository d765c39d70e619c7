import { entityPath, incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import type { PolicyPage } from '@/lib/reference/policies'
import { MomentTime } from './moment-time'
import { SourceRefs } from './source-refs'

/** The incidents whose responses link to a policy, with those responses. */
export function PolicyResponseList({ responding, lang }: { responding: PolicyPage['responding']; lang: Lang }) {
  return (
    <div>
      {responding.map(({ incident, responses }) => (
        <section key={incident.id} aria-labelledby={`resp-${incident.id}`}>
          <h3 id={`resp-${incident.id}`}>
            <a href={incidentPath(incident.id, lang)}>{t(incident.title, lang)}</a>
          </h3>
          <ol className="ref-dated">
            {responses.map((r, i) => (
              <li key={i}>
                <MomentTime moment={r.moment} lang={lang} />{' '}
                {r.actor && (
                  <>
                    <a href={entityPath(r.actor.id, lang)}>{t(r.actor.name, lang)}</a>:{' '}
                  </>
                )}
                {t(r.text, lang)}{' '}
                <a href={`${incidentPath(incident.id, lang)}#responses`} className="ref-kind">
                  {rmsg('openIncident', lang)}
                </a>{' '}
                <SourceRefs refs={r.sources} lang={lang} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
