/**
 * Drawing the time axis: the lanes, the ticks and every mark in view, as SVG, into the chart. Each
 * mark is a link named for a screen reader; only the current one is in the tab order (the axis is
 * one tab stop). Text goes in as text, never as markup.
 *
 * A redraw keeps the nodes it can: each mark by its item's key (so focus stays on it), lanes, ticks
 * and a mark's shapes by position; it writes only the attributes that changed. The chart is drawn
 * a frame's width beyond either edge (the frame hides it), so that during a drag or a pinch the
 * island can move and stretch the drawn chart with a CSS transform (`shift`, compositor only) and
 * redraw once the gesture settles.
 */
import type { AxisItem } from '@/lib/timeline/axis'
import type { Layout } from '@/lib/timeline/axis-layout'
import type { Tick, View } from '@/lib/timeline/axis-view'

const NS = 'http://www.w3.org/2000/svg'
/** Bars and spans narrower than this are drawn this wide (said on screen). */
const MIN_W = 4

const round = (n: number) => Math.round(n * 10) / 10

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  parent?: SVGElement,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v))
  parent?.append(node)
  return node
}

export interface Scene {
  width: number
  height: number
  view: View
  layout: Layout
  ticks: Tick[]
  /** The items to draw, in time order: the island has already left out what the zoom or filters hide. */
  items: readonly AxisItem[]
  describe: (item: AxisItem) => string
  /** The mark in the tab order. */
  current: string | undefined
  /** Any item by key, in view or not: where a commitment's link ends. */
  find: (key: string) => AxisItem | undefined
  /** Where a mark's link opens (`_blank` in the embed), if not in this page. */
  target?: string
}

type Attrs = Record<string, string | number>
interface Shape {
  tag: 'rect' | 'circle' | 'line' | 'text' | 'path'
  attrs: Attrs
  text?: string
}

/** Sets an attribute only when it changes. */
function put(node: Element, name: string, value: string | number): void {
  const v = String(value)
  if (node.getAttribute(name) !== v) node.setAttribute(name, v)
}

/** Makes the parent's children these shapes, reusing those already there by position (same tag and class). */
function patch(parent: SVGElement, shapes: readonly Shape[]): void {
  let node = parent.firstElementChild
  for (const s of shapes) {
    if (node && node.localName === s.tag && node.getAttribute('class') === String(s.attrs.class ?? '')) {
      for (const [k, v] of Object.entries(s.attrs)) put(node, k, v)
    } else {
      const fresh = svg(s.tag, s.attrs)
      if (node) parent.replaceChild(fresh, node)
      else parent.append(fresh)
      node = fresh
    }
    if (s.text !== undefined && node.textContent !== s.text) node.textContent = s.text
    node = node.nextElementSibling
  }
  while (node) {
    const next = node.nextElementSibling
    node.remove()
    node = next
  }
}

/**
 * A bar from `x0`, `w` wide, cut to the part of the chart that is drawn (`edge`: a frame's width
 * either side of the view, and a little more, so a cut end never shows). Zoomed in to minutes, an
 * incident of days is hundreds of thousands of pixels wide: uncut, its dashed outline is work for
 * every paint and every hit test under the pointer (the browser walks each dash).
 */
function bar(x0: number, w: number, edge: { lo: number; hi: number }): { x: number; width: number } {
  const from = Math.max(x0, edge.lo)
  const to = Math.min(x0 + w, edge.hi)
  return { x: round(from), width: round(Math.max(0, to - from)) }
}

function markShapes(
  item: AxisItem,
  x: (m: number) => number,
  at: { y: number; h: number },
  edge: { lo: number; hi: number },
): Shape[] {
  const { y, h } = at
  const x0 = x(item.from)
  if (item.segments) {
    return item.segments.map((s) => ({
      tag: 'rect',
      attrs: {
        class: `${s.partly ? 'partly' : 'solid'}${s.soft ? ' uncertain' : ''}`,
        ...bar(x(s.from), Math.max(1, x(s.to) - x(s.from)), edge),
        y,
        height: h,
      },
    }))
  }
  if (item.kind === 'incident' && item.solid !== undefined && item.soft !== undefined) {
    const solidW = Math.max(MIN_W, x(item.solid) - x0)
    const shapes: Shape[] = [{ tag: 'rect', attrs: { class: 'solid', ...bar(x0, solidW, edge), y, height: h } }]
    const softW = x(item.soft) - x0 - solidW
    if (softW > 0.5)
      shapes.push({ tag: 'rect', attrs: { class: 'soft', ...bar(x0 + solidW, softW, edge), y, height: h } })
    if (item.to > item.from)
      shapes.push({
        tag: 'rect',
        attrs: { class: 'start-span', ...bar(x0, x(item.to) - x0, edge), y: y - 4, height: 3 },
      })
    return shapes
  }
  if (item.to > item.from || item.kind === 'incident') {
    const w = Math.max(MIN_W + 2, x(item.to) - x0)
    return [{ tag: 'rect', attrs: { class: 'span', ...bar(x0, w, edge), y, height: h, rx: 3 } }]
  }
  return [{ tag: 'circle', attrs: { class: 'point', cx: x0, cy: y + h / 2, r: Math.min(6, h / 2 + 1) } }]
}

/** The chart of one island: drawn by `draw`, moved between draws by `shift`. */
export interface Chart {
  node: SVGSVGElement
  /** Draws the scene; returns the marks drawn, in time order. */
  draw: (s: Scene) => SVGAElement[]
  /**
   * Shows `view` by moving and stretching the chart last drawn (no redraw); false when the drawn
   * part does not cover it or would be stretched more than twice (then draw).
   */
  shift: (view: View) => boolean
}

export function createChart(height: number): Chart {
  const node = svg('svg', { class: 'axis-chart', height })
  // Lanes, ticks and links take no pointer: the browser hit-tests only the marks (each pointer and wheel event).
  const grid = svg('g', { class: 'grid', 'aria-hidden': 'true', 'pointer-events': 'none' }, node)
  const links = svg('g', { class: 'links', 'aria-hidden': 'true', 'pointer-events': 'none' }, node)
  const marks = svg('g', { class: 'marks' }, node)
  const byKey = new Map<string, SVGAElement>()
  let drawn: { view: View; width: number } | undefined
  let shifted = false

  const draw = (s: Scene): SVGAElement[] => {
    const { width, view } = s
    const span = view.to - view.from
    const x = (m: number) => round(((m - view.from) / span) * width)
    const edge = { lo: -width - 16, hi: 2 * width + 16 }
    drawn = { view, width }
    if (shifted) {
      node.style.transform = ''
      shifted = false
    }
    // A frame's width either side of the view is drawn too (the frame hides it), for `shift`.
    put(node, 'viewBox', `${-width} 0 ${3 * width} ${s.height}`)
    put(node, 'width', 3 * width)
    put(node, 'height', s.height)
    node.style.marginLeft = `${-width}px`
    const gridShapes: Shape[] = []
    s.layout.lanes.forEach((lane, i) => {
      const bg = `lane-bg lane-${i % 2 === 0 ? 'even' : 'odd'}`
      gridShapes.push({
        tag: 'rect',
        attrs: { class: bg, x: -width, y: lane.top, width: 3 * width, height: lane.height },
      })
      gridShapes.push({ tag: 'text', attrs: { class: 'lane-name', x: 4, y: lane.top + 11 }, text: lane.name })
    })
    for (const t of s.ticks) {
      const tx = x(t.at)
      gridShapes.push({ tag: 'line', attrs: { class: 'tick', x1: tx, x2: tx, y1: 20, y2: s.height } })
      gridShapes.push({ tag: 'text', attrs: { class: 'tick-label', x: tx + 3, y: 16 }, text: t.label })
    }
    patch(grid, gridShapes)

    const linkShapes: Shape[] = []
    const out: SVGAElement[] = []
    const keep = new Set<string>()
    for (const item of s.items) {
      const at = s.layout.place(item)
      if (!at) continue
      keep.add(item.key)
      let a = byKey.get(item.key)
      if (!a) {
        a = svg('a', { href: item.href, 'data-key': item.key, tabindex: -1 })
        byKey.set(item.key, a)
      }
      put(a, 'class', `mark kind-${item.kind}${item.severity ? ` sev-${item.severity}` : ''}`)
      const lane = s.layout.lanes[at.lane]
      put(a, 'aria-label', lane && lane.name !== '' ? `${s.describe(item)} (${lane.name})` : s.describe(item))
      if (s.target) {
        put(a, 'target', s.target)
        put(a, 'rel', 'noopener')
      }
      patch(a, markShapes(item, x, at, edge))
      out.push(a)
      const goal = item.link ? s.find(item.link) : undefined
      const end = goal ? s.layout.place(goal) : undefined
      if (goal && end) {
        const [x1, y1, x2, y2] = [x(item.from), at.y + at.h / 2, x(goal.from), end.y + end.h / 2]
        const bend = Math.min(60, Math.abs(y2 - y1))
        linkShapes.push({
          tag: 'path',
          attrs: { class: 'link', d: `M${x1} ${y1} C${x1} ${y1 - bend} ${x2} ${y2 + bend} ${x2} ${y2}` },
        })
      }
    }
    patch(links, linkShapes)
    // Marks no longer drawn go first, so those that stay keep their order and are never moved (nor lose focus).
    for (const [key, a] of byKey) {
      if (keep.has(key)) continue
      a.remove()
      byKey.delete(key)
    }
    let next = marks.firstElementChild
    for (const a of out) {
      if (a === next) next = next.nextElementSibling
      else marks.insertBefore(a, next)
    }
    const tabbable = out.find((a) => a.dataset.key === s.current) ?? out[0]
    for (const a of out) put(a, 'tabindex', a === tabbable ? 0 : -1)
    return out
  }

  const shift = (view: View): boolean => {
    if (!drawn) return false
    const { width } = drawn
    const span = drawn.view.to - drawn.view.from
    const scale = span / (view.to - view.from)
    // The new view's edges, in the drawn chart's pixels: they must lie within what was drawn.
    const left = ((view.from - drawn.view.from) / span) * width
    const right = ((view.to - drawn.view.from) / span) * width
    if (scale > 2 || scale < 0.5 || left < -width || right > 2 * width) return false
    // Drawn x maps to x·scale − left·scale on screen; the svg starts a width to the left.
    const tx = width - scale * (left + width)
    node.style.transform = `translateX(${round(tx)}px) scaleX(${scale.toFixed(4)})`
    shifted = true
    return true
  }

  return { node, draw, shift }
}
