/**
 * What a reader's browser downloads for one page without doing anything: every response from the
 * navigation until 4 s after the load event, by kind (html, css, js, font, other), raw and gzipped
 * (each body gzipped at level 9, as a gzip static host would send it), and how many requests came
 * before and after the load event. Frames inside the page (the embed builder's preview) count too.
 */
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'

export const KINDS = ['html', 'css', 'js', 'font', 'other'] as const
export type Kind = (typeof KINDS)[number]
export interface Bytes {
  raw: number
  gzip: number
}
export interface PageWeight {
  total: Bytes
  byKind: Record<Kind, Bytes>
  requests: { atLoad: number; afterLoad: number }
  /** The URLs requested after the load event, for the record. */
  lateUrls: string[]
  /** Elements in the page's DOM once loaded (Lighthouse warns above 1,400). */
  domElements: number
}

export const AFTER_LOAD_MS = 4000

export function kindOf(url: string, contentType: string): Kind {
  const path = new URL(url).pathname
  if (/\.(?:woff2?|ttf|otf)$/.test(path) || contentType.startsWith('font/')) return 'font'
  if (contentType.includes('javascript')) return 'js'
  if (contentType.includes('css')) return 'css'
  if (contentType.includes('html')) return 'html'
  return 'other'
}

export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  const page = await context.newPage()
  const bodies: Array<Promise<{ kind: Kind; raw: number; gzip: number }>> = []
  let loaded = false
  let atLoad = 0
  const lateUrls: string[] = []
  page.on('request', (r) => {
    if (loaded) lateUrls.push(r.url())
    else atLoad += 1
  })
  page.on('response', (r) => {
    bodies.push(
      r
        .body()
        .then((b) => ({
          kind: kindOf(r.url(), r.headers()['content-type'] ?? ''),
          raw: b.length,
          gzip: gzipSync(b, { level: 9 }).length,
        }))
        .catch(() => ({ kind: 'other' as const, raw: 0, gzip: 0 })),
    )
  })
  await page.goto(url, { waitUntil: 'load' })
  loaded = true
  await page.waitForTimeout(AFTER_LOAD_MS)
  const domElements = await page.evaluate(() => document.getElementsByTagName('*').length)
  const all = await Promise.all(bodies)
  await context.close()
  const zero = (): Bytes => ({ raw: 0, gzip: 0 })
  const byKind: Record<Kind, Bytes> = { html: zero(), css: zero(), js: zero(), font: zero(), other: zero() }
  const total = zero()
  for (const b of all) {
    byKind[b.kind].raw += b.raw
    byKind[b.kind].gzip += b.gzip
    total.raw += b.raw
    total.gzip += b.gzip
  }
  return { total, byKind, requests: { atLoad, afterLoad: lateUrls.length }, lateUrls, domElements }
}
