import './reference.css'
import { entityPath, type Lang, t } from '@/lib/i18n/lang'
import { ENTITY_KIND_GROUP, rmsg } from '@/lib/reference/messages'
import type { EntityGroup } from '@/lib/reference/entities'
import { RefSection } from './ref-section'

/** Every entity, grouped by kind, with its parent and how many incidents it appears in. */
export function EntityIndex({ groups, lang }: { groups: readonly EntityGroup[]; lang: Lang }) {
  return (
    <article className="reference">
      <h1>{rmsg('entitiesTitle', lang)}</h1>
      <p className="ref-intro">{rmsg('entitiesIntro', lang)}</p>
      {groups.map((g) => (
        <RefSection
          key={g.kind}
          id={`kind-${g.kind}`}
          title={`${ENTITY_KIND_GROUP[g.kind][lang]} (${g.entities.length})`}
        >
          <ul className="ref-columns">
            {g.entities.map((e) => (
              <li key={e.id}>
                <a href={entityPath(e.id, lang)}>{t(e.name, lang)}</a>
                {e.parent && <span className="ref-muted"> · {t(e.parent.name, lang)}</span>}
                {e.incidentCount > 0 && (
                  <span className="ref-muted">
                    {' '}
                    · {rmsg('incidentCount', lang)} {e.incidentCount}
                    {rmsg('incidentsUnit', lang)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </RefSection>
      ))}
    </article>
  )
}
