import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { EVENT_KIND_LABEL } from '@/lib/i18n/labels'
import { ENTITY_ROLE_LABEL, rmsg } from '@/lib/reference/messages'
import type { EntityIncident, SliceItem } from '@/lib/reference/entities'
import { MomentTime } from './moment-time'
import { SourceRefs } from './source-refs'

function itemLabel(item: SliceItem, lang: Lang): string {
  if (item.eventKind) return EVENT_KIND_LABEL[item.eventKind][lang]
  return rmsg(item.type === 'response' ? 'responseItem' : 'commitmentItem', lang)
}

/** The entity's incidents in time order, each with its roles and its slice of the timeline. */
export function EntityIncidentList({ incidents, lang }: { incidents: readonly EntityIncident[]; lang: Lang }) {
  return (
    <div className="ref-entity-incidents">
      {incidents.map(({ incident, roles, items }) => (
        <section key={incident.id} className="ref-entity-incident" aria-labelledby={`inc-${incident.id}`}>
          <h3 id={`inc-${incident.id}`}>
            <a href={incidentPath(incident.id, lang)}>{t(incident.title, lang)}</a>
          </h3>
          <p className="ref-meta">
            <MomentTime moment={incident.start} lang={lang} />
            <span>
              {rmsg('role', lang)}: {roles.map((r) => ENTITY_ROLE_LABEL[r][lang]).join(', ')}
            </span>
          </p>
          {items.length > 0 && (
            <>
              <h4 className="ref-subheading">{rmsg('sliceHeading', lang)}</h4>
              <ol className="ref-dated">
                {items.map((item, i) => (
                  <li key={i}>
                    <MomentTime moment={item.moment} lang={lang} />{' '}
                    <a href={`${incidentPath(incident.id, lang)}#${item.anchor}`} className="ref-kind">
                      {itemLabel(item, lang)}
                    </a>{' '}
                    {t(item.text, lang)}
                    {item.unverified && <span className="flag"> ({rmsg('unverified', lang)})</span>}{' '}
                    <SourceRefs refs={item.sources} lang={lang} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      ))}
    </div>
  )
}
