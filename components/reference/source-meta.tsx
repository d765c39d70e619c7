import { type Lang, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import { LANGUAGE_LABEL, SOURCE_KIND_LABEL } from '@/lib/i18n/labels'
import type { Source } from '@/lib/content/source'
import { externalHref } from '@/lib/reference/href'
import { SourceDate } from './source-date'

/** A source's full metadata as a definition list. */
export function SourceMeta({ source, lang }: { source: Source; lang: Lang }) {
  return (
    <dl className="ref-facts">
      <div>
        <dt>{rmsg('publisher', lang)}</dt>
        <dd>{t(source.publisher, lang)}</dd>
      </div>
      {source.author && (
        <div>
          <dt>{rmsg('author', lang)}</dt>
          <dd lang={source.language}>{source.author}</dd>
        </div>
      )}
      <div>
        <dt>{rmsg('date', lang)}</dt>
        <dd>
          <SourceDate date={source.date} inferred={source.dateInferred} lang={lang} />
          {source.dateNote && <span className="ref-note"> {t(source.dateNote, lang)}</span>}
        </dd>
      </div>
      <div>
        <dt>{rmsg('label', lang)}</dt>
        <dd>{t(source.label, lang)}</dd>
      </div>
      {source.title && (
        <div>
          <dt>{rmsg('headline', lang)}</dt>
          <dd lang={source.language}>{source.title}</dd>
        </div>
      )}
      <div>
        <dt>{rmsg('language', lang)}</dt>
        <dd>{LANGUAGE_LABEL[source.language][lang]}</dd>
      </div>
      <div>
        <dt>{rmsg('kind', lang)}</dt>
        <dd>{SOURCE_KIND_LABEL[source.kind][lang]}</dd>
      </div>
      <div>
        <dt>{rmsg('address', lang)}</dt>
        <dd className="ref-url">
          {source.url ? (
            <a href={externalHref(source.url)} rel="noopener noreferrer">
              {source.url}
            </a>
          ) : (
            rmsg('noUrl', lang)
          )}
        </dd>
      </div>
      <div>
        <dt>{rmsg('reliability', lang)}</dt>
        <dd>
          {source.reliability === 'low' ? (
            <span className="flag">{rmsg('reliabilityLow', lang)}</span>
          ) : (
            rmsg('reliabilityStandard', lang)
          )}
          {source.reliabilityNote && <span className="ref-note"> {t(source.reliabilityNote, lang)}</span>}
        </dd>
      </div>
    </dl>
  )
}
