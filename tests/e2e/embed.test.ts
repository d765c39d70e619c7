/**
 * The embeddable timeline as a real embedder uses it: host pages served from a second local port
 * (another origin) embed it with the iframe snippet and with the loader; TimelineJS (served
 * locally from node_modules) renders our TimelineJS exports.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { resolve } from 'node:path'
import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startStaticServer } from '../../scripts/static-server'
import { watchedPage, fileBrowser } from './browser'

const base = inject('baseURL')
const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const HOST_DIR = resolve(import.meta.dirname, '../.work/embed-host')
const browser = fileBrowser()
let host: Server
let hostBase = ''

const hostPage = (name: string, body: string) =>
  writeFileSync(
    resolve(HOST_DIR, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host ${name}</title></head><body><h1>Host article</h1>${body}</body></html>`,
  )

beforeAll(async () => {
  rmSync(HOST_DIR, { recursive: true, force: true })
  mkdirSync(HOST_DIR, { recursive: true })
  cpSync(resolve(import.meta.dirname, '../../node_modules/@knight-lab/timelinejs/dist'), resolve(HOST_DIR, 'tl'), {
    recursive: true,
  })
  hostPage(
    'script.html',
    `<p>before</p><div id="w" data-outage-timeline data-incident="${PANGYO}"></div><p>after</p><script src="${base}/embed.js" async></script>`,
  )
  hostPage(
    'iframe.html',
    `<iframe src="${base}/embed/timeline/?incident=${PANGYO}&lang=en" title="Outage timeline" width="100%" height="480" style="border:0"></iframe>`,
  )
  hostPage('api.html', `<div id="target" class="keep">kept</div><script src="${base}/embed.js"></script>`)
  hostPage(
    'hostile.html',
    `<div data-outage-timeline data-incident="&lt;img src=x onerror=window.pwned=1&gt;" data-lang="javascript:window.pwned=1" data-height="99999999999999999999"></div><script src="${base}/embed.js" async></script>`,
  )
  const started = await startStaticServer(HOST_DIR, 0)
  host = started.server
  // Another origin: the same machine under another name and port.
  hostBase = `http://localhost:${started.port}`
})
afterAll(async () => {
  await new Promise<void>((done) => host.close(() => done()))
})

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle()
  const frame = await handle?.contentFrame()
  if (!frame) throw new Error('no embed frame')
  await frame.locator('#ot:not([aria-busy])').waitFor()
  return frame
}

const origins = (urls: string[]) => [...new Set(urls.map((u) => new URL(u).origin))].sort()

describe('the embed on another origin', () => {
  it('the loader turns the element into a sized iframe that renders the Pangyo timeline', async () => {
    const { page, problems, requests } = await watchedPage(browser())
    await page.goto(`${hostBase}/script.html`, { waitUntil: 'networkidle' })
    const frame = await embedFrame(page)
    const items = frame.locator('ol.ot-list > li')
    expect(await items.count()).toBeGreaterThan(10)
    expect(await frame.locator('ol.ot-list time[datetime]').count()).toBe(await items.count())
    expect(await frame.locator('h1').textContent()).toContain('판교')
    // Sized to the content by postMessage (not the loader's initial 320 px).
    await expect
      .poll(async () => {
        const iframeHeight = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
        return Math.abs(iframeHeight - content) <= 1 && iframeHeight > 320
      })
      .toBe(true)
    expect(origins(requests)).toEqual(origins([hostBase, base]))
    expect(await page.context().cookies()).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the iframe snippet renders in English, and every item links to its record in a new tab', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${hostBase}/iframe.html`, { waitUntil: 'networkidle' })
    const frame = await embedFrame(page)
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en')
    const links = await frame
      .locator('#ot a')
      .evaluateAll((els) =>
        els.map((a) => (a instanceof HTMLAnchorElement ? { href: a.href, target: a.target, rel: a.rel } : null)),
      )
    expect(links.length).toBeGreaterThan(10)
    for (const l of links) {
      expect(l?.target).toBe('_blank')
      expect(l?.rel).toContain('noopener')
      expect(l?.href.startsWith(`${base}/`)).toBe(true)
    }
    const [popup] = await Promise.all([page.waitForEvent('popup'), frame.locator('h1 a').click()])
    await popup.waitForLoadState()
    expect(popup.url()).toBe(`${base}/en/incidents/${PANGYO}/`)
    expect(await popup.title()).toContain('Outage Chronicle')
    // Keyboard: the links are reachable with Tab.
    await frame.locator('h1 a').focus()
    await page.keyboard.press('Tab')
    expect(await frame.evaluate(() => document.activeElement?.tagName)).toBe('A')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('works at 320 px without sideways scrolling', async () => {
    const { page } = await watchedPage(browser(), { width: 320 })
    await page.goto(`${hostBase}/script.html`, { waitUntil: 'networkidle' })
    const frame = await embedFrame(page)
    expect(
      await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true)
    await page.context().close()
  })

  it('OutageTimeline.mount() returns a handle whose destroy() leaves no node or listener behind', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.addInitScript(() => {
      // Every listener on the host window and document, by type, while it is registered.
      const live = new Map<unknown, string>()
      Object.assign(window, { liveListeners: live })
      for (const target of [window, document]) {
        const add = target.addEventListener.bind(target)
        const remove = target.removeEventListener.bind(target)
        target.addEventListener = (
          type: string,
          fn: EventListenerOrEventListenerObject,
          o?: boolean | AddEventListenerOptions,
        ) => {
          live.set(fn, type)
          add(type, fn, o)
        }
        target.removeEventListener = (
          type: string,
          fn: EventListenerOrEventListenerObject,
          o?: boolean | EventListenerOptions,
        ) => {
          live.delete(fn)
          remove(type, fn, o)
        }
      }
    })
    await page.goto(`${hostBase}/api.html`, { waitUntil: 'networkidle' })
    const snapshot = () =>
      page.evaluate(() => ({
        html: document.documentElement.outerHTML,
        nodes: document.getElementsByTagName('*').length,
        listeners:
          Reflect.get(window, 'liveListeners') instanceof Map
            ? [...Reflect.get(window, 'liveListeners').values()].filter((t) => t === 'message').length
            : -1,
      }))
    const before = await snapshot()
    await page.evaluate((incident) => {
      const el = document.getElementById('target')
      const api = window.OutageTimeline
      if (!el || !api) throw new Error('no loader')
      Reflect.set(window, 'handle', api.mount(el, { incident, compact: true }))
    }, PANGYO)
    const frame = await embedFrame(page)
    expect(await frame.locator('#ot').getAttribute('class')).toContain('ot-compact')
    const mounted = await snapshot()
    expect(mounted.nodes).toBeGreaterThan(before.nodes)
    expect(mounted.listeners).toBe(before.listeners + 1)
    await page.evaluate(() => {
      Reflect.get(window, 'handle').destroy()
    })
    expect(await snapshot()).toEqual(before)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('hostile options', () => {
  const pwned = (page: Page) => page.evaluate(() => Reflect.get(window, 'pwned') ?? null)

  it.each([
    `incident=${encodeURIComponent('<img src=x onerror=window.pwned=1>')}`,
    `incident=${encodeURIComponent('javascript:window.pwned=1')}`,
    `entity=${encodeURIComponent('"><script>window.pwned=1</script>')}`,
    'height=99999999999999999999',
    'from=99999',
    'theme=%3C%2Fstyle%3E%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E',
    'factor=no-such-factor',
  ])('%s: a clear message as text, never script', async (query) => {
    const { page } = await watchedPage(browser())
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs += 1
      void d.dismiss()
    })
    await page.goto(`${base}/embed/timeline/?${query}`, { waitUntil: 'networkidle' })
    await page.locator('#ot:not([aria-busy])').waitFor()
    expect(await page.locator('.ot-error[role=alert]').textContent()).toMatch(/알 수 없는 값/)
    expect(await page.locator('#ot script, #ot img, #ot iframe').count()).toBe(0)
    expect(await page.locator('ol.ot-list').count()).toBe(0)
    expect(await pwned(page)).toBeNull()
    expect(dialogs).toBe(0)
    await page.context().close()
  })

  it('through the loader: the values stay in the query string and get the message', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${hostBase}/hostile.html`, { waitUntil: 'networkidle' })
    const frame = await embedFrame(page)
    expect(await frame.locator('.ot-error').textContent()).toContain('<img src=x onerror=window.pwned=1>')
    expect(await pwned(page)).toBeNull()
    expect(await frame.evaluate(() => Reflect.get(window, 'pwned') ?? null)).toBeNull()
    await page.context().close()
  })
})

describe('the embed builder page', () => {
  it('opens from an incident page with that incident chosen, and takes one its list leaves out', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/incidents/${PANGYO}/`, { waitUntil: 'networkidle' })
    await page.locator(`a[href="/embed/?incident=${PANGYO}"]`).click()
    await page.waitForURL(`${base}/embed/?incident=${PANGYO}`)
    await expect.poll(() => page.locator('#embed-incident').inputValue()).toBe(PANGYO)
    await expect
      .poll(() => page.locator('textarea[data-snippet=iframe]').inputValue())
      .toContain(`/embed/timeline/?incident=${PANGYO}`)
    // The list is bounded (the most severe incidents); an incident named in the address joins it.
    const other = '2099-01-01-not-listed'
    await page.goto(`${base}/en/embed/?incident=${other}`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('#embed-incident').inputValue()).toBe(other)
    expect(await page.locator('textarea[data-snippet=script]').inputValue()).toContain(`data-incident="${other}"`)
    // The preview asks for that incident's data, which this record does not have (the widget says
    // so): that one 404 is expected; any other failed load (each names its address) is not.
    const unexpected = problems.filter(
      (p) => !/ERR_ABORTED/.test(p) && !p.includes(`/data/timeline/${other}.json`) && !/status of 404/.test(p),
    )
    expect(unexpected).toEqual([])
    expect(problems.filter((p) => p.includes(`/data/timeline/${other}.json`))).toHaveLength(1)
    await page.context().close()
  })

  it('its script snippet works when pasted into a plain page on another origin', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/en/embed/`, { waitUntil: 'networkidle' })
    expect(await page.locator('h1').count()).toBe(1)
    await page.selectOption('#embed-incident', PANGYO)
    await page.selectOption('#embed-theme', 'dark')
    const script = page.locator('textarea[data-snippet=script]')
    await expect.poll(() => script.inputValue()).toContain(`data-incident="${PANGYO}"`)
    const snippet = await script.inputValue()
    expect(snippet).toContain(`src="${base}/embed.js"`)
    expect(await page.locator('textarea[data-snippet=iframe]').inputValue()).toContain(
      `${base}/embed/timeline/?incident=${PANGYO}`,
    )
    await expect
      .poll(
        async () => {
          const src = await page.locator('iframe.embed-preview').getAttribute('src')
          const preview = await embedFrame(page)
          return { src, theme: await preview.evaluate(() => document.documentElement.dataset.theme) }
        },
        { timeout: 10_000 },
      )
      .toEqual({ src: `/embed/timeline/?incident=${PANGYO}&lang=en&theme=dark`, theme: 'dark' })
    // Changing an option reloads the preview; a load cut short by the next one is not a problem.
    expect(problems.filter((p) => !/ERR_ABORTED/.test(p))).toEqual([])
    await page.context().close()

    hostPage('pasted.html', snippet)
    const host = await watchedPage(browser())
    await host.page.goto(`${hostBase}/pasted.html`, { waitUntil: 'networkidle' })
    const frame = await embedFrame(host.page)
    expect(await frame.locator('ol.ot-list > li').count()).toBeGreaterThan(10)
    expect(host.problems).toEqual([])
    await host.page.context().close()
  })
})

describe('oEmbed', () => {
  it('incident and timeline pages name their static oEmbed response', async () => {
    for (const [path, file] of [
      [`/incidents/${PANGYO}/`, `/oembed/${PANGYO}.json`],
      ['/en/timeline/', '/oembed/en/timeline.json'],
    ] as const) {
      const html = await (await fetch(`${base}${path}`)).text()
      // Discovery needs an absolute address: the build's origin (SITE_ORIGIN), then the file.
      const link = /<link rel="alternate" type="application\/json\+oembed" href="(https?:\/\/[^"/]+)([^"]*)"\/>/.exec(
        html,
      )
      expect(link?.[2], path).toBe(file)
      const res = await fetch(`${base}${file}`)
      expect(res.status).toBe(200)
      const body: unknown = await res.json()
      expect(body).toMatchObject({ version: '1.0', type: 'rich' })
    }
  })
})

describe('the TimelineJS exports in the real TimelineJS', () => {
  it.each([
    ['all.json', 'ko'],
    [`${PANGYO}.json`, 'ko'],
    [`en/${PANGYO}.json`, 'en'],
  ])('%s renders', async (file, language) => {
    const data: unknown = await (await fetch(`${base}/data/timelinejs/${file}`)).json()
    const name = `tl-${file.replace(/\W/g, '-')}.html`
    writeFileSync(
      resolve(HOST_DIR, name),
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>tl</title>
<link rel="stylesheet" href="/tl/css/timeline.css"><script src="/tl/js/timeline.js"></script></head>
<body><div id="tl" style="width:900px;height:600px"></div>
<script>window.tl = new TL.Timeline('tl', ${JSON.stringify(data).replace(/</g, '\\u003c')}, { language: '${language}', script_path: '/tl/js/', font: null, hash_bookmark: false })</script></body></html>`,
    )
    const { page, requests } = await watchedPage(browser())
    await page.goto(`${hostBase}/${name}`, { waitUntil: 'networkidle' })
    await page.locator('.tl-slide').first().waitFor()
    const events = Array.isArray(Reflect.get(Object(data), 'events')) ? Reflect.get(Object(data), 'events').length : 0
    expect(events).toBeGreaterThan(0)
    expect(await page.locator('.tl-timemarker').count()).toBe(events)
    expect(await page.locator('.tl-slide').count()).toBe(events + 1)
    // TimelineJS re-sorts slides by start_date: the file's order (the site's one time order, with
    // day- and month-only items after the timed items of their period) must survive it.
    const slideOrder = await page.evaluate(() => {
      const config = Reflect.get(Reflect.get(Reflect.get(window, 'tl'), 'config'), 'events')
      return Array.isArray(config) ? config.map((e) => String(Reflect.get(e, 'unique_id'))) : []
    })
    const fileEvents = Reflect.get(Object(data), 'events')
    const fileOrder = Array.isArray(fileEvents)
      ? fileEvents.map((e) => String(Reflect.get(Object(e), 'unique_id')))
      : []
    expect(slideOrder).toEqual(fileOrder)
    expect(origins(requests)).toEqual([hostBase])
    await page.context().close()
  })
})
