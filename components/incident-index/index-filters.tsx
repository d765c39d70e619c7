import type { Lang } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import { MAX_QUERY_LENGTH } from '@/lib/timeline/index-state'
import type { Option } from '@/lib/timeline/options'
import { FilterSelect } from '../timeline/filter-select'

/** The index's filter form: text, factor, severity, year, and a button to clear them (not shown without JavaScript). */
export function IndexFilters({
  factors,
  years,
  severities,
  lang,
}: {
  factors: Option[]
  years: number[]
  severities: Option[]
  lang: Lang
}) {
  const any = tmsg('any', lang)
  return (
    <section className="index-filters" aria-labelledby="index-filters-heading" data-js-only="">
      <h2 id="index-filters-heading">{tmsg('filters', lang)}</h2>
      <form className="filter-form" role="search">
        <div className="filter-field filter-text">
          <label htmlFor="index-q">{tmsg('search', lang)}</label>
          <input id="index-q" type="search" maxLength={MAX_QUERY_LENGTH} placeholder={tmsg('searchHint', lang)} />
        </div>
        <FilterSelect id="index-factor" label={tmsg('factor', lang)} anyLabel={any} options={factors} />
        <FilterSelect id="index-severity" label={tmsg('severity', lang)} anyLabel={any} options={severities} />
        <FilterSelect
          id="index-year"
          label={tmsg('year', lang)}
          anyLabel={any}
          options={years.map((y) => ({ id: String(y), label: String(y) }))}
        />
        <button type="button" className="clear-filters">
          {tmsg('clearFilters', lang)}
        </button>
      </form>
    </section>
  )
}
