/**
 * Every internal link in the built site resolves: a crawl of out/ from the two home pages,
 * following every <a href> to a page that exists, and every #fragment to an element with that id.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const out = resolve(import.meta.dirname, '../../out')

function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname)
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`]
  return candidates.map((c) => resolve(out, `.${c}`)).find((f) => f.startsWith(out) && existsSync(f))
}

const HREF = /<a\b[^>]*?\shref="([^"]*)"/g
const ID = /\sid="([^"]*)"/g

function crawl() {
  const seen = new Map<string, { html: string; ids: Set<string> }>()
  const links: Array<{ from: string; href: string }> = []
  const queue = ['/', '/en/']
  while (queue.length > 0) {
    const path = queue.shift() ?? '/'
    if (seen.has(path)) continue
    const file = fileFor(path)
    if (!file?.endsWith('.html')) continue
    const html = readFileSync(file, 'utf8')
    seen.set(path, { html, ids: new Set([...html.matchAll(ID)].map((m) => m[1] ?? '')) })
    for (const m of html.matchAll(HREF)) {
      const href = (m[1] ?? '').replaceAll('&amp;', '&')
      if (/^(https?:|mailto:)/.test(href)) continue
      links.push({ from: path, href })
      const target = new URL(href, `http://site${path}`)
      if (!seen.has(target.pathname)) queue.push(target.pathname)
    }
  }
  return { seen, links }
}

describe('internal links', () => {
  const { seen, links } = crawl()

  it('reaches every page type from the home pages', () => {
    expect(seen.size).toBeGreaterThan(40)
    for (const section of [
      'incidents',
      'timeline',
      'factors',
      'entities',
      'policies',
      'sources',
      'analysis',
      'search',
      'about',
    ]) {
      expect(
        [...seen.keys()].some((p) => p.startsWith(`/${section}/`)),
        section,
      ).toBe(true)
      expect(
        [...seen.keys()].some((p) => p.startsWith(`/en/${section}/`)),
        `en ${section}`,
      ).toBe(true)
    }
  })

  it('every link goes to a file that exists', () => {
    const broken = links.filter(({ href, from }) => !fileFor(new URL(href, `http://site${from}`).pathname))
    expect(broken).toEqual([])
  })

  it('every #fragment lands on an element with that id', () => {
    const missing = links.flatMap(({ href, from }) => {
      const url = new URL(href, `http://site${from}`)
      const fragment = decodeURIComponent(url.hash.slice(1))
      if (fragment === '') return []
      const page = seen.get(url.pathname)
      return page && !page.ids.has(fragment) ? [`${from} → ${href}`] : []
    })
    expect(missing).toEqual([])
  })
})
