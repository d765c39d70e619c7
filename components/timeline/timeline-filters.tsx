import type { Lang } from '@/lib/i18n/lang'
import { itemsShown, tmsg } from '@/lib/timeline/messages'
import type { FilterOptions } from '@/lib/timeline/options'
import { FilterSelect } from './filter-select'

/**
 * The filter form of the timeline (island `timeline-filters`, mounted on the timeline page). The
 * timeline is complete without it: without JavaScript it is not shown (data-js-only), and
 * everything shows.
 */
export function TimelineFilters({ lang, options, total }: { lang: Lang; options: FilterOptions; total: number }) {
  const years = options.years.map((y) => ({ id: String(y), label: String(y) }))
  const any = tmsg('any', lang)
  return (
    <section className="timeline-filters" aria-labelledby="filters-heading" data-js-only="">
      <h2 id="filters-heading">{tmsg('filters', lang)}</h2>
      <form className="filter-form">
        <FilterSelect id="filter-from" label={tmsg('from', lang)} anyLabel={any} options={years} />
        <FilterSelect id="filter-to" label={tmsg('to', lang)} anyLabel={any} options={years} />
        <FilterSelect id="filter-factor" label={tmsg('factor', lang)} anyLabel={any} options={options.factors} />
        <FilterSelect id="filter-entity" label={tmsg('entity', lang)} anyLabel={any} options={options.entities} />
        <FilterSelect id="filter-service" label={tmsg('service', lang)} anyLabel={any} options={options.services} />
        <FilterSelect id="filter-severity" label={tmsg('severity', lang)} anyLabel={any} options={options.severities} />
        <button type="button" className="clear-filters">
          {tmsg('clearFilters', lang)}
        </button>
      </form>
      <p className="filter-count" role="status">
        {itemsShown(total, total, lang)}
      </p>
    </section>
  )
}
