import './reference.css'
import { type Lang, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import type { SourcePage } from '@/lib/reference/sources'
import { CitingRecordList } from './citing-record-list'
import { RefSection } from './ref-section'
import { SourceMeta } from './source-meta'
import { SourceTitle } from './source-title'

/** One source: its full metadata, what we rely on it for, and every fact that cites it. */
export function SourceDetail({ page, lang }: { page: SourcePage; lang: Lang }) {
  const s = page.source
  const groups = [
    { id: 'cited-incidents', title: rmsg('citedIncidents', lang), records: page.incidents },
    { id: 'cited-entities', title: rmsg('citedEntities', lang), records: page.entities },
    { id: 'cited-policies', title: rmsg('citedPolicies', lang), records: page.policies },
  ].filter((g) => g.records.length > 0)
  return (
    <article className="reference">
      <h1>
        <SourceTitle source={s} lang={lang} />
      </h1>
      <RefSection id="details" title={rmsg('metadata', lang)}>
        <SourceMeta source={s} lang={lang} />
      </RefSection>
      <RefSection id="summary" title={rmsg('whatItSays', lang)}>
        <p>{t(s.summary, lang)}</p>
      </RefSection>
      <RefSection
        id="cited-by"
        title={`${rmsg('citedBy', lang)} (${page.factCount}${lang === 'ko' ? rmsg('factsUnit', lang) : ` ${rmsg('factsUnit', lang)}`})`}
      >
        {groups.length === 0 && <p className="ref-muted">{rmsg('citedByNone', lang)}</p>}
        {groups.map((g) => (
          <section key={g.id} id={g.id} aria-labelledby={`${g.id}-heading`}>
            <h3 id={`${g.id}-heading`}>
              {g.title} ({g.records.length})
            </h3>
            <CitingRecordList records={g.records} lang={lang} />
          </section>
        ))}
      </RefSection>
    </article>
  )
}
