/**
 * The embed's axis view (`view=axis`, issue #17) as an embedder uses it: host pages on another
 * origin with the iframe snippet and with the loader (`data-view="axis"`), the builder's choice,
 * axe on the embed page with the axis drawn.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startStaticServer } from '../../scripts/static-server'
import { watchedPage, withPage, fileBrowser } from './browser'

const base = inject('baseURL')
const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const PANGYO_EVENTS = `.axis-chart a[data-key^="event-${PANGYO}-"]`
const HOST_DIR = resolve(import.meta.dirname, '../.work/embed-axis-host')
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
  hostPage(
    'iframe.html',
    `<iframe src="${base}/embed/timeline/?incident=${PANGYO}&lang=en&view=axis" title="Outage timeline" width="100%" height="560" style="border:0"></iframe>`,
  )
  hostPage(
    'script.html',
    `<div data-outage-timeline data-incident="${PANGYO}" data-view="axis"></div><script src="${base}/embed.js" async></script>`,
  )
  const started = await startStaticServer(HOST_DIR, 0)
  host = started.server
  hostBase = `http://localhost:${started.port}`
})
afterAll(async () => {
  await new Promise<void>((done) => host.close(() => done()))
})

/** The embed frame once its axis is drawn and no incident's events are on their way. */
async function axisFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle()
  const frame = await handle?.contentFrame()
  if (!frame) throw new Error('no embed frame')
  await frame.locator('#ot:not([aria-busy]) .axis-chart a').first().waitFor()
  await frame.locator('.axis-frame:not([aria-busy])').waitFor()
  return frame
}

/** The window the axis says it shows, in minutes. */
async function shownMinutes(frame: Frame): Promise<number> {
  const text = (await frame.locator('.axis-range').textContent()) ?? ''
  const [from, to] = [...text.matchAll(/(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/g)].map((m) =>
    Date.parse(`${m[1]}T${m[2]}:00Z`),
  )
  if (from === undefined || to === undefined) throw new Error(`no range in “${text}”`)
  return (to - from) / 60_000
}

/** Opens on Pangyo's first days with its events, zooms by keyboard, and never adds to the host's history. */
async function expectPangyoAxis(page: Page, frame: Frame): Promise<void> {
  expect(await frame.locator('.axis-range').textContent()).toContain('2022-10-15')
  expect(await shownMinutes(frame)).toBeLessThanOrEqual(4 * 1440)
  await frame.locator(PANGYO_EVENTS).first().waitFor()
  expect(await frame.locator(PANGYO_EVENTS).count()).toBeGreaterThan(3)
  expect(await frame.locator(PANGYO_EVENTS).first().getAttribute('aria-label')).toMatch(/\(T\+/)
  const history = await page.evaluate(() => window.history.length)
  await frame.locator(PANGYO_EVENTS).first().focus()
  const wide = await shownMinutes(frame)
  await page.keyboard.press('+')
  await expect.poll(() => shownMinutes(frame)).toBeCloseTo(wide / 2, -1)
  await page.keyboard.press('+')
  await expect.poll(() => shownMinutes(frame)).toBeCloseTo(wide / 4, -1)
  await page.keyboard.press('-')
  await expect.poll(() => shownMinutes(frame)).toBeCloseTo(wide / 2, -1)
  // The settled view is in the frame's address, but the host page's Back still leaves the article.
  await expect.poll(() => new URL(frame.url()).searchParams.get('start')).not.toBeNull()
  await page.waitForTimeout(600)
  expect(await page.evaluate(() => window.history.length)).toBe(history)
}

describe('the axis view on another origin', () => {
  it('the iframe snippet opens on Pangyo’s first days; keys zoom it; a mark opens its record in a new tab', async () => {
    const { page, problems } = await watchedPage(browser(), { width: 412 })
    await page.goto(`${hostBase}/iframe.html`, { waitUntil: 'networkidle' })
    const frame = await axisFrame(page)
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await frame.locator('h1 a').textContent()).toMatch(/Pangyo/)
    await expectPangyoAxis(page, frame)
    expect(
      await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true)
    await frame.locator(PANGYO_EVENTS).first().focus()
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')])
    await popup.waitForLoadState('networkidle')
    expect(popup.url()).toMatch(new RegExp(`^${base}/en/incidents/${PANGYO}/#event-\\d+$`))
    expect(new URL(frame.url()).pathname).toBe('/embed/timeline/')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the loader with data-view="axis" mounts the same axis, sized to it', async () => {
    const { page, problems, requests } = await watchedPage(browser())
    await page.goto(`${hostBase}/script.html`, { waitUntil: 'networkidle' })
    expect(await page.locator('iframe').getAttribute('src')).toBe(
      `${base}/embed/timeline/?incident=${PANGYO}&view=axis`,
    )
    const frame = await axisFrame(page)
    expect(await frame.locator('h1 a').textContent()).toContain('판교')
    await expectPangyoAxis(page, frame)
    await expect
      .poll(async () => {
        const iframe = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
        return Math.abs(iframe - content) <= 1 && iframe > 320
      })
      .toBe(true)
    // The list's data is never fetched for the axis view; the axis chunk only for it.
    expect(requests.filter((r) => r.includes('/data/timeline'))).toEqual([])
    expect(requests.some((r) => /\/embed\/_chunks\/axis-[\w-]+\.js$/.test(r))).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the list view does not load the axis chunk', async () => {
    await withPage(browser(), async ({ page, problems, requests }) => {
      await page.goto(`${base}/embed/timeline/?incident=${PANGYO}`, { waitUntil: 'networkidle' })
      await page.locator('ol.ot-list > li').first().waitFor()
      expect(requests.filter((r) => r.includes('/embed/_chunks/axis-'))).toEqual([])
      expect(problems).toEqual([])
    })
  })

  it('with an entity or factor, says those choices apply to the list only', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/embed/timeline/?view=axis&factor=single-site-concentration&from=2022&to=2022`, {
        waitUntil: 'networkidle',
      })
      await page.locator('.axis-chart a').first().waitFor()
      expect(await page.locator('.time-axis [role=note]').textContent()).toContain('목록 보기에만')
      expect(await page.locator('.axis-range').textContent()).toMatch(/2022-01-01 00:00 – 2023-01-01 00:00/)
      expect(problems).toEqual([])
    })
  })

  it.each([
    ['view=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E', /알 수 없는 값/],
    [`view=axis&incident=2099-01-01-no-such-incident`, /이 장애 기록이 없습니다/],
  ])('%s: a message as text, no axis, no script', async (query, message) => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(`${base}/embed/timeline/?${query}`, { waitUntil: 'networkidle' })
      await page.locator('#ot:not([aria-busy])').waitFor()
      expect(await page.locator('.ot-error[role=alert]').textContent()).toMatch(message)
      expect(await page.locator('.time-axis, #ot script').count()).toBe(0)
      expect(await page.evaluate(() => Reflect.get(window, 'pwned') ?? null)).toBeNull()
    })
  })

  it.each(['light', 'dark'] as const)('drawn and focused, the embed page passes axe in the %s theme', async (theme) => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/embed/timeline/?incident=${PANGYO}&view=axis&theme=${theme}`, {
        waitUntil: 'networkidle',
      })
      await page.locator(PANGYO_EVENTS).first().waitFor()
      await page.locator('.axis-frame:not([aria-busy])').waitFor()
      await page.locator(PANGYO_EVENTS).first().focus()
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      expect(problems).toEqual([])
    })
  })
})

describe('the embed builder offers the axis', () => {
  it('choosing the time axis puts view=axis in both snippets and shows the axis in the preview', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/embed/`, { waitUntil: 'networkidle' })
    await page.selectOption('#embed-incident', PANGYO)
    await page.selectOption('#embed-view', 'axis')
    const script = page.locator('textarea[data-snippet=script]')
    await expect.poll(() => script.inputValue()).toContain(`data-incident="${PANGYO}" data-view="axis"`)
    expect(await page.locator('textarea[data-snippet=iframe]').inputValue()).toContain(
      `${base}/embed/timeline/?incident=${PANGYO}&amp;view=axis`,
    )
    await expect
      .poll(() => page.locator('iframe.embed-preview').getAttribute('src'))
      .toBe(`/embed/timeline/?incident=${PANGYO}&view=axis`)
    const frame = await axisFrame(page)
    expect(await frame.locator(PANGYO_EVENTS).count()).toBeGreaterThan(0)
    // Changing an option reloads the preview; a load cut short by the next one is not a problem.
    expect(problems.filter((p) => !/ERR_ABORTED/.test(p))).toEqual([])
    const snippet = await script.inputValue()
    await page.context().close()

    hostPage('pasted.html', snippet)
    const pasted = await watchedPage(browser())
    await pasted.page.goto(`${hostBase}/pasted.html`, { waitUntil: 'networkidle' })
    await axisFrame(pasted.page)
    expect(pasted.problems).toEqual([])
    await pasted.page.context().close()
  })
})
