import './reference.css'
import { type Lang, sourcePath, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { LANGUAGE_LABEL } from '@/lib/i18n/labels'
import type { SourceGroup } from '@/lib/reference/sources'
import { RefSection } from './ref-section'
import { SourceDate } from './source-date'
import { SourceTitle } from './source-title'

/** Every source, grouped by year of publication, with publisher, date, language and reliability. */
export function SourceIndex({ groups, lang }: { groups: readonly SourceGroup[]; lang: Lang }) {
  const total = groups.reduce((n, g) => n + g.sources.length, 0)
  return (
    <article className="reference">
      <h1>{rmsg('sourcesTitle', lang)}</h1>
      <p className="ref-intro">
        {rmsg('sourcesIntro', lang)} ({rmsg('sourceCount', lang)}: {total})
      </p>
      {groups.map((g) => (
        <RefSection
          key={g.year ?? 'undated'}
          id={`year-${g.year ?? 'undated'}`}
          title={`${g.year ?? rmsg('undated', lang)} (${g.sources.length})`}
        >
          <ul className="ref-source-list">
            {g.sources.map(({ id, source }) => (
              <li key={id}>
                <SourceDate date={source.date} inferred={source.dateInferred} lang={lang} />
                {' · '}
                {t(source.publisher, lang)}
                {' · '}
                <SourceTitle source={source} lang={lang} href={sourcePath(id, lang)} />
                <span className="ref-muted"> · {LANGUAGE_LABEL[source.language][lang]}</span>
                {source.reliability === 'low' && <span className="flag"> ({rmsg('lowReliability', lang)})</span>}
              </li>
            ))}
          </ul>
        </RefSection>
      ))}
    </article>
  )
}
