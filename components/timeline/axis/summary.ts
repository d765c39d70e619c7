/**
 * What the time axis says about the mark under the pointer or in focus: its summary and its sources
 * (once they are in, or that they could not be loaded), with a link to its record. Written twice:
 * into the box under the axis (a fixed height, its lines clamped, so hovering never moves the page)
 * and into the tooltip at the mark (axis/tip.ts), which shows them in full.
 */
import type { AxisItem } from '@/lib/timeline/axis'
import { el } from '../../islands/dom'

/** The sources of a mark: its lines, none, or the word that they could not be loaded. */
export type SourcesState = { lines: readonly string[] } | { failed: string } | undefined

export interface SummaryWords {
  sources: string
  more: string
}

const link = (item: AxisItem, text: string, target: string | undefined) =>
  el('a', { className: 'axis-more', text, attrs: { href: item.href, ...(target ? { target } : {}) } })

/** The box under the axis: the summary, the sources on one line, and the way to the record. */
export function showSummary(
  box: HTMLElement,
  item: AxisItem,
  text: string,
  words: SummaryWords,
  sources: SourcesState,
  target: string | undefined,
): void {
  const parts: Node[] = [el('p', { className: 'axis-summary-text', text })]
  if (sources && 'failed' in sources) parts.push(el('p', { className: 'axis-summary-sources', text: sources.failed }))
  else if (sources && sources.lines.length > 0)
    parts.push(el('p', { className: 'axis-summary-sources', text: `${words.sources}: ${sources.lines.join(' · ')}` }))
  parts.push(link(item, words.more, target))
  box.dataset.key = item.key
  box.replaceChildren(...parts)
}

/** The tooltip's content: the summary, every source line, and the record (where each source is linked). */
export function tipContent(
  item: AxisItem,
  text: string,
  words: SummaryWords,
  sources: SourcesState,
  target: string | undefined,
): Node[] {
  const parts: Node[] = [el('p', { text })]
  if (sources && 'failed' in sources) parts.push(el('p', { className: 'axis-sources-head', text: sources.failed }))
  else if (sources && sources.lines.length > 0) {
    parts.push(el('p', { className: 'axis-sources-head', text: words.sources }))
    parts.push(el('ul', { className: 'axis-sources' }, ...sources.lines.map((s) => el('li', { text: s }))))
  }
  parts.push(link(item, words.more, target))
  return parts
}
