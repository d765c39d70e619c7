import { SourceTitle } from '@/components/reference/source-title'
import type { IncidentView } from '@/lib/content/source'
import { type Lang, sourcePath } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { tipId } from '@/lib/markdown/cite-anchors'
import { citeWho } from '@/lib/markdown/cite-links'
import { sourceLine } from '@/lib/reference/source-line'
import { Fold } from './fold'

/**
 * The numbered sources, folded when there are many; citations in the text link here (and open it).
 * Each item carries, hidden, who published the source and when: with the name the item shows, the
 * note its citation marks show on hover and focus and are described by (the cite-tip island),
 * once per source rather than once per mark.
 */
export function SourceList({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <Fold count={view.sources.length} over={6} summary={msg('showAllSources', lang)}>
      <ol className="source-list">
        {view.sources.map(({ id, source }) => {
          const cite = view.cites.get(id)
          return (
            <li key={id} id={`source-${id}`}>
              <span className="src-title">
                <SourceTitle source={source} lang={lang} />
              </span>
              <span className="src-meta">
                {sourceLine(source, lang)}
                {source.reliability === 'low' && <span className="flag"> · {msg('lowReliability', lang)}</span>}
                {' · '}
                <a href={sourcePath(id, lang)}>{msg('sourceRecord', lang)}</a>
              </span>
              {cite && (
                <span id={tipId(id)} hidden>
                  {citeWho(cite, lang)}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </Fold>
  )
}
