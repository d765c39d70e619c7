/**
 * The embed page's script (built to out/embed/timeline.js by scripts/build-embed.ts): reads the
 * options from the address, loads the timeline data of the site (lib/export/timeline-json.ts),
 * and renders an ordered list of events with <time> elements; or, with `view=axis`, loads the
 * axis view (embed/axis.ts, a chunk of its own, so the list view never downloads it). Every text goes in as text
 * (textContent), never as markup; a rejected option gets a message instead of the timeline.
 * When framed, it tells the parent its height (the loader, embed/loader.ts, checks where the
 * message comes from). No cookies, no storage, no request beyond the site's own files.
 */
import {
  checkAgainstData,
  dataPath,
  type EmbedOptions,
  itemMatches,
  parseEmbedOptions,
  SIZE_MESSAGE,
} from '../lib/embed/options'
import { valueList } from '../lib/i18n/rejected'
import type { Rejected } from '../lib/url-state'
import { emsg, itemTotal } from '../lib/embed/messages'
import type { TimelineExport } from '../lib/export/timeline-json'
import { incidentPath, pagePath, sectionPath } from '../lib/i18n/lang'
import { sitePath } from '../lib/site/env'
import type { PreparedAxis } from './axis'

const root = document.getElementById('ot')

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function outLink(href: string, text: string, o: EmbedOptions, className = ''): HTMLAnchorElement {
  const a = el('a', className, text)
  a.href = href
  a.target = '_blank'
  a.rel = 'noopener'
  a.append(el('span', 'ot-sr', ` (${emsg('opensNewTab', o.lang)})`))
  return a
}

function attribution(o: EmbedOptions): HTMLElement {
  const footer = el('footer', 'ot-attr')
  footer.append(outLink(pagePath(o.lang, ''), emsg('attribution', o.lang), o))
  return footer
}

function showError(o: EmbedOptions, title: string, detail: string): void {
  if (!root) return
  const box = el('div', 'ot-error')
  box.setAttribute('role', 'alert')
  box.append(el('strong', '', title), el('span', '', detail))
  root.replaceChildren(box, attribution(o))
  done()
}

function rejectedError(o: EmbedOptions, rejected: readonly Rejected[]): void {
  showError(o, `${emsg('badOptions', o.lang)}: ${valueList(rejected)}.`, ` ${emsg('badOptionsFix', o.lang)}`)
}

/** The widget's heading: the incident's name (or the whole record), linking to its page. */
function headingOf(o: EmbedOptions, incidentName: string | undefined): HTMLElement {
  const heading = el('h1', '')
  heading.id = 'ot-h'
  heading.append(
    o.incident !== undefined && incidentName !== undefined
      ? outLink(incidentPath(o.incident, o.lang), incidentName, o)
      : outLink(sectionPath('timeline', o.lang), emsg('allRecord', o.lang), o),
  )
  return heading
}

function render(o: EmbedOptions, data: TimelineExport): void {
  if (!root) return
  const lang = o.lang
  const items = data.items.filter((it) => itemMatches(it, o))
  const incident = o.incident === undefined ? undefined : data.incidents.find((i) => i.id === o.incident)
  const heading = headingOf(o, incident?.title[lang])
  const count = el('p', 'ot-count', itemTotal(items.length, lang))
  const list = el('ol', 'ot-list')
  list.setAttribute('aria-labelledby', 'ot-h')
  for (const it of items) {
    const li = el('li', `ot-item ot-${it.kind}`)
    const time = el('time', '', it.when[lang])
    time.dateTime = it.at
    li.append(time, el('span', 'ot-label', it.label[lang]), outLink(it.url[lang], it.text[lang], o, 'ot-text'))
    list.append(li)
  }
  const parts: HTMLElement[] = [heading, count]
  if (items.length === 0) parts.push(el('p', 'ot-status', emsg('noItems', lang)))
  else if (o.height !== undefined) {
    const scroll = el('div', 'ot-scroll')
    scroll.tabIndex = 0
    scroll.setAttribute('role', 'region')
    scroll.setAttribute('aria-labelledby', 'ot-h')
    scroll.style.maxHeight = `${o.height}px`
    scroll.append(list)
    parts.push(scroll)
  } else parts.push(list)
  parts.push(attribution(o))
  root.replaceChildren(...parts)
  done()
}

function done(): void {
  root?.removeAttribute('aria-busy')
  postSize()
}

let lastHeight = -1
function postSize(): void {
  if (window.parent === window) return
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
  if (height === lastHeight) return
  lastHeight = height
  // Only a number is sent; the loader checks the sender's origin and frame before using it.
  window.parent.postMessage({ type: SIZE_MESSAGE, height }, '*')
}

function isExport(value: unknown): value is TimelineExport {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format === 'outage-chronicle/timeline' &&
    'items' in value &&
    Array.isArray(value.items)
  )
}

async function renderAxis(o: EmbedOptions): Promise<void> {
  let axis: PreparedAxis
  try {
    const { prepareAxis } = await import('./axis')
    axis = await prepareAxis(o)
  } catch {
    axis = { kind: 'failed' }
  }
  if (axis.kind === 'unknown-incident') showError(o, emsg('unknownIncident', o.lang), '')
  else if (axis.kind === 'failed') showError(o, emsg('loadFailed', o.lang), '')
  else {
    root?.replaceChildren(headingOf(o, axis.incidentLabel), axis.root, attribution(o))
    axis.start()
    done()
  }
}

async function main(): Promise<void> {
  const { options: o, rejected } = parseEmbedOptions(new URLSearchParams(location.search))
  document.documentElement.lang = o.lang
  document.documentElement.dataset.theme = o.theme
  if (o.compact) root?.classList.add('ot-compact')
  document.title = emsg('widgetTitle', o.lang)
  if (typeof ResizeObserver === 'function') new ResizeObserver(postSize).observe(document.documentElement)
  if (rejected.length > 0) {
    rejectedError(o, rejected)
    return
  }
  if (o.view === 'axis') {
    await renderAxis(o)
    return
  }
  let data: unknown
  try {
    const res = await fetch(sitePath(dataPath(o)), { credentials: 'omit' })
    if (res.status === 404 && o.incident !== undefined) {
      showError(o, emsg('unknownIncident', o.lang), '')
      return
    }
    if (!res.ok) throw new Error(String(res.status))
    data = await res.json()
  } catch {
    showError(o, emsg('loadFailed', o.lang), '')
    return
  }
  if (!isExport(data)) {
    showError(o, emsg('loadFailed', o.lang), '')
    return
  }
  const unknown = checkAgainstData(o, data)
  if (unknown.length > 0) {
    rejectedError(o, unknown)
    return
  }
  render(o, data)
}

void main()
