/**
 * Island `search-page` (markup: search-page.tsx). The URL is the state: the query and filters
 * are read from it on load and written back (replaceState) on every change. The index loads when
 * there is something to search; an answer that arrives after a newer search is dropped.
 */
import type { Lang } from '@/lib/i18n/lang'
import { ignoredValues } from '@/lib/i18n/rejected'
import { resultSummary, smsg, typeName } from '@/lib/search/messages'
import { DOC_TYPES } from '@/lib/search/documents'
import type { SearchFilters, SearchHit, SearchResult } from '@/lib/search/engine'
import { parseSearchParams, type SearchState, serializeSearchParams } from '@/lib/search/params'
import { appendHighlighted, el, langOf, optionValues, part, replaceQuery, Teardown } from '../islands/dom'
import { afterPaint, openIndex } from './client-index'

const PAGE = 10

type Status = 'idle' | 'loading' | 'ready' | 'failed'

function statusText(status: Status, result: SearchResult | undefined, lang: Lang): string {
  if (status === 'idle') return smsg('empty', lang)
  if (status === 'loading') return smsg('loading', lang)
  if (status === 'failed') return smsg('failed', lang)
  return result === undefined || result.total === 0 ? smsg('none', lang) : resultSummary(result, lang)
}

function resultItem(h: SearchHit, lang: Lang): HTMLLIElement {
  const title = el('a', { className: 'search-result-title', attrs: { href: h.url[lang] } })
  appendHighlighted(title, h.title[lang], h.titleRanges)
  const meta = el(
    'span',
    { className: 'search-result-meta' },
    el('span', { className: `search-type search-type-${h.type}`, text: typeName(h.type, lang) }),
  )
  if (h.date !== undefined) meta.append(el('time', { text: h.date, attrs: { datetime: h.date } }))
  const item = el('li', { attrs: { 'data-result-id': h.id, 'data-result-type': h.type } }, title, meta)
  if (h.passage.text !== '') {
    const passage = el('p', { className: 'search-passage' })
    appendHighlighted(passage, h.passage.text, h.passage.ranges)
    item.append(passage)
  }
  return item
}

export function mount(root: HTMLElement): () => void {
  const lang = langOf(root)
  const form = part(root, 'form.search-form', HTMLFormElement)
  const input = part(root, '#search-q', HTMLInputElement)
  const selects = {
    type: part(root, 'select[name="type"]', HTMLSelectElement),
    year: part(root, 'select[name="year"]', HTMLSelectElement),
    factor: part(root, 'select[name="factor"]', HTMLSelectElement),
  }
  const section = part(root, 'section[aria-labelledby="results-heading"]', HTMLElement)
  const status = part(root, '.search-status', HTMLParagraphElement)
  const list = el('ol', { className: 'search-results', attrs: { 'data-search-results': '' } })
  const more = el('button', { className: 'search-more', text: smsg('more', lang), attrs: { type: 'button' } })
  const factorIds = optionValues(selects.factor)
  const teardown = new Teardown()

  const parsed = parseSearchParams(new URLSearchParams(window.location.search), {
    factors: factorIds,
    years: optionValues(selects.year).map(Number),
  })
  let state: SearchState = parsed.state
  const notice = el('p', { className: 'filter-notice', attrs: { role: 'alert' } })
  if (parsed.rejected.length > 0) {
    notice.textContent = ignoredValues(parsed.rejected, lang)
    section.before(notice)
  }
  let limit = PAGE
  let latest = 0
  let current: Status = 'idle'

  const render = (s: Status, result?: SearchResult) => {
    current = s
    section.setAttribute('aria-busy', String(s === 'loading'))
    status.textContent = statusText(s, result, lang)
    const hits = s === 'ready' && result ? result.hits : []
    list.replaceChildren(...hits.map((h) => resultItem(h, lang)))
    if (hits.length > 0) section.append(list)
    else list.remove()
    if (s === 'ready' && result && result.total > result.hits.length) section.append(more)
    else more.remove()
  }

  const run = () => {
    const ticket = ++latest
    if (state.q.trim() === '') {
      render('idle')
      return
    }
    // A new search keeps the results on screen until its answer arrives.
    if (current !== 'ready') render('loading')
    const { q, filters } = state
    openIndex()
      .then((index) =>
        index.search(q, {
          lang,
          filters,
          limit,
          // The page painted from the postings' wave; the passages replace the excerpts in place.
          early: (r) => {
            if (ticket === latest) render('ready', r)
            return afterPaint()
          },
        }),
      )
      .then((r) => {
        if (ticket === latest) render('ready', r)
      })
      .catch(() => {
        if (ticket === latest) render('failed')
      })
  }

  const showState = () => {
    input.value = state.q
    selects.type.value = state.filters.type ?? ''
    selects.year.value = state.filters.year === undefined ? '' : String(state.filters.year)
    selects.factor.value = state.filters.factor ?? ''
  }

  const update = (next: SearchState) => {
    state = next
    notice.remove()
    limit = PAGE
    replaceQuery(serializeSearchParams(next))
    run()
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

  // Focusing the box loads the index's entry files ahead of the first query.
  teardown.on(input, 'focus', () => {
    openIndex().catch(() => undefined)
  })
  teardown.on(form, 'submit', (e) => {
    e.preventDefault()
    update({ q: input.value, filters: state.filters })
  })
  for (const key of ['type', 'year', 'factor'] as const) {
    teardown.on(selects[key], 'change', () => setFilter(key, selects[key].value))
  }
  teardown.on(more, 'click', () => {
    limit += PAGE
    run()
  })
  teardown.add(() => {
    latest += 1
    notice.remove()
    list.remove()
    more.remove()
    section.removeAttribute('aria-busy')
    status.textContent = smsg('empty', lang)
  })

  showState()
  run()
  return teardown.run
}
