/**
 * The pages are plain HTML with islands: no Next client runtime anywhere in out/, nothing loaded
 * after the page has loaded, and every island unmounts cleanly (its returned function removes
 * every listener and node it added, so the root is as the server rendered it).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { watchedPage, fileBrowser } from './browser'

const base = inject('baseURL')
const out = resolve(import.meta.dirname, '../../out')
const browser = fileBrowser()

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else yield path
  }
}

const PAGE_TYPES = [
  '/',
  '/en/',
  '/incidents/2022-10-15-pangyo-datacenter-fire/',
  '/en/incidents/2022-10-15-pangyo-datacenter-fire/',
  '/timeline/',
  '/incidents/',
  '/analysis/',
  '/search/',
  '/factors/single-site-concentration/',
  '/sources/seed-000/',
  '/embed/',
]

describe('no Next client runtime in the built site', () => {
  const all = [...files(out)]
  const pages = all.filter((f) => f.endsWith('.html'))

  it('no page carries flight data, a runtime script or a script preload', () => {
    expect(pages.length).toBeGreaterThan(100)
    const bad = pages.filter((f) => {
      const html = readFileSync(f, 'utf8')
      return /self\.__next_f|TURBOPACK|<script[^>]+src="\/_next\/|<link[^>]+href="\/_next\/[^"]+\.js"/.test(html)
    })
    expect(bad).toEqual([])
  })

  it('no RSC payload or runtime chunk is left in out/', () => {
    const left = all.filter((f) => /(?:^|\/)(?:index|__next\..+)\.txt$/.test(f) || /\/_next\/static\/.+\.js$/.test(f))
    expect(left).toEqual([])
  })

  it.each(PAGE_TYPES)(
    '%s loads no /_next/ script, only its islands, and nothing in the 4 s after load',
    async (path) => {
      const { page, problems } = await watchedPage(browser())
      // The page's own requests (the embed builder's preview frame is content of its own).
      const requests: Array<{ url: URL; afterLoad: boolean }> = []
      let loaded = false
      page.on('request', (r) => {
        if (r.frame() === page.mainFrame()) requests.push({ url: new URL(r.url()), afterLoad: loaded })
      })
      await page.goto(`${base}${path}`, { waitUntil: 'load' })
      loaded = true
      await page.waitForTimeout(4000)
      const scripts = requests.filter((r) => /\.m?js$/.test(r.url.pathname)).map((r) => r.url.pathname)
      expect(scripts.filter((s) => !s.startsWith('/_islands/'))).toEqual([])
      expect(requests.filter((r) => r.afterLoad).map((r) => r.url.pathname).length).toBeLessThanOrEqual(5)
      expect(problems).toEqual([])
      await page.context().close()
    },
  )

  it('a search results page fetches, after load, only what the search needs', async () => {
    const { page, problems, requests } = await watchedPage(browser())
    await page.goto(`${base}/search/?q=${encodeURIComponent('판교')}`, { waitUntil: 'load' })
    const atLoad = requests.length
    await page.locator('[data-search-results] li').first().waitFor()
    await page.waitForTimeout(1000)
    const after = requests.slice(atLoad).map((u) => new URL(u).pathname)
    // The index files and the engine's chunk (and the icon, which the browser asks for after load).
    const search = (p: string) => p.startsWith('/search-index/') || p.startsWith('/_islands/chunk-')
    expect(after.filter((p) => !search(p) && p !== '/icon.svg')).toEqual([])
    expect(after.filter(search).length).toBeGreaterThan(0)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('controls that need JavaScript', () => {
  it.each([
    ['/timeline/', '.timeline-filters'],
    ['/en/incidents/', '.index-filters'],
    ['/', '.quick-search-button'],
  ])('%s: %s is shown from the first paint with JavaScript, and not at all without it', async (path, selector) => {
    const off = await browser().newContext({ javaScriptEnabled: false })
    const plain = await off.newPage()
    await plain.goto(`${base}${path}`)
    expect(await plain.locator(selector).isVisible()).toBe(false)
    await off.close()
    const on = await browser().newContext()
    const page = await on.newPage()
    // Visible with no island module run at all: the module requests fail (on purpose, so no console check).
    await page.route('**/_islands/**', (route) => route.abort())
    await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' })
    expect(await page.locator(selector).isVisible()).toBe(true)
    await on.close()
  })
})

/** Counts listeners that are registered on the window, the document or a node in the page. */
function trackListeners(page: Page) {
  return page.addInitScript(() => {
    const live = new Map<EventTarget, Set<string>>()
    const add = EventTarget.prototype.addEventListener
    const remove = EventTarget.prototype.removeEventListener
    const key = (type: string, fn: unknown, o?: boolean | EventListenerOptions) =>
      `${type}|${String(typeof o === 'boolean' ? o : (o?.capture ?? false))}|${registry(fn)}`
    const ids = new WeakMap<object, number>()
    let next = 0
    const registry = (fn: unknown) => {
      if (typeof fn !== 'object' && typeof fn !== 'function') return -1
      if (fn === null) return -1
      const known = ids.get(fn)
      if (known !== undefined) return known
      next += 1
      ids.set(fn, next)
      return next
    }
    EventTarget.prototype.addEventListener = function (type, fn, o) {
      const set = live.get(this) ?? new Set<string>()
      set.add(key(type, fn, o))
      live.set(this, set)
      add.call(this, type, fn, o)
    }
    EventTarget.prototype.removeEventListener = function (type, fn, o) {
      live.get(this)?.delete(key(type, fn, o))
      remove.call(this, type, fn, o)
    }
    Reflect.set(window, '__liveListeners', () => {
      let n = 0
      for (const [target, set] of live) {
        const attached = target === window || target === document || (target instanceof Node && target.isConnected)
        if (attached) n += set.size
      }
      return n
    })
  })
}

interface Snapshot {
  html: string
  elements: number
  listeners: number
}

const ISLANDS: Array<{ name: string; path: string; use: (page: Page) => Promise<void> }> = [
  {
    name: 'quick-search',
    path: '/',
    use: async (page) => {
      await page.click('.quick-search-button')
      await page.keyboard.type('카카오')
      await page.locator('#quick-results [role="option"]').first().waitFor()
    },
  },
  {
    name: 'search-page',
    path: '/search/',
    use: async (page) => {
      await page.fill('#search-q', '판교')
      await page.press('#search-q', 'Enter')
      await page.locator('[data-search-results] li').first().waitFor()
    },
  },
  {
    name: 'timeline-filters',
    path: '/en/timeline/?factor=nope',
    use: async (page) => {
      await page.getByLabel('Severity').selectOption('critical')
      await page.waitForURL((url) => url.searchParams.get('severity') === 'critical')
    },
  },
  {
    name: 'time-axis',
    path: '/en/timeline/?start=2022-10-15&end=2022-10-16&start=again',
    use: async (page) => {
      await page.locator('.axis-chart a').first().waitFor()
      await page.locator('.axis-frame').press('+')
      await page.waitForURL((url) => url.searchParams.get('end') === '2022-10-16T12:00')
    },
  },
  {
    name: 'cite-tip',
    path: '/incidents/2022-10-15-pangyo-datacenter-fire/',
    use: async (page) => {
      await page.locator('#analysis .cite > a').first().hover()
      await page.locator('#analysis .cite > a > .cite-tip').waitFor()
    },
  },
  {
    name: 'incident-table',
    path: '/en/incidents/?q=zzzz',
    use: async (page) => {
      await page.getByRole('button', { name: 'Duration' }).click()
      await page.waitForURL((url) => url.searchParams.get('sort') === 'duration')
    },
  },
  {
    name: 'embed-builder',
    path: '/en/embed/',
    use: async (page) => {
      await page.selectOption('#embed-theme', 'dark')
      await expect.poll(() => page.locator('textarea[data-snippet=script]').inputValue()).toContain('dark')
    },
  },
]

describe('islands unmount cleanly', () => {
  it.each(ISLANDS)('$name: mount, use, unmount leaves the root and its listeners as before', async (island) => {
    const { page, problems } = await watchedPage(browser())
    await trackListeners(page)
    await page.goto(`${base}${island.path}`, { waitUntil: 'networkidle' })
    const src = await page.locator(`script[type="module"][src^="/_islands/${island.name}-"]`).getAttribute('src')
    expect(src).toMatch(/^\/_islands\/[a-z-]+-[A-Z0-9]+\.js$/)
    const snapshot = () =>
      page.evaluate((name): Snapshot => {
        // An island inside the root (the time axis inside the timeline's filters) is its own: it
        // stays mounted and may redraw (the axis follows the filters), so its content is left out.
        const root = document.querySelector(`[data-island="${name}"]`)?.cloneNode(true)
        if (root instanceof Element) for (const inner of root.querySelectorAll('[data-island]')) inner.replaceChildren()
        const count = Reflect.get(window, '__liveListeners')
        return {
          html: root instanceof Element ? root.outerHTML : '',
          elements: root instanceof Element ? root.getElementsByTagName('*').length : 0,
          listeners: typeof count === 'function' ? count() : -1,
        }
      }, island.name)
    // The module the page loaded: unmount what it mounted at load, then mount again by hand.
    await page.evaluate(`import(${JSON.stringify(src)}).then((m) => { window.__island = m; m.unmountAll() })`)
    const before = await snapshot()
    expect(before.listeners).toBeGreaterThanOrEqual(0)
    await page.evaluate((name) => {
      const mod: { mount: (root: Element | null) => () => void } = Reflect.get(window, '__island')
      Reflect.set(window, '__unmount', mod.mount(document.querySelector(`[data-island="${name}"]`)))
    }, island.name)
    expect((await snapshot()).listeners).toBeGreaterThan(before.listeners)
    await island.use(page)
    await page.evaluate(() => Reflect.get(window, '__unmount')())
    expect(await snapshot()).toEqual(before)
    // The embed builder's preview reloads on each change; a load cut short by the next is no problem.
    expect(problems.filter((p) => !/\/embed\/timeline\/.*ERR_ABORTED/.test(p))).toEqual([])
    await page.context().close()
  })
})
