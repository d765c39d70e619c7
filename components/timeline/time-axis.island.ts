/**
 * Island `time-axis` (root: time-axis.tsx, on /timeline/ and at the top of every incident page).
 * Loads `data/axis/<lang>.json` (lib/timeline/axis.ts) and draws it as an SVG (axis/draw.ts): a
 * window of time (2010 to today at the widest, half an hour at the narrowest) with incidents as bars
 * coloured by severity, policy steps and responses as marks; zoomed in to a few days, each incident's
 * events (and on its own page its service outages) from `data/axis/<lang>/<incident-id>.json`.
 * Lanes by kind, company, facility or factor (`lanes=`, lib/timeline/axis-layout.ts); two incidents
 * on one relative clock (`compare=a,b`, lib/timeline/axis-compare.ts). Every mark is a link; focus
 * or hover shows its summary and sources. One tab stop: `←`/`→` move between marks. Zoom: buttons,
 * `+`/`-`, wheel, double click, two fingers; pan: drag, `Shift`+`←`/`→`; `0` shows everything. The
 * view is in the address with the timeline's filters (which the axis obeys); a settled view is a new
 * history entry. Nothing animates, so reduced motion is respected as it stands.
 */
import { valueList } from '@/lib/i18n/rejected'
import type { AxisData, AxisItem } from '@/lib/timeline/axis'
import {
  axisQuery,
  compareItems,
  headOf,
  readAxisOptions,
  readRelView,
  relEntries,
  relTicks,
} from '@/lib/timeline/axis-compare'
import type { AxisOptions } from '@/lib/timeline/axis-compare'
import { compareLayout, layoutLanes } from '@/lib/timeline/axis-layout'
import { type AxisWord, axisWord } from '@/lib/timeline/axis-messages'
import {
  around,
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
import { FILTERS_EVENT, matches, parseTimelineFilters, type TimelineFilters } from '@/lib/timeline/filters'
import { el, langOf, part, Teardown } from '../islands/dom'
import { busyMarker, fetchAxis, knownIds } from './axis/data'
import { drawChart, svg } from './axis/draw'
import { wireControls, wireKeys } from './axis/keys'
import { wirePointer } from './axis/pointer'
import { showSummary } from './axis/summary'

/** Below this window (minutes), every event of an incident is drawn. */
const EVENT_SPAN = 4 * 1440
const SETTLE_MS = 450

export function mount(root: HTMLElement): () => void {
  const lang = langOf(root)
  const word = (key: AxisWord) => axisWord(key, lang)
  const frame = part(root, '.axis-frame', HTMLElement)
  const status = part(root, '.axis-status', HTMLElement)
  const range = part(root, '.axis-range', HTMLOutputElement)
  const summary = part(root, '.axis-summary', HTMLElement)
  const own = root.dataset.incident
  /** On /timeline/ (data-follow-filters): the filters in the address apply to the axis too. */
  const follow = root.dataset.followFilters !== undefined
  const src = root.dataset.src ?? ''
  const eventsDir = src.replace(/\.json$/, '')
  const height = Number(frame.dataset.height) || frame.clientHeight || 194
  const teardown = new Teardown()
  const abort = new AbortController()
  teardown.add(() => abort.abort())
  const notice = el('p', { className: 'axis-notice', attrs: { role: 'alert' } })
  const comparing = el('p', { className: 'axis-comparing' })
  teardown.add(() => {
    notice.remove()
    comparing.remove()
  })

  let whole: AxisData | undefined
  let items: AxisItem[] = []
  let options: AxisOptions = { lanes: 'kind' }
  let filters: TimelineFilters = {}
  let compared: { names: [string, string]; key: string } | undefined
  let bounds: View = { from: 0, to: 1 }
  let view: View = bounds
  let width = frame.clientWidth || 800
  let chart: SVGSVGElement | undefined
  let settle: ReturnType<typeof setTimeout> | undefined
  let frameRequest = 0
  let current: string | undefined
  /** On an incident page: the lanes of its own file (with its service outages' lane). */
  let ownLanes: AxisData['lanes'] | undefined
  const byKey = new Map<string, AxisItem>()
  const requested = new Set<string>()

  const offset = (item: AxisItem) => {
    const head = item.of ? byKey.get(item.of) : undefined
    return compared ? ` (${offsetText(item.from)})` : head ? ` (${offsetText(item.from - head.from)})` : ''
  }
  const describe = (item: AxisItem) => `${item.label}${offset(item)}. ${item.summary}`
  const showEvents = () => compared !== undefined || view.to - view.from <= EVENT_SPAN
  const visible = () =>
    items
      .filter(
        (i) =>
          (i.kind !== 'event' && i.kind !== 'outage') ||
          (showEvents() && (i.kind === 'event' || i.of === `incident-${own}`)),
      )
      .filter((i) => compared !== undefined || !i.facets || matches(i.facets, filters))

  const render = () => {
    frameRequest = 0
    if (!whole || !chart) return
    const focused = document.activeElement instanceof SVGElement ? document.activeElement.dataset.key : undefined
    const inView = visible().filter((i) => Math.max(i.to, i.soft ?? i.to) >= view.from && i.from <= view.to)
    if (!compared && showEvents()) for (const i of inView) if (i.kind === 'incident') loadEvents(i.key)
    const layout = compared
      ? compareLayout(compared.names, height)
      : layoutLanes({ ...whole, lanes: ownLanes ?? whole.lanes, items }, options.lanes, height, word('laneOther'))
    const max = Math.max(2, Math.floor(width / 110))
    const marks = drawChart(chart, {
      width,
      height,
      view,
      layout,
      items: inView,
      describe,
      current,
      find: (key) => byKey.get(key),
      ticks: compared ? relTicks(view, max) : ticks(view, max),
    })
    frame.tabIndex = marks.length > 0 ? -1 : 0
    const at = (m: number) => (compared ? offsetText(m) : formatMinute(m).replace('T', ' '))
    range.value = `${word('showing')}: ${at(view.from)} – ${at(view.to)} (${marks.length} ${word('marks')})`
    if (focused) marks.find((a) => a.dataset.key === focused)?.focus()
  }

  const merge = (json: AxisData) => {
    const fresh = json.items.filter((i) => !byKey.has(i.key))
    for (const e of fresh) byKey.set(e.key, e)
    items = [...items, ...fresh].sort((a, b) => a.from - b.from || a.lane - b.lane)
  }

  const busy = busyMarker(frame)

  /** Fetches an incident's events once, and draws again when they arrive. */
  function loadEvents(key: string) {
    if (requested.has(key)) return
    requested.add(key)
    busy(fetchAxis(abort.signal, `${eventsDir}/${key.replace(/^incident-/, '')}.json`))
      .then((json) => {
        if (json && !compared) merge(json)
        if (json && key === `incident-${own}`) ownLanes = json.lanes
        show(view, false)
      })
      .catch(() => requested.delete(key))
  }

  const queryFor = (v: View): string =>
    axisQuery(window.location.search, options, compared ? relEntries(v, bounds) : viewEntries(v, bounds))

  const show = (next: View, remember = true) => {
    if (!whole) return
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

  /** The incident's own window on its page: its start to its end, at most a few days, so its events show. */
  const ownWindow = (): View | undefined => {
    const head = own ? byKey.get(`incident-${own}`) : undefined
    if (!head) return undefined
    const end = Math.min(Math.max(head.soft ?? head.to, head.from + 60), head.from + EVENT_SPAN * 0.8)
    return around(head.from, end, 0.06, bounds)
  }

  const startCompare = async (pair: readonly [string, string]) => {
    const [a, b] = await busy(Promise.all(pair.map((id) => fetchAxis(abort.signal, `${eventsDir}/${id}.json`))))
    if (!a || !b) throw new Error('no data to compare')
    const names: [string, string] = [headOf(a)?.label ?? pair[0], headOf(b)?.label ?? pair[1]]
    const both = compareItems(a, b)
    compared = { names, key: pair.join() }
    items = both.items
    byKey.clear()
    for (const i of items) byKey.set(i.key, i)
    bounds = both.bounds
    comparing.replaceChildren(`${word('comparing')}: ${names[0]} · ${names[1]} `)
    const stop = el('button', { text: word('compareEnd'), attrs: { type: 'button' } })
    stop.addEventListener('click', () => setOptions({ ...options, compare: undefined }))
    comparing.append(stop)
    range.before(comparing)
  }

  const fromAddress = async () => {
    if (!whole) return
    const query = [...new URLSearchParams(window.location.search)]
    const known = new Set(whole.items.filter((i) => i.kind === 'incident').map((i) => i.key.replace(/^incident-/, '')))
    const read = readAxisOptions(query, (id) => known.has(id))
    const pair = read.options.compare
    if ((pair?.join() ?? '') !== (compared?.key ?? '')) {
      compared = undefined
      comparing.remove()
      items = []
      byKey.clear()
      requested.clear()
      merge(whole)
      bounds = { from: whole.start, to: Math.ceil(Date.now() / 60_000) }
      if (pair) await startCompare(pair)
    }
    options = read.options
    const laneSelect = root.querySelector('select[data-lanes]')
    if (laneSelect instanceof HTMLSelectElement) laneSelect.value = options.lanes
    if (follow) filters = parseTimelineFilters(query, knownIds(whole.items)).filters
    const v = compared ? readRelView(query, bounds) : readView(query, bounds)
    const rejected = [...read.rejected, ...v.rejected]
    if (rejected.length > 0) {
      notice.textContent = `${word('ignored')}: ${valueList(rejected)}`
      range.before(notice)
    } else notice.remove()
    if (!compared && own) loadEvents(`incident-${own}`)
    show(v.view ?? (compared ? { from: -60, to: 1440 } : ownWindow()) ?? bounds, false)
  }

  /** New options as a new history entry: the lanes keep the view; leaving a comparison starts afresh. */
  const setOptions = (next: AxisOptions) => {
    const keep = next.compare?.join() === options.compare?.join()
    options = next
    const query = keep ? queryFor(view) : axisQuery(window.location.search, next, [])
    const { pathname, hash } = window.location
    window.history.pushState(null, '', `${pathname}${query}${hash}`)
    load(fromAddress())
  }

  const load = (p: Promise<void>) => {
    p.catch(() => {
      if (!abort.signal.aborted) status.textContent = word('failed')
    })
  }

  /** Moves focus to the previous or next mark in time, bringing it into view. */
  const step = (from: string, by: number) => {
    const list = visible()
    const next = list[list.findIndex((i) => i.key === from) + by]
    if (!next) return
    current = next.key
    const span = view.to - view.from
    if (next.from < view.from || next.from > view.to)
      show(clampView({ from: next.from - span / 2, to: next.from + span / 2 }, bounds))
    if (frameRequest !== 0) cancelAnimationFrame(frameRequest)
    render()
    const mark = chart?.querySelector(`a[data-key="${CSS.escape(next.key)}"]`)
    if (mark instanceof SVGElement) mark.focus()
  }

  const wire = () => {
    wireKeys(frame, teardown, {
      zoom: (factor, anchor) => show(zoomView(view, factor, anchor, bounds)),
      pan: (fraction) => show(panView(view, fraction, bounds)),
      all: () => show(bounds),
      step,
      anchorOf: (key) => {
        const item = byKey.get(key)
        if (!item) return 0.5
        const at = item.to > item.from ? (item.from + item.to) / 2 : item.from
        return Math.min(1, Math.max(0, (at - view.from) / (view.to - view.from)))
      },
    })
    wirePointer(frame, teardown, {
      zoom: (factor, anchor) => show(zoomView(view, factor, anchor, bounds)),
      pan: (fraction) => show(panView(view, fraction, bounds)),
      width: () => width,
    })
    const hint = (e: Event) => {
      const mark = e.target instanceof Element ? e.target.closest('a') : null
      const key = mark?.dataset.key
      const item = key ? byKey.get(key) : undefined
      if (!item) return
      showSummary(summary, item, describe(item), word('sources'))
      if (e.type !== 'focusin' || !key || key === current) return
      current = key
      for (const a of frame.querySelectorAll('a[data-key]')) a.setAttribute('tabindex', a === mark ? '0' : '-1')
    }
    teardown.on(frame, 'focusin', hint)
    teardown.on(frame, 'mouseover', hint)
    wireControls(root, teardown, {
      zoom: (factor) => show(factor === 0 ? bounds : zoomView(view, factor, 0.5, bounds)),
      lanes: (lanes) => setOptions({ ...options, lanes }),
    })
    teardown.onWindow('popstate', () => load(fromAddress()))
    const onFilters = () => {
      if (whole && follow)
        filters = parseTimelineFilters(new URLSearchParams(window.location.search), knownIds(whole.items)).filters
      show(view, false)
    }
    window.addEventListener(FILTERS_EVENT, onFilters)
    teardown.add(() => window.removeEventListener(FILTERS_EVENT, onFilters))
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

  const start = async (loaded: AxisData) => {
    whole = loaded
    merge(loaded)
    bounds = { from: loaded.start, to: Math.ceil(Date.now() / 60_000) }
    chart = svg('svg', { class: 'axis-chart', height })
    status.remove()
    frame.append(chart)
    width = frame.clientWidth || width
    await fromAddress()
  }

  wire()
  load(
    fetchAxis(abort.signal, src).then((json) => {
      if (!json) throw new Error('not axis data')
      return start(json)
    }),
  )

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
