import './citations.css'
import { Fragment } from 'react'
import { type CiteSource, citeLinks, WORD_JOINER } from '@/lib/markdown/cite-links'

/**
 * Numbered citation links for a fact: [3][7], each pointing at its source in the page's list (whose
 * note, the source's name and date, the cite-tip island shows on hover and focus). The same markup
 * as the analysis body's citations (`citationHtml` in lib/markdown/cite-links).
 */
export function Citations({ ids, cites }: { ids: readonly string[]; cites: ReadonlyMap<string, CiteSource> }) {
  if (ids.length === 0) return null
  return (
    <sup className="cite">
      {WORD_JOINER}
      {citeLinks(ids, cites).map((l, i) => (
        <Fragment key={l.id}>
          {i > 0 && <wbr />}
          <a href={l.href}>{l.text}</a>
        </Fragment>
      ))}
    </sup>
  )
}
