/**
 * Island `time-axis` (root: time-axis.tsx, on /timeline/ and at the top of every incident page; the
 * embed builds the same markup, axis/markup.ts). Loads `data/axis/<lang>.json` (lib/timeline/axis.ts)
 * and draws it as an SVG (axis/draw.ts): a window of time (2010 to today at the widest, half an hour
 * at the narrowest) with incidents as bars coloured by severity, policy steps and responses as marks;
 * zoomed in to a few days, each incident's events (and on its own page its service outages) from
 * `data/axis/<lang>/<incident-id>.json`. On an incident page (`data-incident`) that file comes first
 * and the whole axis only once the reader reaches for the axis or the view leaves the incident's own
 * items. The sources in the summary come from `data/axis/<lang>.sources.json`, fetched on the first
 * hover or focus. Lanes by kind, company, facility or factor (`lanes=`, lib/timeline/axis-layout.ts);
 * two incidents on one relative clock (`compare=a,b`, lib/timeline/axis-compare.ts). Every mark is a
 * link; focus or hover shows its summary and sources. One tab stop: `←`/`→` move between marks.
 * Zoom: buttons, `+`/`-`, wheel, double click, two fingers; pan: drag, `Shift`+`←`/`→`; `0` shows
 * everything. At most one redraw a frame; during a drag, wheel or pinch the drawn chart is moved by
 * a CSS transform and redrawn when the gesture settles. The view is in the address with the
 * timeline's filters (which the axis obeys); a settled view is a new history entry (or replaces it,
 * `data-history="replace"`); `data-target` is where marks open. Nothing animates, so reduced motion
 * is respected as it stands.
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
import { EVENT_SPAN } from '@/lib/timeline/axis-files'
import { compareLayout, type Layout, layoutLanes } from '@/lib/timeline/axis-layout'
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
import { busyMarker, fetchAxis, fetchSources, knownIds } from './axis/data'
import { createChart } from './axis/draw'
import { wireControls, wireKeys } from './axis/keys'
import { wirePointer } from './axis/pointer'
import { type SourcesState, showSummary, tipContent } from './axis/summary'
import { createTip } from './axis/tip'

const SETTLE_MS = 450
/** A gesture (drag, wheel, pinch) has settled when no input came for this long: then the chart is redrawn. */
const GESTURE_MS = 120

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
  const replace = root.dataset.history === 'replace'
  const target = root.dataset.target
  const src = root.dataset.src ?? ''
  const eventsDir = src.replace(/\.json$/, '')
  const height = Number(frame.dataset.height) || frame.clientHeight || 194
  // The height is reserved by the page; set here too where inline styles are not allowed (the embed).
  const teardown = new Teardown()
  if (frame.dataset.height && frame.style.height === '') {
    frame.style.height = `${height + 2}px`
    teardown.add(() => frame.style.removeProperty('height'))
  }
  const abort = new AbortController()
  teardown.add(() => abort.abort())
  const notice = el('p', { className: 'axis-notice', attrs: { role: 'alert' } })
  const comparing = el('p', { className: 'axis-comparing' })
  teardown.add(() => {
    notice.remove()
    comparing.remove()
  })

  /** What the axis started from: the whole axis, or on an incident page its own file until the whole one comes. */
  let base: AxisData | undefined
  let whole: Promise<AxisData | undefined> | undefined
  let wholeIn = false
  let items: AxisItem[] = []
  let options: AxisOptions = { lanes: 'kind' }
  let filters: TimelineFilters = {}
  let compared: { names: [string, string]; key: string } | undefined
  let bounds: View = { from: 0, to: 1 }
  let view: View = bounds
  let width = frame.clientWidth || 800
  const chart = createChart(height)
  let settle: ReturnType<typeof setTimeout> | undefined
  let gestureEnd: ReturnType<typeof setTimeout> | undefined
  let frameRequest = 0
  let full = false
  let current: string | undefined
  let sources: Record<string, string[]> | undefined
  let sourcesAsked = false
  /** The sources file could not be loaded: said in the summary and the tip; the reader's next hover or focus asks again. */
  let sourcesFailed = false
  /** The page is being left: a request it cuts short is nothing to report. */
  let leaving = false
  /** On an incident page: the lanes of its own file (with its service outages' lane). */
  let ownLanes: AxisData['lanes'] | undefined
  /** The names of the companies, facilities and factors, from every file merged so far. */
  let names: AxisData['names'] = {}
  const byKey = new Map<string, AxisItem>()
  const requested = new Set<string>()
  /** The lanes and the marks that pass the zoom and filters, kept until what they depend on changes. */
  let laid: { key: unknown[]; layout: Layout } | undefined
  let shown: { key: unknown[]; list: AxisItem[] } | undefined
  const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i])

  const offset = (item: AxisItem) => {
    const head = item.of ? byKey.get(item.of) : undefined
    return compared ? ` (${offsetText(item.from)})` : head ? ` (${offsetText(item.from - head.from)})` : ''
  }
  const describe = (item: AxisItem) => `${item.label}${offset(item)}. ${item.summary}`
  const showEvents = () => compared !== undefined || view.to - view.from <= EVENT_SPAN
  const visible = (): AxisItem[] => {
    const key = [items, showEvents(), filters, compared]
    if (shown && same(shown.key, key)) return shown.list
    const list = items
      .filter(
        (i) =>
          (i.kind !== 'event' && i.kind !== 'outage') ||
          (showEvents() && (i.kind === 'event' || i.of === `incident-${own}`)),
      )
      .filter((i) => compared !== undefined || !i.facets || matches(i.facets, filters))
    shown = { key, list }
    return list
  }
  const layoutNow = (): Layout => {
    const key = [items, options.lanes, ownLanes, compared, names]
    if (laid && same(laid.key, key)) return laid.layout
    const layout =
      compared || !base
        ? compareLayout(compared?.names ?? ['', ''], height)
        : layoutLanes(
            { ...base, names, lanes: ownLanes ?? base.lanes, items },
            options.lanes,
            height,
            word('laneOther'),
          )
    laid = { key, layout }
    return layout
  }
  const at = (m: number) => (compared ? offsetText(m) : formatMinute(m).replace('T', ' '))
  const sayRange = (count: number) => {
    range.value = `${word('showing')}: ${at(view.from)} – ${at(view.to)} (${count} ${word('marks')})`
  }

  /** On an incident page, before the whole axis is in: a view beyond the incident's own items needs it. */
  const beyondOwn = () => {
    if (wholeIn || compared || !own) return false
    const head = byKey.get(`incident-${own}`)
    return (
      !head ||
      view.to - view.from > EVENT_SPAN ||
      view.from < head.from - EVENT_SPAN ||
      view.to > head.from + EVENT_SPAN
    )
  }

  const render = () => {
    frameRequest = 0
    full = false
    if (!base) return
    if (beyondOwn()) loadWhole()
    const focused = document.activeElement instanceof SVGElement ? document.activeElement.dataset.key : undefined
    const layout = layoutNow()
    const inView = visible().filter((i) => Math.max(i.to, i.soft ?? i.to) >= view.from && i.from <= view.to)
    if (!compared && showEvents()) for (const i of inView) if (i.kind === 'incident') loadEvents(i.key)
    const placed = inView.filter((i) => layout.place(i) !== undefined)
    // A frame's width either side (within the bounds) is drawn too, for moving the chart during a gesture.
    const span = view.to - view.from
    const wide = { from: Math.max(bounds.from, view.from - span), to: Math.min(bounds.to, view.to + span) }
    const near = visible().filter((i) => Math.max(i.to, i.soft ?? i.to) >= wide.from && i.from <= wide.to)
    const max = Math.max(2, Math.floor(width / 110)) * ((wide.to - wide.from) / span)
    chart.draw({
      width,
      height,
      view,
      layout,
      items: near,
      describe,
      current: placed.some((i) => i.key === current) ? current : placed[0]?.key,
      find: (key) => byKey.get(key),
      ticks: compared ? relTicks(wide, max) : ticks(wide, max),
      ...(target ? { target } : {}),
    })
    frame.tabIndex = placed.length > 0 ? -1 : 0
    sayRange(placed.length)
    if (focused && document.activeElement?.getAttribute('data-key') !== focused)
      chart.node.querySelector<SVGElement>(`a[data-key="${CSS.escape(focused)}"]`)?.focus()
  }

  /**
   * One frame of a gesture: move the drawn chart if it covers the view, else draw. The range line is
   * rewritten when the gesture settles (the redraw): new text there each frame would lay out and
   * repaint the page around the axis, and a live region should not speak sixty times a second.
   */
  const glide = () => {
    frameRequest = 0
    if (full || !chart.shift(view)) render()
  }

  const merge = (json: AxisData) => {
    const fresh = json.items.filter((i) => !byKey.has(i.key))
    for (const e of fresh) byKey.set(e.key, e)
    names = { ...names, ...json.names }
    items = [...items, ...fresh].sort((a, b) => a.from - b.from || a.lane - b.lane)
  }

  const busy = busyMarker(frame)
  const tip = createTip(root, frame, teardown)

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

  /** The whole axis, fetched once (at once, or on an incident page when needed); merged when it comes. */
  function loadWhole(): Promise<AxisData | undefined> {
    whole ??= busy(fetchAxis(abort.signal, src)).then((json) => {
      if (!json) return undefined
      wholeIn = true
      if (!compared && base) {
        merge(json)
        show(view, false)
      }
      return json
    })
    whole.catch(() => {
      whole = undefined
    })
    return whole
  }

  const queryFor = (v: View): string =>
    axisQuery(window.location.search, options, compared ? relEntries(v, bounds) : viewEntries(v, bounds))

  const remember = (query: string) => {
    const { pathname, hash } = window.location
    window.history[replace ? 'replaceState' : 'pushState'](null, '', `${pathname}${query}${hash}`)
  }

  /** Shows a view: redrawn in the next frame (a gesture's frames move the drawn chart instead). */
  const show = (next: View, keep = true, gesture = false) => {
    if (!base) return
    if (next.from !== view.from || next.to !== view.to) tip.hide()
    view = next
    if (!gesture) full = true
    if (frameRequest === 0) frameRequest = requestAnimationFrame(gesture ? glide : render)
    if (gesture) {
      if (gestureEnd !== undefined) clearTimeout(gestureEnd)
      gestureEnd = setTimeout(() => {
        gestureEnd = undefined
        show(view, false)
      }, GESTURE_MS)
    }
    if (!keep) return
    if (settle !== undefined) clearTimeout(settle)
    settle = setTimeout(() => {
      settle = undefined
      const query = queryFor(view)
      if (query !== window.location.search) remember(query)
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
    if (!base) return
    const query = [...new URLSearchParams(window.location.search)]
    // Another incident in the address (a comparison) is checked against the whole axis.
    const all = query.some(([k]) => k === 'compare') ? ((await loadWhole()) ?? base) : base
    const known = new Set(all.items.filter((i) => i.kind === 'incident').map((i) => i.key.replace(/^incident-/, '')))
    const read = readAxisOptions(query, (id) => known.has(id))
    const pair = read.options.compare
    if ((pair?.join() ?? '') !== (compared?.key ?? '')) {
      compared = undefined
      comparing.remove()
      items = []
      byKey.clear()
      requested.clear()
      merge(base)
      if (wholeIn) merge((await whole) ?? base)
      bounds = { from: base.start, to: Math.ceil(Date.now() / 60_000) }
      if (pair) await startCompare(pair)
    }
    options = read.options
    const laneSelect = root.querySelector('select[data-lanes]')
    if (laneSelect instanceof HTMLSelectElement) laneSelect.value = options.lanes
    if (follow) filters = parseTimelineFilters(query, knownIds(items)).filters
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
    remember(keep ? queryFor(view) : axisQuery(window.location.search, next, []))
    load(fromAddress())
  }

  const load = (p: Promise<void>) => {
    p.catch(() => {
      if (!abort.signal.aborted && !leaving)
        status.textContent = word(root.dataset.alone !== undefined ? 'failedAlone' : 'failed')
    })
  }

  /** Moves focus to the previous or next mark in time, bringing it into view. */
  const step = (from: string, by: number) => {
    const list = visible()
    const next = list[list.findIndex((i) => i.key === from) + by]
    if (!next) return
    const span = view.to - view.from
    const away = next.from < view.from || next.from > view.to
    // A mark already drawn in view is only focused (the focus handler moves the tab stop): no redraw.
    const drawn = away || frameRequest !== 0 ? null : chart.node.querySelector(`a[data-key="${CSS.escape(next.key)}"]`)
    if (drawn instanceof SVGElement) return drawn.focus()
    current = next.key
    if (away) show(clampView({ from: next.from - span / 2, to: next.from + span / 2 }, bounds))
    if (frameRequest !== 0) cancelAnimationFrame(frameRequest)
    render()
    const mark = chart.node.querySelector(`a[data-key="${CSS.escape(next.key)}"]`)
    if (mark instanceof SVGElement) mark.focus()
  }

  /** The summary of the mark under the pointer or in focus, under the axis and at the mark; its sources come with the first such hint. */
  const hintFor = (key: string, mark?: Element) => {
    const item = byKey.get(key)
    if (!item) return
    const got = sources?.[key]
    const state: SourcesState = sourcesFailed ? { failed: word('sourcesFailed') } : got ? { lines: got } : undefined
    const words = { sources: word('sources'), more: word('more') }
    showSummary(summary, item, describe(item), words, state, target)
    const content = tipContent(item, describe(item), words, state, target)
    if (mark) tip.open(mark, key, content)
    else tip.update(key, content)
    if (sourcesAsked && !(mark && sourcesFailed)) return
    sourcesAsked = true
    busy(fetchSources(abort.signal, src.replace(/\.json$/, '.sources.json')))
      .then((all) => {
        sources = all
        sourcesFailed = false
      })
      .catch(() => {
        // Cut short by leaving the page or unmounting: nothing to say (asked again if the page comes back).
        if (abort.signal.aborted || leaving) sourcesAsked = false
        else sourcesFailed = true
      })
      .then(() => {
        const now = summary.dataset.key
        if (now && !abort.signal.aborted && !leaving) hintFor(now)
      })
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
        const mid = item.to > item.from ? (item.from + item.to) / 2 : item.from
        return Math.min(1, Math.max(0, (mid - view.from) / (view.to - view.from)))
      },
    })
    wirePointer(frame, teardown, {
      zoom: (factor, anchor) => show(zoomView(view, factor, anchor, bounds), true, true),
      pan: (fraction) => show(panView(view, fraction, bounds), true, true),
      width: () => width,
    })
    const hint = (e: Event) => {
      const mark = e.target instanceof Element ? e.target.closest('a') : null
      const key = mark?.dataset.key
      if (!key || !mark) return
      hintFor(key, mark)
      if (e.type !== 'focusin' || key === current) return
      current = key
      for (const a of frame.querySelectorAll('a[data-key]')) a.setAttribute('tabindex', a === mark ? '0' : '-1')
    }
    teardown.on(frame, 'focusin', hint)
    teardown.on(frame, 'mouseover', hint)
    // A first tap on a mark shows its tip (a second, or the tip's link, opens the record).
    // (What the tip showed is taken at the touch: the mouse events a tap fires before its click open it too.)
    let touched: { shown: string | undefined } | undefined
    teardown.on(frame, 'pointerdown', (e) => {
      touched = e.pointerType === 'touch' ? { shown: tip.key() } : undefined
    })
    teardown.on(frame, 'click', (e) => {
      const mark = e.target instanceof Element ? e.target.closest('a') : null
      const key = mark?.dataset.key
      if (!touched || !mark || !key || e.defaultPrevented || touched.shown === key) return
      e.preventDefault()
      hintFor(key, mark)
    })
    teardown.onWindow('pagehide', () => {
      leaving = true
    })
    teardown.onWindow('pageshow', () => {
      leaving = false
    })
    // On an incident page, a reader reaching for the axis will likely leave the incident's hours.
    const reach = () => {
      if (own && base && !compared) loadWhole()
    }
    teardown.on(root, 'pointerenter', reach)
    teardown.on(root, 'focusin', reach)
    wireControls(root, teardown, {
      zoom: (factor) => show(factor === 0 ? bounds : zoomView(view, factor, 0.5, bounds)),
      lanes: (lanes) => setOptions({ ...options, lanes }),
    })
    teardown.onWindow('popstate', () => load(fromAddress()))
    const onFilters = () => {
      if (base && follow)
        filters = parseTimelineFilters(new URLSearchParams(window.location.search), knownIds(items)).filters
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
    base = loaded
    merge(loaded)
    bounds = { from: loaded.start, to: Math.ceil(Date.now() / 60_000) }
    status.remove()
    frame.append(chart.node)
    width = frame.clientWidth || width
    await fromAddress()
  }

  wire()
  // On an incident page (unless the address compares), its own file first: what the page opens on.
  const first = own !== undefined && !new URLSearchParams(window.location.search).has('compare')
  if (first) requested.add(`incident-${own}`)
  const opening = first
    ? busy(fetchAxis(abort.signal, `${eventsDir}/${own}.json`)).then((json) => {
        if (json) ownLanes = json.lanes
        return json ?? loadWhole()
      })
    : loadWhole()
  load(
    opening.then((json) => {
      if (!json) throw new Error('not axis data')
      return start(json)
    }),
  )

  teardown.add(() => {
    if (settle !== undefined) clearTimeout(settle)
    if (gestureEnd !== undefined) clearTimeout(gestureEnd)
    if (frameRequest !== 0) cancelAnimationFrame(frameRequest)
    chart.node.remove()
    if (!status.isConnected) frame.prepend(status)
    status.textContent = word('loading')
    frame.removeAttribute('tabindex')
    frame.removeAttribute('aria-busy')
    summary.textContent = ''
    delete summary.dataset.key
    range.value = ''
  })
  return teardown.run
}
