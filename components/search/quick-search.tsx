'use client'
import { useEffect, useRef, useState } from 'react'
import { type Lang, sectionPath } from '@/lib/i18n/lang'
import { resultSummary, smsg, typeName } from '@/lib/search/messages'
import type { SearchResult } from '@/lib/search/engine'
import { openIndex } from './client-index'
import { Highlighted } from './highlighted'

const LIMIT = 8

/**
 * The quick-search dialog: a header button or Ctrl/Cmd+K opens it; typing searches (the index
 * loads on the first query); ↑/↓ move through the results, Enter opens one, Esc closes.
 */
export function QuickSearch({ lang }: { lang: Lang }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [result, setResult] = useState<SearchResult | undefined>()
  const [failed, setFailed] = useState(false)
  const [active, setActive] = useState(0)
  const latest = useRef(0)

  const open = () => {
    const d = dialog.current
    if (!d || d.open) return
    d.showModal()
    input.current?.focus()
    input.current?.select()
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: open() reads only refs, so the listener never goes stale
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        open()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    if (query.trim() === '') {
      setResult(undefined)
      return
    }
    const ticket = ++latest.current
    const timer = window.setTimeout(() => {
      openIndex()
        .then((index) => index.search(query, { lang, limit: LIMIT }))
        .then((r) => {
          if (ticket === latest.current) {
            setResult(r)
            setActive(0)
            setFailed(false)
          }
        })
        .catch(() => {
          if (ticket === latest.current) setFailed(true)
        })
    }, 60)
    return () => window.clearTimeout(timer)
  }, [query, lang])

  const hits = result?.hits ?? []
  const allUrl = `${sectionPath('search', lang)}?${new URLSearchParams({ q: query }).toString()}`
  const go = (url: string) => {
    window.location.assign(url)
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setActive((a) => Math.min(a + 1, Math.max(0, hits.length - 1)))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((a) => Math.max(0, a - 1))
    } else if (e.key === 'Escape') {
      e.preventDefault()
      dialog.current?.close()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const hit = hits[active]
      if (hit) go(hit.url[lang])
      else if (query.trim() !== '') go(allUrl)
    }
  }

  const optionId = (i: number) => `quick-option-${i}`
  return (
    <>
      <button
        type="button"
        className="quick-search-button"
        onClick={open}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <span>{smsg('openQuick', lang)}</span> <kbd>Ctrl K</kbd>
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes the dialog; Escape does the same from the keyboard */}
      <dialog
        ref={dialog}
        className="quick-search"
        aria-label={smsg('quickLabel', lang)}
        onClick={(e) => {
          if (e.target === dialog.current) dialog.current.close()
        }}
      >
        <div className="quick-search-box">
          <label htmlFor="quick-q" className="quick-label">
            {smsg('quickLabel', lang)}
          </label>
          <input
            ref={input}
            id="quick-q"
            type="search"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-expanded={hits.length > 0}
            aria-controls="quick-results"
            aria-autocomplete="list"
            aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <p className="quick-hint" id="quick-hint">
            {smsg('quickHint', lang)}
          </p>
          <p className="quick-status" role="status">
            {failed
              ? smsg('failed', lang)
              : result === undefined
                ? ''
                : result.total === 0
                  ? smsg('none', lang)
                  : resultSummary(result, lang)}
          </p>
          <div id="quick-results" role="listbox" aria-label={smsg('results', lang)} className="quick-results">
            {hits.map((h, i) => (
              // biome-ignore lint/a11y: the combobox's options (WAI-ARIA combobox pattern): options are chosen with the arrow keys on the input (aria-activedescendant); focus stays in the input
              <div
                key={h.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                data-result-id={h.id}
                className={i === active ? 'active' : undefined}
                onMouseEnter={() => setActive(i)}
                onClick={() => go(h.url[lang])}
              >
                <span className="quick-title">
                  <Highlighted text={h.title[lang]} ranges={h.titleRanges} />
                </span>
                <span className="search-result-meta">
                  <span className={`search-type search-type-${h.type}`}>{typeName(h.type, lang)}</span>
                  {h.date !== undefined && <span>{h.date}</span>}
                </span>
                {h.passage.text !== '' && (
                  <span className="quick-passage">
                    <Highlighted text={h.passage.text} ranges={h.passage.ranges} />
                  </span>
                )}
              </div>
            ))}
          </div>
          <div className="quick-footer">
            {query.trim() !== '' && <a href={allUrl}>{smsg('allResults', lang)}</a>}
            <button type="button" onClick={() => dialog.current?.close()}>
              {smsg('close', lang)}
            </button>
          </div>
        </div>
      </dialog>
    </>
  )
}
