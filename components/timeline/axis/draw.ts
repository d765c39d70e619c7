/**
 * Drawing the time axis: the lanes, the ticks and every mark in view, as SVG, into the chart. Each
 * mark is a link named for a screen reader; only the current one is in the tab order (the axis is
 * one tab stop). Text goes in as text, never as markup.
 */
import type { AxisItem } from '@/lib/timeline/axis'
import type { Layout } from '@/lib/timeline/axis-layout'
import type { Tick, View } from '@/lib/timeline/axis-view'

const NS = 'http://www.w3.org/2000/svg'
/** Bars and spans narrower than this are drawn this wide (said on screen). */
const MIN_W = 4

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
}

function drawMark(item: AxisItem, group: SVGGElement, x: (m: number) => number, at: { y: number; h: number }) {
  const a = svg('a', { href: item.href, 'aria-label': '', 'data-key': item.key, tabindex: -1 }, group)
  a.setAttribute('class', `mark kind-${item.kind}${item.severity ? ` sev-${item.severity}` : ''}`)
  const { y, h } = at
  const x0 = x(item.from)
  if (item.segments) {
    for (const s of item.segments) {
      const cls = `${s.partly ? 'partly' : 'solid'}${s.soft ? ' uncertain' : ''}`
      svg('rect', { class: cls, x: x(s.from), y, width: Math.max(1, x(s.to) - x(s.from)), height: h }, a)
    }
    return a
  }
  if (item.kind === 'incident' && item.solid !== undefined && item.soft !== undefined) {
    const solidW = Math.max(MIN_W, x(item.solid) - x0)
    svg('rect', { class: 'solid', x: x0, y, width: solidW, height: h }, a)
    const softW = x(item.soft) - x0 - solidW
    if (softW > 0.5) svg('rect', { class: 'soft', x: x0 + solidW, y, width: softW, height: h }, a)
    if (item.to > item.from) svg('rect', { class: 'start-span', x: x0, y: y - 4, width: x(item.to) - x0, height: 3 }, a)
    return a
  }
  if (item.to > item.from || item.kind === 'incident') {
    const w = Math.max(MIN_W + 2, x(item.to) - x0)
    svg('rect', { class: 'span', x: x0, y, width: w, height: h, rx: 3 }, a)
    return a
  }
  svg('circle', { class: 'point', cx: x0, cy: y + h / 2, r: Math.min(6, h / 2 + 1) }, a)
  return a
}

/** Draws the scene into the chart; returns the marks drawn, in time order. */
export function drawChart(chart: SVGSVGElement, s: Scene): SVGAElement[] {
  const { width, height, view } = s
  const x = (m: number) => ((m - view.from) / (view.to - view.from)) * width
  chart.replaceChildren()
  chart.setAttribute('viewBox', `0 0 ${width} ${height}`)
  chart.setAttribute('width', String(width))
  chart.setAttribute('height', String(height))
  const grid = svg('g', { class: 'grid', 'aria-hidden': 'true' }, chart)
  s.layout.lanes.forEach((lane, i) => {
    svg(
      'rect',
      { class: `lane-bg lane-${i % 2 === 0 ? 'even' : 'odd'}`, x: 0, y: lane.top, width, height: lane.height },
      grid,
    )
    const name = svg('text', { class: 'lane-name', x: 4, y: lane.top + 11 }, grid)
    name.textContent = lane.name
  })
  for (const t of s.ticks) {
    const tx = x(t.at)
    svg('line', { class: 'tick', x1: tx, x2: tx, y1: 20, y2: height }, grid)
    const label = svg('text', { class: 'tick-label', x: tx + 3, y: 16 }, grid)
    label.textContent = t.label
  }
  const links = svg('g', { class: 'links', 'aria-hidden': 'true' }, chart)
  const marks = svg('g', { class: 'marks' }, chart)
  const drawn: SVGAElement[] = []
  for (const item of s.items) {
    const at = s.layout.place(item)
    if (!at) continue
    const a = drawMark(item, marks, x, at)
    const lane = s.layout.lanes[at.lane]
    a.setAttribute('aria-label', lane && lane.name !== '' ? `${s.describe(item)} (${lane.name})` : s.describe(item))
    drawn.push(a)
    const target = item.link ? s.find(item.link) : undefined
    const end = target ? s.layout.place(target) : undefined
    if (target && end) {
      const [x1, y1, x2, y2] = [x(item.from), at.y + at.h / 2, x(target.from), end.y + end.h / 2]
      const bend = Math.min(60, Math.abs(y2 - y1))
      svg('path', { class: 'link', d: `M${x1} ${y1} C${x1} ${y1 - bend} ${x2} ${y2 + bend} ${x2} ${y2}` }, links)
    }
  }
  const tabbable = drawn.find((a) => a.dataset.key === s.current) ?? drawn[0]
  tabbable?.setAttribute('tabindex', '0')
  return drawn
}
