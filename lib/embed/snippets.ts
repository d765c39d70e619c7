/**
 * The two snippets the embed builder page offers: an iframe (works everywhere, fixed height, or
 * the given maximum height) and the loader script (sizes itself to its content). Pure.
 */
import { escapeHtml } from '../html/escape'
import { embedPath, type EmbedOptions, OPTION_KEYS, serializeEmbedOptions } from './options'
import { emsg } from './messages'

export const IFRAME_HEIGHT = 480

export function iframeSnippet(origin: string, o: EmbedOptions): string {
  const src = origin + embedPath(o)
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(emsg('widgetTitle', o.lang))}" width="100%" height="${o.height ?? IFRAME_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`
}

export function scriptSnippet(origin: string, o: EmbedOptions): string {
  const q = new URLSearchParams(serializeEmbedOptions(o))
  const attrs = OPTION_KEYS.flatMap((key) => {
    const v = q.get(key)
    return v === null ? [] : [` data-${key}="${escapeHtml(v)}"`]
  }).join('')
  return `<div data-outage-timeline${attrs}></div>\n<script src="${escapeHtml(`${origin}/embed.js`)}" async></script>`
}
