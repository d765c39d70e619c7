import './citations.css'
import type { Lang } from '@/lib/i18n/lang'
import { Fragment } from 'react'
import { type CiteSource, citeLinks, WORD_JOINER } from '@/lib/markdown/cite-links'

/**
 * Numbered citation links for a fact: [3][7], each showing its source's name and date on hover and
 * focus. The same markup as the analysis body's citations (`citationHtml` in lib/markdown/cite-links).
 */
export function Citations({
  ids,
  cites,
  lang,
}: {
  ids: readonly string[]
  cites: ReadonlyMap<string, CiteSource>
  lang: Lang
}) {
  if (ids.length === 0) return null
  return (
    <sup className="cite">
      {WORD_JOINER}
      {citeLinks(ids, cites, lang).map((l, i) => (
        <Fragment key={l.id}>
          {i > 0 && <wbr />}
          <a href={l.href} className="cite-ref">
            <span className="cite-n">{l.text}</span>
            {l.tip !== '' && <span className="cite-tip">{l.tip}</span>}
          </a>
        </Fragment>
      ))}
    </sup>
  )
}
