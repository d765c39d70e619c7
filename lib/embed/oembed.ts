/**
 * Static oEmbed responses (https://oembed.com, type `rich`): `out/oembed/<incident-id>.json`,
 * `out/oembed/timeline.json`, and the same under `out/oembed/en/`. Incident and timeline pages
 * name theirs in a `<link rel="alternate" type="application/json+oembed">`. Pure.
 */
import { msg } from '../i18n/messages'
import type { Lang } from '../schema/vocabulary'
import { escapeHtml } from '../html/escape'
import { embedPath } from './options'

export interface OEmbedRich {
  version: '1.0'
  type: 'rich'
  title: string
  provider_name: string
  provider_url: string
  html: string
  width: number
  height: number
}

export const OEMBED_SIZE = { width: 600, height: 480 } as const

/** The site-relative address of an oEmbed file: one incident's, or the whole timeline's (`id` undefined). */
export function oembedPath(id: string | undefined, lang: Lang): string {
  return `/oembed/${lang === 'en' ? 'en/' : ''}${id ?? 'timeline'}.json`
}

/** The oEmbed response for an incident's timeline (or the whole record), as an iframe of the embed page. */
export function buildOEmbed(id: string | undefined, title: string, lang: Lang, origin: string): OEmbedRich {
  const src = origin + embedPath({ incident: id, lang, height: OEMBED_SIZE.height })
  const { width, height } = OEMBED_SIZE
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: msg('siteName', lang),
    provider_url: `${origin}${lang === 'en' ? '/en/' : '/'}`,
    html: `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    width,
    height,
  }
}
