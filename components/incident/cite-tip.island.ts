/**
 * The notes of an incident page's citation marks: each mark ([n], linking to its source in the
 * list) is described by its source's note, written once per source in the list (`#tip-<id>`), and
 * shows that note on hover and focus. One note element is moved into the mark the reader points
 * at or focuses; the stylesheet (components/citations.css) shows it there and hides it otherwise.
 * Without JavaScript a mark is a plain link to its source.
 */
import { citedSource, MARK, tipId } from '@/lib/markdown/cite-anchors'

export function mount(root: HTMLElement): () => void {
  const described: HTMLAnchorElement[] = []
  for (const a of root.querySelectorAll<HTMLAnchorElement>(MARK)) {
    const id = citedSource(a.getAttribute('href'))
    if (id === undefined || !document.getElementById(tipId(id)) || a.hasAttribute('aria-describedby')) continue
    a.setAttribute('aria-describedby', tipId(id))
    described.push(a)
  }
  const tip = document.createElement('span')
  tip.className = 'cite-tip'
  tip.setAttribute('aria-hidden', 'true')
  const show = (event: Event) => {
    const a = event.target instanceof Element ? event.target.closest(MARK) : null
    if (!(a instanceof HTMLAnchorElement) || tip.parentNode === a) return
    const id = citedSource(a.getAttribute('href'))
    const text = id === undefined ? undefined : document.getElementById(tipId(id))?.textContent
    if (!text) return
    tip.textContent = text
    a.append(tip)
  }
  root.addEventListener('pointerover', show)
  root.addEventListener('focusin', show)
  return () => {
    root.removeEventListener('pointerover', show)
    root.removeEventListener('focusin', show)
    tip.remove()
    for (const a of described) a.removeAttribute('aria-describedby')
  }
}
