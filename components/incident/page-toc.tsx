import type { Lang } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'

export interface TocEntry {
  id: string
  title: string
  /** How many items the section lists, where that helps a reader choose. */
  count?: number
}

/**
 * The page's contents: a sticky column beside the text on wide screens, a sticky row of jump links
 * on a phone; it ends with a way back to the top. Plain anchor links, no script.
 */
export function PageToc({ entries, lang }: { entries: readonly TocEntry[]; lang: Lang }) {
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <p className="toc-title" id="toc-title">
        {msg('onThisPage', lang)}
      </p>
      <ol>
        {entries.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>
              {e.title}
              {e.count !== undefined && <span className="toc-count">{e.count}</span>}
            </a>
          </li>
        ))}
      </ol>
      <a className="to-top" href="#top">
        <span aria-hidden="true">↑ </span>
        {msg('backToTop', lang)}
      </a>
    </nav>
  )
}
