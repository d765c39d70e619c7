/**
 * The notes of an incident page's citation marks. Each mark ([n]) links to its source in the
 * list, whose item holds, hidden, who published it and when (`#tip-<id>`); with the name the item
 * shows, that is the mark's note, "Publisher, date: name". On mount the island completes each
 * hidden note with the name and describes every mark by it (aria-describedby); one note element
 * is moved into the mark the reader points at or focuses, where the stylesheet
 * (components/citations.css) shows it. Without JavaScript a mark is a plain link to its source.
 */
import { citedSource, joinNote, MARK, SOURCE_NAME, tipId } from '@/lib/markdown/cite-anchors'

export function mount(root: HTMLElement): () => void {
  const completed = new Map<Element, string>()
  const noteOf = (id: string): Element | undefined => {
    const note = document.getElementById(tipId(id))
    if (!note) return undefined
    if (!completed.has(note)) {
      const who = note.textContent ?? ''
      const name = note.parentElement?.querySelector(SOURCE_NAME)?.textContent
      completed.set(note, who)
      if (name) note.textContent = joinNote(who, name)
    }
    return note
  }
  const described: HTMLAnchorElement[] = []
  for (const a of root.querySelectorAll<HTMLAnchorElement>(MARK)) {
    const id = citedSource(a.getAttribute('href'))
    if (id === undefined || !noteOf(id) || a.hasAttribute('aria-describedby')) continue
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
    const text = id === undefined ? undefined : noteOf(id)?.textContent
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
    for (const [note, who] of completed) note.textContent = who
  }
}
