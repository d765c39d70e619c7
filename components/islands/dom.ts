/**
 * Small DOM helpers the islands share. Text always goes in as text (textContent, text nodes),
 * never as markup, so query strings and search results can never run script.
 */
import { pieces, type Range } from '@/lib/search/ranges'
import { type Lang, LANGS } from '@/lib/schema/vocabulary'

interface Props {
  className?: string
  id?: string
  text?: string
  attrs?: Record<string, string>
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (props.className) node.className = props.className
  if (props.id) node.id = props.id
  if (props.text !== undefined) node.textContent = props.text
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value)
  node.append(...children)
  return node
}

/** Text with its matched ranges in <mark>, appended to `parent`. */
export function appendHighlighted(parent: HTMLElement, text: string, ranges: readonly Range[]): void {
  for (const p of pieces(text, ranges)) parent.append(p.mark ? el('mark', { text: p.text }) : p.text)
}

/** The element the server rendered inside the root; an island cannot work without it. */
export function part<T extends Element>(root: ParentNode, selector: string, type: { new (): T; prototype: T }): T {
  const found = root.querySelector(selector)
  if (!(found instanceof type)) throw new Error(`island: no ${type.name} matching ${selector}`)
  return found
}

/** Every HTML element inside the root that matches. */
export function elements(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll(selector)].filter((e) => e instanceof HTMLElement)
}

/** The values of a select's options except the empty "any" choice: what a query may name. */
export function optionValues(select: HTMLSelectElement): string[] {
  return [...select.options].map((o) => o.value).filter((v) => v !== '')
}

/** What an island must undo when it unmounts: listeners, timers, nodes, attributes. */
export class Teardown {
  private readonly steps: Array<() => void> = []

  on<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void) {
    target.addEventListener(type, fn)
    this.steps.push(() => target.removeEventListener(type, fn))
  }

  onWindow<K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) {
    window.addEventListener(type, fn)
    this.steps.push(() => window.removeEventListener(type, fn))
  }

  add(step: () => void) {
    this.steps.push(step)
  }

  /** Undoes everything, last step first. */
  readonly run = (): void => {
    for (const step of this.steps.splice(0).reverse()) step()
  }
}

/** Replaces the address's query (keeping path and hash) without a new history entry. */
export function replaceQuery(qs: string): void {
  const { pathname, hash } = window.location
  window.history.replaceState(null, '', `${pathname}${qs === '' ? '' : `?${qs}`}${hash}`)
}

/** The page language an island was rendered for (`data-lang` on its root). */
export function langOf(root: HTMLElement): Lang {
  const lang = LANGS.find((l) => l === root.dataset.lang)
  if (!lang) throw new Error(`island: data-lang="${root.dataset.lang ?? ''}" is not a language of the site`)
  return lang
}
