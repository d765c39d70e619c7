/** The time axis's summary of the mark under the pointer or in focus: what it is, and its sources (once they are in). */
import type { AxisItem } from '@/lib/timeline/axis'
import { el } from '../../islands/dom'

export function showSummary(
  box: HTMLElement,
  item: AxisItem,
  text: string,
  sourcesWord: string,
  sources: readonly string[] | undefined,
): void {
  const parts: Node[] = [el('p', { text })]
  if (sources && sources.length > 0) {
    parts.push(el('p', { className: 'axis-sources-head', text: sourcesWord }))
    parts.push(el('ul', { className: 'axis-sources' }, ...sources.map((s) => el('li', { text: s }))))
  }
  box.dataset.key = item.key
  box.replaceChildren(...parts)
}
