/** The time axis's summary box (a fixed height: hovering never moves the page) and its tooltip at the mark. */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { withPage, fileBrowser } from './browser'
import { PANGYO, PANGYO_EVENTS, axisReady } from './time-axis-page'

const base = inject('baseURL')
const browser = fileBrowser()

const HOURS = `${base}/en/timeline/?start=2022-10-15T15:00&end=2022-10-15T23:00`

/** The page-top of what follows the summary box and of what follows the axis. */
const below = (page: Page) =>
  page.evaluate(() => {
    const top = (e: Element | null | undefined) => (e ? e.getBoundingClientRect().top + window.scrollY : Number.NaN)
    return [
      top(document.querySelector('.axis-summary')?.nextElementSibling),
      top(document.querySelector('.time-axis')?.nextElementSibling),
    ]
  })

type Rect = { x: number; y: number; width: number; height: number }
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** The tooltip is open, inside the viewport and not over the mark. */
async function expectTipBeside(page: Page, mark: string) {
  const tip = page.locator('.axis-tip')
  await expect.poll(() => tip.isVisible()).toBe(true)
  const t = await tip.boundingBox()
  const m = await page.locator(mark).boundingBox()
  const frame = await page.locator('.axis-frame').boundingBox()
  const vp = page.viewportSize()
  if (!t || !m || !frame || !vp) throw new Error('no boxes')
  expect(t.x).toBeGreaterThanOrEqual(0)
  expect(t.y).toBeGreaterThanOrEqual(0)
  expect(t.x + t.width).toBeLessThanOrEqual(vp.width)
  expect(t.y + t.height).toBeLessThanOrEqual(vp.height)
  // The part of the mark seen through the frame (a bar may run past it) stays uncovered.
  const seenX = Math.max(m.x, frame.x)
  const seen = { x: seenX, y: m.y, width: Math.min(m.x + m.width, frame.x + frame.width) - seenX, height: m.height }
  expect(overlap(t, seen)).toBe(false)
}

describe('the time axis’s summary and tooltip', () => {
  it('hovering and focusing marks of different summaries never moves what is below the axis', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(HOURS, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().waitFor()
      await axisReady(page)
      const before = await below(page)
      const texts = new Set<string>()
      const marks = page.locator(PANGYO_EVENTS)
      const count = Math.min(await marks.count(), 6)
      expect(count).toBeGreaterThan(2)
      for (let i = 0; i < count; i += 1) {
        if (i % 2 === 0) await marks.nth(i).focus()
        else await marks.nth(i).dispatchEvent('mouseover')
        await axisReady(page)
        texts.add((await page.locator('.axis-summary').textContent()) ?? '')
        expect(await below(page)).toEqual(before)
      }
      // The marks said different things, of different lengths, with their sources.
      expect(new Set([...texts].map((t) => t.length)).size).toBeGreaterThan(1)
      expect([...texts].some((t) => t.includes('Sources: '))).toBe(true)
      expect(problems).toEqual([])
    })
  })

  it('opens at a focused mark, beside it and in the viewport; Tab reaches its link; Escape closes it', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(HOURS, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().waitFor()
      await axisReady(page)
      const first = `${PANGYO_EVENTS} >> nth=0`
      await page.locator(first).focus()
      await axisReady(page)
      await expectTipBeside(page, first)
      const tip = page.locator('.axis-tip')
      expect(await tip.textContent()).toContain('Sources')
      const key = await page.locator(first).getAttribute('data-key')
      const href = await page.locator(first).getAttribute('href')
      expect(await tip.locator('a').getAttribute('href')).toBe(href)
      // The arrow moves the tip with the focus.
      await page.keyboard.press('ArrowRight')
      const next = await page.evaluate(() => document.activeElement?.getAttribute('data-key'))
      expect(next).not.toBe(key)
      await expectTipBeside(page, `.axis-chart a[data-key="${next}"]`)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.closest('.axis-tip') !== null)).toBe(true)
      await page.keyboard.press('Escape')
      expect(await tip.isVisible()).toBe(false)
      // The box under the axis keeps the text.
      expect(await page.locator('.axis-summary').textContent()).not.toBe('')
      expect(problems).toEqual([])
    })
  })

  it('opens under the pointer, stays while the pointer moves onto it, and closes with Escape', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(HOURS, { waitUntil: 'networkidle' })
      await axisReady(page)
      const mark = `.axis-chart a[data-key="incident-${PANGYO}"]`
      await page.locator(`${mark} .solid`).hover({ position: { x: 3, y: 3 } })
      await axisReady(page)
      await expectTipBeside(page, mark)
      const t = await page.locator('.axis-tip').boundingBox()
      if (!t) throw new Error('no tip')
      await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 4 })
      await page.waitForTimeout(500)
      expect(await page.locator('.axis-tip').isVisible()).toBe(true)
      await page.keyboard.press('Escape')
      expect(await page.locator('.axis-tip').isVisible()).toBe(false)
      expect(problems).toEqual([])
    })
  })

  it('on a phone, a first tap shows the tip inside the screen instead of leaving the page', async () => {
    const context = await browser().newContext({
      viewport: { width: 412, height: 800 },
      hasTouch: true,
      isMobile: true,
    })
    try {
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(HOURS, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().waitFor()
      await axisReady(page)
      await page.locator('.axis-frame').scrollIntoViewIfNeeded()
      const frame = await page.locator('.axis-frame').boundingBox()
      if (!frame) throw new Error('no frame')
      // The rightmost event seen in the frame: the tip must still fit the screen.
      const centres = await page
        .locator(PANGYO_EVENTS)
        .evaluateAll((as) =>
          as.map((a) => a.getBoundingClientRect()).map((r) => [r.x + r.width / 2, r.y + r.height / 2]),
        )
      const [x, y] = centres.filter(([cx = 0]) => cx < frame.x + frame.width - 4).at(-1) ?? []
      if (x === undefined || y === undefined) throw new Error('no event in view')
      await page.touchscreen.tap(x, y)
      await page.locator('.axis-tip').waitFor()
      const key = await page.locator('.axis-tip').getAttribute('data-key')
      await expectTipBeside(page, `.axis-chart a[data-key="${key}"]`)
      expect(page.url()).toBe(HOURS)
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  })
})
