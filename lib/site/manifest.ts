/**
 * The web app manifest (https://www.w3.org/TR/appmanifest/), one per language: `manifest.webmanifest`
 * and `en/manifest.webmanifest`. Addresses are site paths with the base path. Pure.
 */
import type { Lang } from '../schema/vocabulary'
import { ICON_BACKGROUND } from './icons'

export interface WebManifest {
  name: string
  short_name: string
  description: string
  lang: Lang
  dir: 'ltr'
  start_url: string
  scope: string
  display: 'browser'
  background_color: string
  theme_color: string
  icons: Array<{ src: string; sizes: string; type: string; purpose?: 'any' | 'maskable' }>
}

/** The manifest's path in the site, before the base path. */
export function manifestPath(lang: Lang): string {
  return lang === 'en' ? '/en/manifest.webmanifest' : '/manifest.webmanifest'
}

export function webManifest(
  lang: Lang,
  text: { name: string; description: string },
  link: { home: string; scope: string; path: (p: string) => string },
): WebManifest {
  return {
    name: text.name,
    short_name: text.name,
    description: text.description,
    lang,
    dir: 'ltr',
    start_url: link.home,
    scope: link.scope,
    display: 'browser',
    background_color: '#fcfcfa',
    theme_color: ICON_BACKGROUND,
    icons: [
      { src: link.path('/icon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: link.path('/icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: link.path('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: link.path('/icons/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}
