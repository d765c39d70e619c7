/**
 * The loader, `out/embed.js` (built by scripts/build-embed.ts). On a host page:
 *
 *   <div data-outage-timeline data-incident="2022-10-15-pangyo-datacenter-fire"></div>
 *   <script src="https://HOST/embed.js" async></script>
 *
 * turns every `[data-outage-timeline]` element into an iframe of HOST's embed page, and sizes
 * the iframe to its content from the page's postMessage, accepted only from HOST's origin and
 * from that very iframe. Options are read from the element's data- attributes (`data-incident`,
 * `data-entity`, `data-factor`, `data-from`, `data-to`, `data-lang`, `data-theme`, `data-height`,
 * `data-compact`, `data-view`; see lib/embed/options.ts for values and defaults); the embed page checks them.
 *
 * Also `window.OutageTimeline.mount(element, options)` → `{ iframe, destroy() }`; `destroy()`
 * removes the iframe, the message listener and the mark it put on the element.
 */
import { EMBED_PAGE, type EmbedOptions, OPTION_KEYS, SIZE_MESSAGE } from '../lib/embed/options'
import { sitePath } from '../lib/site/env'

export interface MountOptions extends Partial<Record<keyof EmbedOptions, string | number | boolean>> {
  /** The site to embed from; defaults to where embed.js itself was loaded from. */
  origin?: string
  /** The iframe's accessible name; defaults to "Outage timeline". */
  title?: string
}

export interface Handle {
  iframe: HTMLIFrameElement
  destroy(): void
}

const MARK = 'data-outage-timeline-mounted'
const script = document.currentScript
const scriptOrigin = script instanceof HTMLScriptElement && script.src ? new URL(script.src).origin : location.origin

/** The embed page's query: values go in as given (encoded); the embed page validates them. */
function queryOf(o: MountOptions): string {
  const q = new URLSearchParams()
  for (const key of OPTION_KEYS) {
    const v = o[key]
    if (v === undefined || v === '' || v === false) continue
    q.set(key, v === true ? '1' : String(v))
  }
  const s = q.toString()
  return s === '' ? '' : `?${s}`
}

function mount(element: Element, options: MountOptions = {}): Handle {
  const origin = options.origin ? new URL(options.origin).origin : scriptOrigin
  const iframe = document.createElement('iframe')
  iframe.src = origin + sitePath(EMBED_PAGE) + queryOf(options)
  iframe.title = options.title ?? (options.lang === 'en' ? 'Outage timeline' : '장애 타임라인')
  iframe.loading = 'lazy'
  iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
  iframe.style.cssText = 'display:block;width:100%;border:0;height:320px'
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== origin || event.source !== iframe.contentWindow) return
    const data: unknown = event.data
    if (
      typeof data !== 'object' ||
      data === null ||
      !('type' in data) ||
      data.type !== SIZE_MESSAGE ||
      !('height' in data)
    )
      return
    const h = data.height
    if (typeof h === 'number' && Number.isFinite(h) && h > 0) iframe.style.height = `${Math.min(Math.ceil(h), 20000)}px`
  }
  window.addEventListener('message', onMessage)
  element.setAttribute(MARK, '')
  element.append(iframe)
  let alive = true
  return {
    iframe,
    destroy() {
      if (!alive) return
      alive = false
      window.removeEventListener('message', onMessage)
      iframe.remove()
      element.removeAttribute(MARK)
    },
  }
}

function fromData(element: HTMLElement): MountOptions {
  const o: MountOptions = {}
  for (const key of OPTION_KEYS) {
    const v = element.dataset[key]
    if (v !== undefined) o[key] = v
  }
  return o
}

function scan(): void {
  document.querySelectorAll<HTMLElement>('[data-outage-timeline]').forEach((element) => {
    if (!element.hasAttribute(MARK)) mount(element, fromData(element))
  })
}

declare global {
  interface Window {
    OutageTimeline?: { mount: typeof mount; scan: typeof scan }
  }
}

if (!window.OutageTimeline) {
  window.OutageTimeline = { mount, scan }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true })
  else scan()
}
