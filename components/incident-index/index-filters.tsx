import type { Lang } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import { isSeverity } from '@/lib/timeline/filters'
import { type IndexState, MAX_QUERY_LENGTH } from '@/lib/timeline/index-state'
import type { Option } from '@/lib/timeline/options'
import { FilterSelect } from '../timeline/filter-select'

/** The index's filter form: text, factor, severity, year, and a button to clear them. */
export function IndexFilters({
  state,
  factors,
  years,
  severities,
  lang,
  onChange,
  onClear,
}: {
  state: IndexState
  factors: Option[]
  years: number[]
  severities: Option[]
  lang: Lang
  onChange: (next: IndexState) => void
  onClear: () => void
}) {
  const any = tmsg('any', lang)
  return (
    <section className="index-filters" aria-labelledby="index-filters-heading">
      <h2 id="index-filters-heading">{tmsg('filters', lang)}</h2>
      <form className="filter-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="filter-field filter-text">
          <label htmlFor="index-q">{tmsg('search', lang)}</label>
          <input
            id="index-q"
            type="search"
            value={state.q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={tmsg('searchHint', lang)}
            onChange={(e) => onChange({ ...state, q: e.currentTarget.value })}
          />
        </div>
        <FilterSelect
          id="index-factor"
          label={tmsg('factor', lang)}
          value={state.factor ?? ''}
          anyLabel={any}
          options={factors}
          onChange={(v) => onChange({ ...state, factor: v === '' ? undefined : v })}
        />
        <FilterSelect
          id="index-severity"
          label={tmsg('severity', lang)}
          value={state.severity ?? ''}
          anyLabel={any}
          options={severities}
          onChange={(v) => onChange({ ...state, severity: isSeverity(v) ? v : undefined })}
        />
        <FilterSelect
          id="index-year"
          label={tmsg('year', lang)}
          value={state.year === undefined ? '' : String(state.year)}
          anyLabel={any}
          options={years.map((y) => ({ id: String(y), label: String(y) }))}
          onChange={(v) => onChange({ ...state, year: v === '' ? undefined : Number(v) })}
        />
        <button type="button" className="clear-filters" onClick={onClear}>
          {tmsg('clearFilters', lang)}
        </button>
      </form>
    </section>
  )
}
