import type { Lang } from '@/lib/i18n/lang'
import { smsg, typeName } from '@/lib/search/messages'
import { DOC_TYPES } from '@/lib/search/documents'

export interface Option {
  id: string
  label: string
}

/**
 * /search/?q=…: the search form and the results (island `search-page`). The server renders the
 * form with every filter's choices; the island reads the query and filters from the URL, keeps
 * the URL in step, and loads the index only when there is something to search.
 */
export function SearchPage({ lang, factors, years }: { lang: Lang; factors: Option[]; years: number[] }) {
  const any = smsg('any', lang)
  return (
    <div className="search-page" data-island="search-page" data-lang={lang}>
      <form role="search" className="search-form">
        <label htmlFor="search-q">{smsg('query', lang)}</label>
        <div className="search-row">
          <input id="search-q" name="q" type="search" maxLength={200} autoComplete="off" spellCheck={false} />
          <button type="submit">{smsg('submit', lang)}</button>
        </div>
        <fieldset className="search-filters">
          <legend>{smsg('filters', lang)}</legend>
          <label>
            {smsg('type', lang)}{' '}
            <select name="type">
              <option value="">{any}</option>
              {DOC_TYPES.map((t) => (
                <option key={t} value={t}>
                  {typeName(t, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {smsg('year', lang)}{' '}
            <select name="year">
              <option value="">{any}</option>
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label>
            {smsg('factor', lang)}{' '}
            <select name="factor">
              <option value="">{any}</option>
              {factors.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </form>
      <section aria-labelledby="results-heading" className="search-results-section">
        <h2 id="results-heading">{smsg('results', lang)}</h2>
        <p className="search-status" role="status">
          {smsg('empty', lang)}
        </p>
      </section>
    </div>
  )
}
