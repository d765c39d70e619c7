/**
 * The time axis's tooltip at a mark (hover, keyboard focus, a first tap): its summary and sources in
 * full, placed by lib/timeline/axis-tip.ts beside the mark, never over it, inside the viewport. It
 * takes no room in the page (absolutely placed in the axis), stays while the pointer moves onto it or
 * focus moves into it (it comes right after the frame, so Tab from the mark reaches its link), and
 * Escape dismisses it. Layout is read only when it opens, never during a gesture (the island hides it).
 */
import { placeTip } from '@/lib/timeline/axis-tip'
import { el, type Teardown } from '../../islands/dom'

export interface Tip {
  /** The key of the mark it shows, if open. */
  readonly key: () => string | undefined
  open: (mark: Element, key: string, content: readonly Node[]) => void
  /** New content for the mark it shows (its sources came), placed again. */
  update: (key: string, content: readonly Node[]) => void
  hide: () => void
}

const HIDE_MS = 300

export function createTip(root: HTMLElement, frame: HTMLElement, teardown: Teardown): Tip {
  const tip = el('div', { className: 'axis-tip', attrs: { role: 'tooltip' } })
  tip.hidden = true
  frame.after(tip)
  let key: string | undefined
  let mark: Element | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const hide = () => {
    cancel()
    if (key === undefined) return
    key = undefined
    mark = undefined
    tip.hidden = true
    delete tip.dataset.key
    tip.replaceChildren()
  }
  const place = () => {
    if (!mark) return
    tip.style.maxHeight = ''
    const m = mark.getBoundingClientRect()
    const size = tip.getBoundingClientRect()
    const r = root.getBoundingClientRect()
    const p = placeTip(m, frame.getBoundingClientRect(), size, {
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    })
    tip.style.left = `${Math.round(p.left - r.left)}px`
    tip.style.top = `${Math.round(p.top - r.top)}px`
    if (size.height > p.maxHeight) tip.style.maxHeight = `${Math.floor(p.maxHeight)}px`
  }
  const open = (at: Element, k: string, content: readonly Node[]) => {
    cancel()
    if (k === key && at === mark) return
    key = k
    mark = at
    tip.dataset.key = k
    tip.replaceChildren(...content)
    tip.hidden = false
    place()
  }
  const update = (k: string, content: readonly Node[]) => {
    if (k !== key) return
    tip.replaceChildren(...content)
    place()
  }

  teardown.on(frame, 'mouseout', (e) => {
    if (!(e.relatedTarget instanceof Node) || !tip.contains(e.relatedTarget)) {
      cancel()
      timer = setTimeout(hide, HIDE_MS)
    }
  })
  teardown.on(tip, 'mouseenter', cancel)
  teardown.on(tip, 'mouseleave', () => {
    cancel()
    timer = setTimeout(hide, HIDE_MS)
  })
  const leave = (e: FocusEvent) => {
    const to = e.relatedTarget
    if (to instanceof Node && (tip.contains(to) || (to instanceof SVGElement && frame.contains(to)))) return
    hide()
  }
  teardown.on(frame, 'focusout', leave)
  teardown.on(tip, 'focusout', leave)
  teardown.onWindow('keydown', (e) => {
    if (e.key === 'Escape' && key !== undefined) hide()
  })
  teardown.add(() => {
    cancel()
    tip.remove()
  })
  return { key: () => key, open, update, hide }
}
