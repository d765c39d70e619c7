/**
 * The time axis under a pointer: the wheel zooms about the pointer, a double click (or double tap)
 * on the background zooms in about it, one finger or the mouse drags the time along, two fingers
 * pinch. A drag never opens the mark it started on. The frame's box is read once per gesture (at
 * its first event, then kept until the pointer leaves or the page scrolls or resizes), never
 * between the island's writes and the next frame.
 */
import type { Teardown } from '../../islands/dom'

export interface PointerActions {
  /** Zoom by `factor` (below 1: in) keeping the instant at `anchor` (0 left … 1 right) in place. */
  zoom: (factor: number, anchor: number) => void
  /** Move by `fraction` of the window (negative: back in time). */
  pan: (fraction: number) => void
  width: () => number
}

export function wirePointer(frame: HTMLElement, teardown: Teardown, act: PointerActions): void {
  const pointers = new Map<number, number>()
  let dragged = 0
  let known: DOMRect | undefined
  const forget = () => {
    known = undefined
  }
  teardown.on(frame, 'pointerleave', forget)
  teardown.onWindow('scroll', forget)
  teardown.onWindow('resize', forget)
  const anchorAt = (clientX: number) => {
    known ??= frame.getBoundingClientRect()
    const box = known
    return Math.min(1, Math.max(0, (clientX - box.left) / (box.width || 1)))
  }
  const spread = () => {
    const [a, b] = [...pointers.values()]
    return a === undefined || b === undefined ? 0 : Math.abs(a - b)
  }
  teardown.on(frame, 'wheel', (e) => {
    if (e.deltaY === 0) return
    e.preventDefault()
    act.zoom(Math.min(4, Math.max(0.25, Math.exp(e.deltaY * 0.002))), anchorAt(e.clientX))
  })
  teardown.on(frame, 'dblclick', (e) => {
    if (e.target instanceof Element && e.target.closest('a')) return
    e.preventDefault()
    act.zoom(0.5, anchorAt(e.clientX))
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
      if (dragged > 4) act.pan(-dx / act.width())
      return
    }
    const before = spread()
    pointers.set(e.pointerId, e.clientX)
    const after = spread()
    dragged += 10
    const mid = [...pointers.values()].reduce((s, v) => s + v, 0) / pointers.size
    if (before > 0 && after > 0) act.zoom(before / after, anchorAt(mid))
  })
  const lift = (e: PointerEvent) => {
    pointers.delete(e.pointerId)
  }
  teardown.on(frame, 'pointerup', lift)
  teardown.on(frame, 'pointercancel', lift)
  teardown.on(frame, 'click', (e) => {
    if (dragged > 4) e.preventDefault()
  })
}
