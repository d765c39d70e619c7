/**
 * Island `quick-search` (markup: quick-search.tsx). A WAI-ARIA combobox in a modal dialog: focus
 * stays in the input; ↑/↓ move the active option (aria-activedescendant), Enter opens it (or all
 * results), Esc or a click on the backdrop closes. Searches 60 ms after the last keystroke; an
 * answer that arrives after a newer query is dropped.
 */
import { sectionPath } from '@/lib/i18n/lang'
import { resultSummary, smsg, typeName } from '@/lib/search/messages'
import type { SearchHit, SearchResult } from '@/lib/search/engine'
import { appendHighlighted, el, langOf, part, Teardown } from '../islands/dom'
import { afterPaint, openIndex } from './client-index'

const LIMIT = 8
const DELAY_MS = 60
const optionId = (i: number) => `quick-option-${i}`

export function mount(root: HTMLElement): () => void {
  const lang = langOf(root)
  const button = part(root, '.quick-search-button', HTMLButtonElement)
  const dialog = part(root, 'dialog.quick-search', HTMLDialogElement)
  const input = part(root, '#quick-q', HTMLInputElement)
  const status = part(root, '.quick-status', HTMLParagraphElement)
  const list = part(root, '#quick-results', HTMLDivElement)
  const all = part(root, '.quick-all', HTMLAnchorElement)
  const close = part(root, '.quick-close', HTMLButtonElement)
  const allHref = all.getAttribute('href') ?? ''
  const teardown = new Teardown()

  let hits: SearchHit[] = []
  let active = 0
  let latest = 0
  let timer: number | undefined

  const open = () => {
    if (dialog.open) return
    dialog.showModal()
    input.focus()
    input.select()
    // The index's entry files load while the reader starts typing, so the first query waits on
    // one wave of requests, not two (a failure here is reported by the query that needs them).
    openIndex().catch(() => undefined)
  }
  const go = (url: string) => window.location.assign(url)
  const allUrl = () => `${sectionPath('search', lang)}?${new URLSearchParams({ q: input.value }).toString()}`

  const showActive = () => {
    list.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active))
      option.classList.toggle('active', i === active)
    })
    if (hits.length > 0) input.setAttribute('aria-activedescendant', optionId(active))
    else input.removeAttribute('aria-activedescendant')
  }

  const option = (h: SearchHit, i: number) => {
    const title = el('span', { className: 'quick-title' })
    appendHighlighted(title, h.title[lang], h.titleRanges)
    const meta = el(
      'span',
      { className: 'search-result-meta' },
      el('span', { className: `search-type search-type-${h.type}`, text: typeName(h.type, lang) }),
    )
    if (h.date !== undefined) meta.append(el('span', { text: h.date }))
    const node = el('div', { id: optionId(i), attrs: { role: 'option', 'data-result-id': h.id } }, title, meta)
    if (h.passage.text !== '') {
      const passage = el('span', { className: 'quick-passage' })
      appendHighlighted(passage, h.passage.text, h.passage.ranges)
      node.append(passage)
    }
    node.addEventListener('mouseenter', () => {
      active = i
      showActive()
    })
    node.addEventListener('click', () => go(h.url[lang]))
    return node
  }

  const show = (result: SearchResult | undefined, failed = false, again = false) => {
    const next = result?.hits ?? []
    // The same results again with their passages (after the early paint) keep the active option.
    if (!again || next.length !== hits.length) active = 0
    hits = next
    status.textContent = failed
      ? smsg('failed', lang)
      : result === undefined
        ? ''
        : result.total === 0
          ? smsg('none', lang)
          : resultSummary(result, lang)
    list.replaceChildren(...hits.map(option))
    input.setAttribute('aria-expanded', String(hits.length > 0))
    showActive()
  }

  const search = () => {
    window.clearTimeout(timer)
    const query = input.value
    all.hidden = query.trim() === ''
    all.href = allUrl()
    const ticket = ++latest
    if (query.trim() === '') {
      show(undefined)
      return
    }
    timer = window.setTimeout(() => {
      openIndex()
        .then((index) => {
          let early = false
          return index
            .search(query, {
              lang,
              limit: LIMIT,
              early: (r) => {
                early = ticket === latest
                if (early) show(r)
                return afterPaint()
              },
            })
            .then((r) => ({ r, early }))
        })
        .then(({ r, early }) => {
          if (ticket === latest) show(r, false, early)
        })
        .catch(() => {
          if (ticket === latest) show(undefined, true)
        })
    }, DELAY_MS)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      active = Math.min(active + 1, Math.max(0, hits.length - 1))
      showActive()
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      active = Math.max(0, active - 1)
      showActive()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      dialog.close()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const hit = hits[active]
      if (hit) go(hit.url[lang])
      else if (input.value.trim() !== '') go(allUrl())
    }
  }

  teardown.onWindow('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
      e.preventDefault()
      open()
    }
  })
  teardown.on(button, 'click', open)
  teardown.on(dialog, 'click', (e) => {
    if (e.target === dialog) dialog.close()
  })
  teardown.on(input, 'input', search)
  teardown.on(input, 'keydown', onKeyDown)
  teardown.on(close, 'click', () => dialog.close())
  teardown.add(() => {
    window.clearTimeout(timer)
    latest += 1
    if (dialog.open) dialog.close()
    input.value = ''
    all.hidden = true
    all.setAttribute('href', allHref)
    show(undefined)
  })
  return teardown.run
}
