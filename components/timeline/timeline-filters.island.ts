/**
 * Island `timeline-filters` (root: the timeline page, timeline-page.tsx). Wires up the filter form,
 * reads the filters from the query string once, hides the items that do not match (and the years
 * and year links left empty), and keeps the query string in step with the form. The values a
 * query may name are the form's own choices; anything else is ignored and said so, as text.
 * When the timeline has several pages, the links to the others (the pager, a year on another
 * page) carry the filters, so they stay chosen from page to page.
 */
import { ignoredValues } from '@/lib/i18n/rejected'
import { itemsShown, tmsg } from '@/lib/timeline/messages'
import {
  FILTER_KEYS,
  FILTERS_EVENT,
  type FilterKey,
  facetsFromData,
  type KnownIds,
  matches,
  mergeFilterQuery,
  parseTimelineFilters,
  serializeTimelineFilters,
  type TimelineFilters,
  withFilter,
} from '@/lib/timeline/filters'
import { withQuery } from '@/lib/url-state'
import { el, elements, langOf, optionValues, part, replaceQuery, Teardown } from '../islands/dom'

export function mount(root: HTMLElement): () => void {
  const lang = langOf(root)
  const section = part(root, '.timeline-filters', HTMLElement)
  const form = part(section, 'form', HTMLFormElement)
  const clear = part(section, '.clear-filters', HTMLButtonElement)
  const count = part(section, '.filter-count', HTMLParagraphElement)
  const select = (key: FilterKey) => part(section, `#filter-${key}`, HTMLSelectElement)
  const selects: Record<FilterKey, HTMLSelectElement> = {
    from: select('from'),
    to: select('to'),
    factor: select('factor'),
    entity: select('entity'),
    service: select('service'),
    severity: select('severity'),
  }
  const items = elements(root, '[data-timeline-item]')
  const years = elements(root, '[data-timeline-year]')
  const yearLinks = elements(root, '[data-year-link]')
  const pageLinks = [...root.querySelectorAll('.pager a, .year-index a')].filter((a) => a instanceof HTMLAnchorElement)
  const pageHrefs = pageLinks.map((a) => a.getAttribute('href') ?? '')
  const known: KnownIds = {
    years: optionValues(selects.from).map(Number),
    factors: optionValues(selects.factor),
    entities: optionValues(selects.entity),
    services: optionValues(selects.service),
  }
  const notice = el('p', { className: 'filter-notice', attrs: { role: 'alert' } })
  const empty = el('p', { className: 'filter-empty', text: tmsg('noneShown', lang) })
  const countText = count.textContent
  const teardown = new Teardown()

  const parsed = parseTimelineFilters(new URLSearchParams(window.location.search), known)
  let filters: TimelineFilters = parsed.filters

  const carry = () => {
    const qs = serializeTimelineFilters(filters)
    pageLinks.forEach((a, i) => {
      a.setAttribute('href', withQuery(pageHrefs[i] ?? '', qs))
    })
  }

  const apply = () => {
    carry()
    let shown = 0
    for (const item of items) {
      const ok = matches(facetsFromData(item.dataset), filters)
      item.hidden = !ok
      if (ok) shown += 1
    }
    for (const year of years) {
      const any = year.querySelector('[data-timeline-item]:not([hidden])') !== null
      year.hidden = !any
      for (const link of yearLinks) if (link.dataset.yearLink === year.dataset.timelineYear) link.hidden = !any
    }
    for (const key of FILTER_KEYS) selects[key].value = String(filters[key] ?? '')
    count.textContent = itemsShown(shown, items.length, lang)
    if (shown === 0) count.after(empty)
    else empty.remove()
  }

  const set = (next: TimelineFilters) => {
    filters = next
    notice.remove()
    replaceQuery(mergeFilterQuery(window.location.search, next))
    apply()
    window.dispatchEvent(new Event(FILTERS_EVENT))
  }

  teardown.on(form, 'submit', (e) => e.preventDefault())
  for (const key of FILTER_KEYS) {
    teardown.on(selects[key], 'change', () => set(withFilter(filters, key, selects[key].value, known)))
  }
  teardown.on(clear, 'click', () => set({}))
  teardown.add(() => {
    for (const node of [...items, ...years, ...yearLinks]) node.hidden = false
    pageLinks.forEach((a, i) => {
      a.setAttribute('href', pageHrefs[i] ?? '')
    })
    for (const key of FILTER_KEYS) selects[key].value = ''
    notice.remove()
    empty.remove()
    count.textContent = countText
  })

  if (parsed.rejected.length > 0) {
    notice.textContent = ignoredValues(parsed.rejected, lang)
    count.before(notice)
  }
  apply()
  return teardown.run
}
