/**
 * Island `incident-table` (markup: incident-table.tsx). Wires up the filter form, turns the sortable
 * column headings into buttons, reads the table state from the query string once, and from then
 * on keeps the rows (sorted and filtered, read from their data- attributes), aria-sort and the
 * query string in step with the controls.
 */
import type { Lang } from '@/lib/i18n/lang'
import { ignoredValues } from '@/lib/i18n/rejected'
import { incidentsShown, sortBy, tmsg } from '@/lib/timeline/messages'
import { isSeverity } from '@/lib/timeline/filters'
import {
  DEFAULT_INDEX_STATE,
  filterRows,
  type IndexRowFacets,
  type IndexState,
  nextSort,
  parseIndexQuery,
  rowFromData,
  SORT_KEYS,
  type SortKey,
  serializeIndexQuery,
  sortRows,
} from '@/lib/timeline/index-state'
import { el, elements, langOf, optionValues, part, replaceQuery, Teardown } from '../islands/dom'

type Row = IndexRowFacets & { tr: HTMLTableRowElement }

function rowsOf(tbody: HTMLTableSectionElement): Row[] {
  return [...tbody.rows].map((tr, i) => {
    const facets = rowFromData(tr.dataset)
    if (!facets) throw new Error(`incident-table: row ${i + 1} has malformed data- attributes`)
    return { ...facets, tr }
  })
}

interface Header {
  key: SortKey
  th: HTMLElement
  label: string
  button: HTMLButtonElement
  mark: HTMLSpanElement
}

function header(th: HTMLElement, lang: Lang): Header {
  const key = SORT_KEYS.find((k) => k === th.dataset.sort)
  if (!key) throw new Error(`incident-table: unknown sort column "${th.dataset.sort ?? ''}"`)
  const label = th.textContent ?? ''
  const mark = el('span', { className: 'sort-mark', attrs: { 'aria-hidden': 'true' } })
  const button = el('button', { className: 'sort-button', attrs: { type: 'button', title: sortBy(label, lang) } })
  button.append(label, mark)
  return { key, th, label, button, mark }
}

export function mount(root: HTMLElement): () => void {
  const lang = langOf(root)
  const filters = part(root, '.index-filters', HTMLElement)
  const form = part(filters, 'form', HTMLFormElement)
  const text = part(filters, '#index-q', HTMLInputElement)
  const factor = part(filters, '#index-factor', HTMLSelectElement)
  const severity = part(filters, '#index-severity', HTMLSelectElement)
  const year = part(filters, '#index-year', HTMLSelectElement)
  const clear = part(filters, '.clear-filters', HTMLButtonElement)
  const count = part(root, '.filter-count', HTMLParagraphElement)
  const tbody = part(root, '.index-table tbody', HTMLTableSectionElement)
  const rows = rowsOf(tbody)
  const headers = elements(root, 'th[data-sort]').map((th) => header(th, lang))
  const notice = el('p', { className: 'filter-notice', attrs: { role: 'alert' } })
  const noRows = el('tr', {}, el('td', { text: tmsg('noRows', lang), attrs: { colspan: '7' } }))
  const server = { count: count.textContent, sorts: headers.map((h) => h.th.getAttribute('aria-sort') ?? 'none') }
  const teardown = new Teardown()

  const parsed = parseIndexQuery(new URLSearchParams(window.location.search), {
    factors: optionValues(factor),
    years: optionValues(year).map(Number),
  })
  let state: IndexState = parsed.state

  const render = () => {
    const shown = sortRows(filterRows(rows, state), state.sort, state.dir)
    tbody.replaceChildren(...shown.map((r) => r.tr), ...(shown.length === 0 ? [noRows] : []))
    count.textContent = incidentsShown(shown.length, rows.length, lang)
    for (const h of headers) {
      const active = state.sort === h.key
      h.th.setAttribute('aria-sort', active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none')
      h.mark.textContent = active ? (state.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'
    }
    if (text.value !== state.q) text.value = state.q
    factor.value = state.factor ?? ''
    severity.value = state.severity ?? ''
    year.value = state.year === undefined ? '' : String(state.year)
  }

  const update = (next: IndexState) => {
    state = next
    notice.remove()
    replaceQuery(serializeIndexQuery(next))
    render()
  }

  teardown.on(form, 'submit', (e) => e.preventDefault())
  teardown.on(text, 'input', () => update({ ...state, q: text.value }))
  teardown.on(factor, 'change', () => update({ ...state, factor: factor.value === '' ? undefined : factor.value }))
  teardown.on(severity, 'change', () =>
    update({ ...state, severity: isSeverity(severity.value) ? severity.value : undefined }),
  )
  teardown.on(year, 'change', () => update({ ...state, year: year.value === '' ? undefined : Number(year.value) }))
  teardown.on(clear, 'click', () => update({ ...DEFAULT_INDEX_STATE, sort: state.sort, dir: state.dir }))
  for (const h of headers) {
    h.th.replaceChildren(h.button)
    teardown.on(h.button, 'click', () => update(nextSort(state, h.key)))
  }
  teardown.add(() => {
    tbody.replaceChildren(...rows.map((r) => r.tr))
    headers.forEach((h, i) => {
      h.th.replaceChildren(h.label)
      h.th.setAttribute('aria-sort', server.sorts[i] ?? 'none')
    })
    notice.remove()
    count.textContent = server.count
    form.reset()
  })

  if (parsed.rejected.length > 0) {
    notice.textContent = ignoredValues(parsed.rejected, lang)
    count.before(notice)
  }
  render()
  return teardown.run
}
