/**
 * The embed's axis view (`view=axis`), a chunk embed/widget.ts loads only for that view: the site's
 * own `time-axis` island (components/timeline/time-axis.island.ts), mounted on the same markup
 * time-axis.tsx renders, opened on the window the options name (lib/embed/axis-window.ts, written
 * into this page's address as `start`/`end`, where the island reads it). In a frame, two things
 * change for the host page's sake: a settled view replaces this page's history entry instead of
 * adding one (else the host's Back button would step through the axis's views), and a mark opens
 * its record in a new tab, as the list's links do, instead of inside the frame.
 */
import { mount } from '../components/timeline/time-axis.island'
import { AXIS_FROM, axisFile, incidentWindow, withWindow, yearsWindow } from '../lib/embed/axis-window'
import { emsg } from '../lib/embed/messages'
import type { EmbedOptions } from '../lib/embed/options'
import { sitePath } from '../lib/site/env'
import type { AxisData } from '../lib/timeline/axis'
import { axisWord } from '../lib/timeline/axis-messages'

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text?: string) {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v)
  if (text !== undefined) node.textContent = text
  return node
}

/** The island's root, as components/timeline/time-axis.tsx renders it (the island needs its parts). */
function axisRoot(o: EmbedOptions): HTMLElement {
  const lang = o.lang
  const word = (key: Parameters<typeof axisWord>[0]) => axisWord(key, lang)
  const root = el('section', {
    class: 'time-axis',
    'aria-labelledby': 'axis-heading',
    'data-island': 'time-axis',
    'data-lang': lang,
    'data-src': sitePath(axisFile(lang)),
  })
  const button = (zoom: string, key: string, text: string) =>
    el('button', { type: 'button', 'data-zoom': zoom, 'aria-keyshortcuts': key }, text)
  const controls = el('div', { class: 'axis-controls' })
  controls.append(
    button('in', '+', `${word('zoomIn')} +`),
    button('out', '-', `${word('zoomOut')} −`),
    button('all', '0', word('reset')),
    el('output', { class: 'axis-range', 'aria-live': 'polite' }),
  )
  const frame = el('div', { class: 'axis-frame', role: 'group', 'aria-label': word('frame') })
  frame.append(el('p', { class: 'axis-status' }, word('loading')))
  root.append(
    el('h2', { id: 'axis-heading' }, word('heading')),
    el('p', { class: 'axis-help' }, emsg('axisHelp', lang)),
    controls,
    frame,
    el('div', { class: 'axis-summary', 'aria-live': 'polite' }),
    el('p', { class: 'axis-note' }, word('scale')),
  )
  if (o.entity !== undefined || o.factor !== undefined) {
    root.append(el('p', { class: 'axis-note', role: 'note' }, emsg('axisAllRecords', lang)))
  }
  return root
}

function isAxisData(x: unknown): x is AxisData {
  return typeof x === 'object' && x !== null && 'format' in x && x.format === 'outage-chronicle/axis' && 'items' in x
}

/** In a frame: a settled view replaces the history entry, and a mark opens in a new tab. */
function keepToTheFrame(root: HTMLElement): void {
  if (window.parent === window) return
  const history = window.history
  history.pushState = (data: unknown, unused: string, url?: string | URL | null) =>
    history.replaceState(data, unused, url)
  root.addEventListener('click', (e) => {
    const mark = e.target instanceof Element ? e.target.closest('a') : null
    if (e.defaultPrevented || !(mark instanceof SVGAElement)) return
    const href = mark.getAttribute('href')
    if (href === null) return
    e.preventDefault()
    window.open(new URL(href, window.location.href).href, '_blank', 'noopener')
  })
}

export type PreparedAxis =
  | { kind: 'unknown-incident' }
  | { kind: 'failed' }
  | { kind: 'ready'; root: HTMLElement; incidentLabel?: string; start: () => void }

/**
 * The axis for these options, to be put into the page and then started (the island measures its
 * frame, so it mounts once in the page). With an incident, its axis file is read first: its window,
 * its name; a 404 means no such incident.
 */
export async function prepareAxis(o: EmbedOptions): Promise<PreparedAxis> {
  const bounds = { from: AXIS_FROM, to: Math.ceil(Date.now() / 60_000) }
  let opening = yearsWindow(o, bounds)
  let incidentLabel: string | undefined
  if (o.incident !== undefined) {
    const key = `incident-${o.incident}`
    try {
      const res = await fetch(sitePath(axisFile(o.lang, o.incident)), { credentials: 'omit' })
      if (res.status === 404) return { kind: 'unknown-incident' }
      const json: unknown = res.ok ? await res.json() : undefined
      if (!isAxisData(json) || !Array.isArray(json.items)) return { kind: 'failed' }
      opening = incidentWindow(json.items, key, bounds) ?? opening
      incidentLabel = json.items.find((i) => i.key === key)?.label
    } catch {
      return { kind: 'failed' }
    }
  }
  const root = axisRoot(o)
  const start = () => {
    const query = withWindow(location.search, opening, bounds)
    history.replaceState(history.state, '', `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`)
    keepToTheFrame(root)
    mount(root)
  }
  return incidentLabel === undefined ? { kind: 'ready', root, start } : { kind: 'ready', root, incidentLabel, start }
}
