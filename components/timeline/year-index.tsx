import type { Lang } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import { yearAnchor } from '@/lib/timeline/options'

/**
 * Links to every year's section; `href` gives the page a year is on ('' for this page). The
 * filters hide the years they leave empty.
 */
export function YearIndex({
  years,
  href,
  lang,
}: {
  years: readonly number[]
  href: (year: number) => string
  lang: Lang
}) {
  return (
    <nav className="year-index" aria-label={tmsg('yearsNav', lang)}>
      <ol>
        {years.map((y) => (
          <li key={y} data-year-link={y}>
            <a href={`${href(y)}#${yearAnchor(y)}`}>{y}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
