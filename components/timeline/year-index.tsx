import type { Lang } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import { yearAnchor } from '@/lib/timeline/options'

/** Links to every year's section. The filters hide the years they leave empty. */
export function YearIndex({ years, lang }: { years: readonly number[]; lang: Lang }) {
  return (
    <nav className="year-index" aria-label={tmsg('yearsNav', lang)}>
      <ol>
        {years.map((y) => (
          <li key={y} data-year-link={y}>
            <a href={`#${yearAnchor(y)}`}>{y}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
