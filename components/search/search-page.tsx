'use client'
import { useEffect, useRef, useState } from 'react'
import type { Lang } from '@/lib/i18n/lang'
import { ignoredValues } from '@/lib/i18n/rejected'
import { resultSummary, smsg, typeName } from '@/lib/search/messages'
import { DOC_TYPES } from '@/lib/search/documents'
import type { SearchFilters, SearchResult } from '@/lib/search/engine'
import { parseSearchParams, serializeSearchParams, type SearchState } from '@/lib/search/params'
import type { Rejected } from '@/lib/url-state'
import { openIndex } from './client-index'
import { Highlighted } from './highlighted'

export interface Option {
  id: string
  label: string
}

const PAGE = 10

type Status = 'idle' | 'loading' | 'ready' | 'failed'

function writeUrl(state: SearchState) {
  const qs = serializeSearchParams(state)
  window.history.replaceState(null, '', `${window.location.pathname}${qs === '' ? '' : `?${qs}`}`)
}

/** /search/?q=…: the query and filters live in the URL; the index loads when there is something to search. */
export function SearchPage({ lang, factors, years }: { lang: Lang; factors: Option[]; years: number[] }) {
  const [state, setState] = useState<SearchState>({ q: '', filters: {} })
  const [input, setInput] = useState('')
  const [limit, setLimit] = useState(PAGE)
  const [status, setStatus] = useState<Status>('idle')
  const [result, setResult] = useState<SearchResult | undefined>()
  const [ignored, setIgnored] = useState<Rejected[]>([])
  const latest = useRef(0)
  const factorIds = factors.map((f) => f.id)

  useEffect(() => {
    const parsed = parseSearchParams(new URLSearchParams(window.location.search), {
      factors: factors.map((f) => f.id),
      years,
    })
    setState(parsed.state)
    setInput(parsed.state.q)
    setIgnored(parsed.rejected)
  }, [factors, years])

  useEffect(() => {
    if (state.q.trim() === '') {
      setResult(undefined)
      setStatus('idle')
      return
    }
    const ticket = ++latest.current
    setStatus((s) => (s === 'ready' ? s : 'loading'))
    openIndex()
      .then((index) => index.search(state.q, { lang, filters: state.filters, limit }))
      .then((r) => {
        if (ticket === latest.current) {
          setResult(r)
          setStatus('ready')
        }
      })
      .catch(() => {
        if (ticket === latest.current) setStatus('failed')
      })
  }, [state, limit, lang])

  const update = (next: SearchState) => {
    setState(next)
    setIgnored([])
    setLimit(PAGE)
    writeUrl(next)
  }
  const setFilter = (key: keyof SearchFilters, value: string) => {
    const filters: SearchFilters = { ...state.filters }
    if (key === 'type') {
      const t = DOC_TYPES.find((d) => d === value)
      if (t) filters.type = t
      else delete filters.type
    }
    if (key === 'year') {
      const y = Number(value)
      if (value !== '' && Number.isInteger(y)) filters.year = y
      else delete filters.year
    }
    if (key === 'factor') {
      if (factorIds.includes(value)) filters.factor = value
      else delete filters.factor
    }
    update({ q: state.q, filters })
  }
  const any = smsg('any', lang)

  return (
    <div className="search-page">
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault()
          update({ q: input, filters: state.filters })
        }}
      >
        <label htmlFor="search-q">{smsg('query', lang)}</label>
        <div className="search-row">
          <input
            id="search-q"
            name="q"
            type="search"
            value={input}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setInput(e.target.value)}
          />
          <button type="submit">{smsg('submit', lang)}</button>
        </div>
        <fieldset className="search-filters">
          <legend>{smsg('filters', lang)}</legend>
          <label>
            {smsg('type', lang)}{' '}
            <select name="type" value={state.filters.type ?? ''} onChange={(e) => setFilter('type', e.target.value)}>
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
            <select
              name="year"
              value={state.filters.year === undefined ? '' : String(state.filters.year)}
              onChange={(e) => setFilter('year', e.target.value)}
            >
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
            <select
              name="factor"
              value={state.filters.factor ?? ''}
              onChange={(e) => setFilter('factor', e.target.value)}
            >
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
      {ignored.length > 0 && (
        <p className="filter-notice" role="alert">
          {ignoredValues(ignored, lang)}
        </p>
      )}
      <section aria-labelledby="results-heading" aria-busy={status === 'loading'}>
        <h2 id="results-heading">{smsg('results', lang)}</h2>
        <p className="search-status" role="status">
          {status === 'idle'
            ? smsg('empty', lang)
            : status === 'loading'
              ? smsg('loading', lang)
              : status === 'failed'
                ? smsg('failed', lang)
                : result === undefined || result.total === 0
                  ? smsg('none', lang)
                  : resultSummary(result, lang)}
        </p>
        {status === 'ready' && result && result.hits.length > 0 && (
          <ol className="search-results" data-search-results="">
            {result.hits.map((h) => (
              <li key={h.id} data-result-id={h.id} data-result-type={h.type}>
                <a href={h.url[lang]} className="search-result-title">
                  <Highlighted text={h.title[lang]} ranges={h.titleRanges} />
                </a>
                <span className="search-result-meta">
                  <span className={`search-type search-type-${h.type}`}>{typeName(h.type, lang)}</span>
                  {h.date !== undefined && <time dateTime={h.date}>{h.date}</time>}
                </span>
                {h.passage.text !== '' && (
                  <p className="search-passage">
                    <Highlighted text={h.passage.text} ranges={h.passage.ranges} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
        {status === 'ready' && result && result.total > result.hits.length && (
          <button type="button" className="search-more" onClick={() => setLimit((l) => l + PAGE)}>
            {smsg('more', lang)}
          </button>
        )}
      </section>
    </div>
  )
}
