/**
 * The time axis from the keyboard and its controls: `+`/`-` zoom about the focused mark (else the middle), `←`/`→`
 * move to the previous or next mark, `Shift`+`←`/`→` (or arrows on the empty frame) pan, `0` shows
 * everything.
 */
import { isLaneMode, type LaneMode } from '@/lib/timeline/axis-layout'
import type { Teardown } from '../../islands/dom'

/** How much one zoom step (key or button) narrows the window. */
export const ZOOM_STEP = 0.5

export interface KeyActions {
  zoom: (factor: number, anchor: number) => void
  pan: (fraction: number) => void
  all: () => void
  /** Focus the mark `by` places from the one with this key. */
  step: (key: string, by: number) => void
  /** Where a mark is in the window (0 left … 1 right). */
  anchorOf: (key: string) => number
}

const markKey = (target: EventTarget | null): string | undefined =>
  target instanceof SVGElement ? target.dataset.key : undefined

export function wireKeys(frame: HTMLElement, teardown: Teardown, act: KeyActions): void {
  teardown.on(frame, 'keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const k = e.key
    const key = markKey(e.target)
    const anchor = key ? act.anchorOf(key) : 0.5
    if (k === '+' || k === '=') act.zoom(ZOOM_STEP, anchor)
    else if (k === '-' || k === '_') act.zoom(1 / ZOOM_STEP, anchor)
    else if ((k === 'ArrowLeft' || k === 'ArrowRight') && !e.shiftKey && key) act.step(key, k === 'ArrowLeft' ? -1 : 1)
    else if (k === 'ArrowLeft') act.pan(-0.2)
    else if (k === 'ArrowRight') act.pan(0.2)
    else if (k === '0') act.all()
    else return
    e.preventDefault()
  })
}

/** The buttons (zoom in, out, everything: `factor` 0) and the choice of lanes. */
export function wireControls(
  root: HTMLElement,
  teardown: Teardown,
  act: { zoom: (factor: number) => void; lanes: (mode: LaneMode) => void },
): void {
  for (const button of root.querySelectorAll('button[data-zoom]')) {
    if (!(button instanceof HTMLButtonElement)) continue
    teardown.on(button, 'click', () => {
      const how = button.dataset.zoom
      act.zoom(how === 'all' ? 0 : how === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP)
    })
  }
  const select = root.querySelector('select[data-lanes]')
  if (!(select instanceof HTMLSelectElement)) return
  teardown.on(select, 'change', () => {
    if (isLaneMode(select.value)) act.lanes(select.value)
  })
}
