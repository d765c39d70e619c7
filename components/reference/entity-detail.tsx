import './reference.css'
import { entityPath, type Lang, policyPath, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { ENTITY_KIND_LABEL } from '@/lib/i18n/labels'
import type { EntityPage } from '@/lib/reference/entities'
import { Aliases } from './aliases'
import { EntityIncidentList } from './entity-incident-list'
import { MilestoneList } from './milestone-list'
import { NamedLinks } from './named-links'
import { RefSection } from './ref-section'
import { SourceRefs } from './source-refs'

/** One entity: names, place in the hierarchy, description, milestones, and its incidents. */
export function EntityDetail({ page, lang }: { page: EntityPage; lang: Lang }) {
  const e = page.entity
  return (
    <article className="reference">
      <h1>{t(e.name, lang)}</h1>
      <Aliases aliases={e.aliases} lang={lang} />
      <dl className="ref-facts">
        <div>
          <dt>{rmsg('kind', lang)}</dt>
          <dd>{ENTITY_KIND_LABEL[e.kind][lang]}</dd>
        </div>
        {page.parent && (
          <div>
            <dt>{rmsg('parent', lang)}</dt>
            <dd>
              <a href={entityPath(page.parent.id, lang)} className="ref-parent">
                {t(page.parent.name, lang)}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <RefSection id="description" title={rmsg('description', lang)}>
        <p>{t(e.description, lang)}</p>
        <p>
          <SourceRefs refs={page.descriptionSources} lang={lang} />
        </p>
      </RefSection>
      <RefSection id="children" title={rmsg('children', lang)} show={page.children.length > 0}>
        <NamedLinks items={page.children} href={entityPath} lang={lang} />
      </RefSection>
      <RefSection id="milestones" title={rmsg('milestones', lang)} show={page.milestones.length > 0}>
        <MilestoneList milestones={page.milestones} lang={lang} />
      </RefSection>
      <RefSection id="incidents" title={`${rmsg('entityIncidents', lang)} (${page.incidents.length})`}>
        {page.incidents.length > 0 ? (
          <EntityIncidentList incidents={page.incidents} lang={lang} />
        ) : (
          <p className="ref-muted">{rmsg('entityIncidentsNone', lang)}</p>
        )}
      </RefSection>
      <RefSection id="policies" title={rmsg('entityPolicies', lang)} show={page.policies.length > 0}>
        <NamedLinks items={page.policies} href={policyPath} lang={lang} />
      </RefSection>
    </article>
  )
}
