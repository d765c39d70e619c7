import './pager.css'
import { msg, pageName } from '@/lib/i18n/messages'
import type { Lang } from '@/lib/i18n/lang'
import { pagedPath, pagerNumbers } from '@/lib/pagination'

/**
 * Plain links to the other pages of a list: previous, numbers (with gaps), next. Nothing when there
 * is one page. Page k is at `pagedPath(base, k)` unless `href` says otherwise.
 */
export function Pager({
  base,
  href = (n) => pagedPath(base, n),
  page,
  pages,
  lang,
}: {
  base: string
  href?: (page: number) => string
  page: number
  pages: number
  lang: Lang
}) {
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label={msg('pages', lang)}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {msg('previousPage', lang)}
        </a>
      )}
      <ol>
        {pagerNumbers(page, pages).map((n, i) =>
          n === undefined ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <a href={href(n)} aria-label={pageName(n, lang)} aria-current={n === page ? 'page' : undefined}>
                {n}
              </a>
            </li>
          ),
        )}
      </ol>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {msg('nextPage', lang)}
        </a>
      )}
    </nav>
  )
}
