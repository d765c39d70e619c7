/**
 * Island `time-axis` (root: time-axis.tsx on /timeline/). Loads `data/axis/<lang>.json`
 * (lib/timeline/axis.ts) and draws it as an SVG (zoomed in to a few days, each incident's events from
 * `data/axis/<lang>/<incident-id>.json`, loaded when first needed): a window of time (2010 to today at the widest,
 * half an hour at the narrowest) with incidents as bars coloured by severity, and policy steps and
 * responses as marks on their own lanes. Every mark in view is a link (named, Enter or a click opens
 * its record); focusing or hovering it shows its summary. The axis is one tab stop: `←`/`→` move to
 * the previous or next mark in time, bringing it into view. Zoom: buttons, `+`/`-` (about the
 * focused mark), the wheel, two fingers; pan: drag, `Shift`+`←`/`→`; `0` shows everything. The window is in the address
 * (`?start=…&end=…`, lib/timeline/axis-view.ts): a settled view is a new history entry, Back
 * restores the one before. Nothing animates, so reduced motion is respected as it stands.
 */
import { valueList } from '@/lib/i18n/rejected'
import type { AxisData, AxisItem } from '@/lib/timeline/axis'
import { type AxisWord, axisWord } from '@/lib/timeline/axis-messages'
import {
  clampView,
  formatMinute,
  offsetText,
  panView,
  readView,
  ticks,
  type View,
  viewEntries,
  zoomView,
} from '@/lib/timeline/axis-view'
import { el, langOf, part, Teardown } from '../islands/dom'

const NS = 'http://www.w3.org/2000/svg'
const TICK_H = 26
const LANE_H = [64, 34, 34, 34] as const
const HEIGHT = TICK_H + LANE_H.reduce((a, b) => a + b, 0)
/** Bars and spans narrower than this are drawn this wide (said on screen). */
const MIN_W = 4
/** Below this window (minutes), every event of an incident is drawn. */
const EVENT_SPAN = 4 * 1440
const SETTLE_MS = 450
const ZOOM_STEP = 0.5

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  parent?: SVGElement,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v))
  parent?.append(node)
  return node
}

function isAxisData(x: unknown): x is AxisData {
  return (
    typeof x === 'object' &&
    x !== null &&
    'format' in x &&
    x.format === 'outage-chronicle/axis' &&
    'items' in x &&
    Array.isArray(x.items) &&
    'lanes' in x &&
    Array.isArray(x.lanes) &&
    'start' in x &&
    typeof x.start === 'number'
  )
}

const laneTop = (lane: number) => TICK_H + LANE_H.slice(0, lane).reduce((a: number, b) => a + b, 0)

export function mount(root: HTMLElement): () => void {
  const lang = langOf(root)
  const word = (key: AxisWord) => axisWord(key, lang)
  const frame = part(root, '.axis-frame', HTMLElement)
  const status = part(root, '.axis-status', HTMLElement)
  const range = part(root, '.axis-range', HTMLOutputElement)
  const summary = part(root, '.axis-summary', HTMLElement)
  const src = root.dataset.src ?? ''
  const teardown = new Teardown()
  const abort = new AbortController()
  teardown.add(() => abort.abort())
  const notice = el('p', { className: 'axis-notice', attrs: { role: 'alert' } })
  teardown.add(() => notice.remove())

  let data: AxisData | undefined
  let bounds: View = { from: 0, to: 1 }
  let view: View = bounds
  let width = frame.clientWidth || 800
  let chart: SVGSVGElement | undefined
  let settle: ReturnType<typeof setTimeout> | undefined
  let frameRequest = 0
  const byKey = new Map<string, AxisItem>()
  const requested = new Set<string>()
  /** The mark Tab reaches (one tab stop for the whole axis); arrows move it. */
  let current: string | undefined
  /** Event files on their way: while any is, the frame is aria-busy. */
  let pending = 0
  const eventsDir = src.replace(/\.json$/, '')

  const x = (m: number) => ((m - view.from) / (view.to - view.from)) * width

  const describe = (item: AxisItem): string => {
    const head = item.of ? byKey.get(item.of) : undefined
    const offset = head ? ` (${offsetText(item.from - head.from)})` : ''
    return `${item.label}${offset}. ${item.summary}`
  }

  const drawMark = (item: AxisItem, group: SVGGElement) => {
    const a = svg('a', { href: item.href, 'aria-label': describe(item), 'data-key': item.key, tabindex: -1 }, group)
    const sev = item.severity ? ` sev-${item.severity}` : ''
    a.setAttribute('class', `mark kind-${item.kind} lane-${data?.lanes[item.lane]?.id ?? ''}${sev}`)
    const top = laneTop(item.lane) + (item.kind === 'event' ? 34 : 8)
    const h = item.kind === 'incident' ? 20 : 16
    const x0 = x(item.from)
    if (item.kind === 'incident' && item.solid !== undefined && item.soft !== undefined) {
      const solidW = Math.max(MIN_W, x(item.solid) - x0)
      svg('rect', { class: 'solid', x: x0, y: top, width: solidW, height: h }, a)
      const softW = x(item.soft) - x0 - solidW
      if (softW > 0.5) svg('rect', { class: 'soft', x: x0 + solidW, y: top, width: softW, height: h }, a)
      if (item.to > item.from)
        svg('rect', { class: 'start-span', x: x0, y: top - 4, width: x(item.to) - x0, height: 3 }, a)
      return
    }
    if (item.to > item.from || item.kind === 'incident') {
      const w = Math.max(MIN_W + 2, x(item.to) - x0)
      svg('rect', { class: 'span', x: x0, y: top, width: w, height: h, rx: 3 }, a)
      return
    }
    svg('circle', { class: 'point', cx: x0, cy: top + h / 2, r: 6 }, a)
  }

  const render = () => {
    frameRequest = 0
    if (!data || !chart) return
    const focused = document.activeElement instanceof SVGElement ? document.activeElement.dataset.key : undefined
    chart.replaceChildren()
    chart.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`)
    chart.setAttribute('width', String(width))
    const grid = svg('g', { class: 'grid', 'aria-hidden': 'true' }, chart)
    data.lanes.forEach((lane, i) => {
      svg('rect', { class: `lane-bg lane-${lane.id}`, x: 0, y: laneTop(i), width, height: LANE_H[i] ?? 34 }, grid)
      const name = svg('text', { class: 'lane-name', x: 4, y: laneTop(i) + 12 }, grid)
      name.textContent = lane.name
    })
    for (const t of ticks(view, Math.max(2, Math.floor(width / 110)))) {
      const tx = x(t.at)
      svg('line', { class: 'tick', x1: tx, x2: tx, y1: TICK_H - 6, y2: HEIGHT }, grid)
      const label = svg('text', { class: 'tick-label', x: tx + 3, y: TICK_H - 10 }, grid)
      label.textContent = t.label
    }
    const marks = svg('g', { class: 'marks' }, chart)
    const showEvents = view.to - view.from <= EVENT_SPAN
    let shown = 0
    for (const item of data.items) {
      if (item.kind === 'event' && !showEvents) continue
      const end = Math.max(item.to, item.soft ?? item.to)
      if (end < view.from || item.from > view.to) continue
      if (showEvents && item.kind === 'incident') loadEvents(item.key)
      drawMark(item, marks)
      shown += 1
    }
    const links = [...marks.querySelectorAll('a')]
    const tabbable = links.find((a) => a.dataset.key === current) ?? links[0]
    tabbable?.setAttribute('tabindex', '0')
    frame.tabIndex = tabbable ? -1 : 0
    range.value = `${word('showing')}: ${formatMinute(view.from).replace('T', ' ')} – ${formatMinute(view.to).replace('T', ' ')} (${shown} ${word('marks')})`
    if (focused) links.find((a) => a.dataset.key === focused)?.focus()
  }

  /** Fetches an incident's events once, and draws again when they arrive. */
  function loadEvents(key: string) {
    if (requested.has(key)) return
    requested.add(key)
    pending += 1
    frame.setAttribute('aria-busy', 'true')
    fetch(`${eventsDir}/${key.replace(/^incident-/, '')}.json`, { signal: abort.signal })
      .then((res) => (res.ok ? res.json() : undefined))
      .then((json: unknown) => {
        if (!data || !isAxisData(json)) return
        const events = json.items.filter((i) => i.kind === 'event' && !byKey.has(i.key))
        for (const e of events) byKey.set(e.key, e)
        data.items = [...data.items, ...events].sort((a, b) => a.from - b.from || a.lane - b.lane)
        show(view, false)
      })
      .catch(() => requested.delete(key))
      .finally(() => {
        pending -= 1
        if (pending === 0) frame.removeAttribute('aria-busy')
      })
  }

  const queryFor = (v: View): string => {
    const q = new URLSearchParams(window.location.search)
    q.delete('start')
    q.delete('end')
    for (const [k, val] of viewEntries(v, bounds)) q.set(k, val)
    const s = q.toString()
    return s === '' ? '' : `?${s}`
  }

  const show = (next: View, remember = true) => {
    if (!data) return
    view = next
    if (frameRequest === 0) frameRequest = requestAnimationFrame(render)
    if (settle !== undefined) clearTimeout(settle)
    settle = undefined
    if (!remember) return
    settle = setTimeout(() => {
      settle = undefined
      const query = queryFor(view)
      if (query !== window.location.search) {
        const { pathname, hash } = window.location
        window.history.pushState(null, '', `${pathname}${query}${hash}`)
      }
    }, SETTLE_MS)
  }

  const fromAddress = () => {
    if (!data) return
    const read = readView(new URLSearchParams(window.location.search), bounds)
    if (read.rejected.length > 0) {
      notice.textContent = `${word('ignored')}: ${valueList(read.rejected)}`
      range.before(notice)
    } else notice.remove()
    show(read.view ?? bounds, false)
  }

  /** The anchor of a keyboard zoom: the focused mark where there is one, else the middle. */
  const keyAnchor = (target: EventTarget | null): number => {
    const key = target instanceof SVGElement ? target.dataset.key : undefined
    const item = key ? byKey.get(key) : undefined
    if (!item) return 0.5
    const at = item.to > item.from ? (item.from + item.to) / 2 : item.from
    return Math.min(1, Math.max(0, (at - view.from) / (view.to - view.from)))
  }

  const markKey = (target: EventTarget | null): string | undefined =>
    target instanceof SVGElement ? target.dataset.key : undefined

  /** Moves focus to the previous or next mark in time, bringing it into view. */
  const step = (from: string, by: number) => {
    if (!data) return
    const showEvents = view.to - view.from <= EVENT_SPAN
    const list = data.items.filter((i) => showEvents || i.kind !== 'event')
    const next = list[list.findIndex((i) => i.key === from) + by]
    if (!next) return
    current = next.key
    const span = view.to - view.from
    if (next.from < view.from || next.from > view.to) {
      show(clampView({ from: next.from - span / 2, to: next.from + span / 2 }, bounds))
    }
    if (frameRequest !== 0) cancelAnimationFrame(frameRequest)
    render()
    const mark = chart?.querySelector(`a[data-key="${CSS.escape(next.key)}"]`)
    if (mark instanceof SVGElement) mark.focus()
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const k = e.key
    if (k === '+' || k === '=') show(zoomView(view, ZOOM_STEP, keyAnchor(e.target), bounds))
    else if (k === '-' || k === '_') show(zoomView(view, 1 / ZOOM_STEP, keyAnchor(e.target), bounds))
    else if ((k === 'ArrowLeft' || k === 'ArrowRight') && !e.shiftKey && markKey(e.target)) {
      step(markKey(e.target) ?? '', k === 'ArrowLeft' ? -1 : 1)
    } else if (k === 'ArrowLeft') show(panView(view, -0.2, bounds))
    else if (k === 'ArrowRight') show(panView(view, 0.2, bounds))
    else if (k === '0') show(bounds)
    else return
    e.preventDefault()
  }

  const pointers = new Map<number, number>()
  let dragged = 0
  const anchorAt = (clientX: number) => {
    const box = frame.getBoundingClientRect()
    return Math.min(1, Math.max(0, (clientX - box.left) / (box.width || 1)))
  }
  const spread = () => {
    const [a, b] = [...pointers.values()]
    return a === undefined || b === undefined ? 0 : Math.abs(a - b)
  }

  const wire = () => {
    teardown.on(frame, 'keydown', onKey)
    teardown.on(frame, 'wheel', (e) => {
      if (e.deltaY === 0) return
      e.preventDefault()
      const factor = Math.min(4, Math.max(0.25, Math.exp(e.deltaY * 0.002)))
      show(zoomView(view, factor, anchorAt(e.clientX), bounds))
    })
    teardown.on(frame, 'pointerdown', (e) => {
      if (e.button !== 0) return
      pointers.set(e.pointerId, e.clientX)
      dragged = 0
    })
    teardown.on(frame, 'pointermove', (e) => {
      const last = pointers.get(e.pointerId)
      if (last === undefined) return
      if (pointers.size === 1) {
        const dx = e.clientX - last
        dragged += Math.abs(dx)
        if (dragged > 4 && !frame.hasPointerCapture(e.pointerId)) frame.setPointerCapture(e.pointerId)
        pointers.set(e.pointerId, e.clientX)
        if (dragged > 4) show(panView(view, -dx / width, bounds))
        return
      }
      const before = spread()
      pointers.set(e.pointerId, e.clientX)
      const after = spread()
      dragged += 10
      const mid = [...pointers.values()].reduce((s, v) => s + v, 0) / pointers.size
      if (before > 0 && after > 0) show(zoomView(view, before / after, anchorAt(mid), bounds))
    })
    const lift = (e: PointerEvent) => {
      pointers.delete(e.pointerId)
    }
    teardown.on(frame, 'pointerup', lift)
    teardown.on(frame, 'pointercancel', lift)
    teardown.on(frame, 'click', (e) => {
      if (dragged > 4) e.preventDefault()
    })
    const hint = (e: Event) => {
      const mark = e.target instanceof Element ? e.target.closest('a') : null
      const key = mark?.dataset.key
      const item = key ? byKey.get(key) : undefined
      if (!item) return
      summary.textContent = describe(item)
      if (e.type !== 'focusin' || !key || key === current) return
      current = key
      for (const a of frame.querySelectorAll('a[data-key]')) a.setAttribute('tabindex', a === mark ? '0' : '-1')
    }
    teardown.on(frame, 'focusin', hint)
    teardown.on(frame, 'mouseover', hint)
    for (const button of root.querySelectorAll('button[data-zoom]')) {
      if (!(button instanceof HTMLButtonElement)) continue
      teardown.on(button, 'click', () => {
        const how = button.dataset.zoom
        show(how === 'all' ? bounds : zoomView(view, how === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP, 0.5, bounds))
      })
    }
    teardown.onWindow('popstate', fromAddress)
    const resize = new ResizeObserver(() => {
      const next = frame.clientWidth
      if (next > 0 && next !== width) {
        width = next
        show(view, false)
      }
    })
    resize.observe(frame)
    teardown.add(() => resize.disconnect())
  }

  const start = (loaded: AxisData) => {
    data = loaded
    for (const item of loaded.items) byKey.set(item.key, item)
    bounds = { from: loaded.start, to: Math.ceil(Date.now() / 60_000) }
    chart = svg('svg', { class: 'axis-chart', height: HEIGHT })
    status.remove()
    frame.append(chart)
    width = frame.clientWidth || width
    fromAddress()
  }

  wire()
  fetch(src, { signal: abort.signal })
    .then((res) => (res.ok ? res.json() : undefined))
    .then((json: unknown) => {
      if (!isAxisData(json)) throw new Error('not axis data')
      start(json)
    })
    .catch(() => {
      if (!abort.signal.aborted) status.textContent = word('failed')
    })

  teardown.add(() => {
    if (settle !== undefined) clearTimeout(settle)
    if (frameRequest !== 0) cancelAnimationFrame(frameRequest)
    chart?.remove()
    if (!status.isConnected) frame.prepend(status)
    status.textContent = word('loading')
    frame.removeAttribute('tabindex')
    frame.removeAttribute('aria-busy')
    summary.textContent = ''
    range.value = ''
  })
  return teardown.run
}
