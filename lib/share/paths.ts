/**
 * Where the share cards live: one image per incident and per language, and one for the site (every
 * page that is not an incident's). Paths in the site, before the base path. Pure.
 *
 * | file | |
 * | --- | --- |
 * | `share/<incident-id>.png`, `share/en/<incident-id>.png` | an incident's card, in Korean and in English |
 * | `share/site.png`, `share/en/site.png` | the site's card |
 */
import type { Lang } from '../schema/vocabulary'

/** The size of every card: what Open Graph and Twitter's large card show best (1.91:1). */
export const SHARE_SIZE = { width: 1200, height: 630 } as const

/** The card of an incident, or the site's card (`id` undefined). */
export function shareImagePath(id: string | undefined, lang: Lang): string {
  return `/share/${lang === 'en' ? 'en/' : ''}${id ?? 'site'}.png`
}
