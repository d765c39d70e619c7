import type { IncidentView } from '@/lib/content/source'
import { type Lang, sourcePath } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { sourceLine } from '@/lib/reference/source-line'
import { SourceTitle } from '@/components/reference/source-title'

/** The numbered sources; citations in the text link here. */
export function SourceList({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <ol className="source-list">
      {view.sources.map(({ id, source }) => (
        <li key={id} id={`source-${id}`}>
          <SourceTitle source={source} lang={lang} />
          {'. '}
          {sourceLine(source, lang)}
          {source.reliability === 'low' && <span className="flag"> ({msg('lowReliability', lang)})</span>}{' '}
          <a href={sourcePath(id, lang)} className="source-record">
            {msg('sourceRecord', lang)}
          </a>
        </li>
      ))}
    </ol>
  )
}
