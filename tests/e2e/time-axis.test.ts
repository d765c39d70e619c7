/** The zoomable time axis on /timeline/ (issue #17): zoom to Pangyo's minutes, open a record, the view in the address. */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { withPage, fileBrowser } from './browser'
import { PANGYO, PANGYO_EVENTS, PANGYO_MARK, axisReady } from './time-axis-page'

const base = inject('baseURL')
const browser = fileBrowser()

/** The window the axis says it shows, in minutes wide, from its on-screen range ("… 2022-10-15 15:00 – …"). */
async function shownMinutes(page: Page): Promise<number> {
  const text = (await page.locator('.axis-range').textContent()) ?? ''
  const [from, to] = [...text.matchAll(/(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/g)].map((m) =>
    Date.parse(`${m[1]}T${m[2]}:00Z`),
  )
  if (from === undefined || to === undefined) throw new Error(`no range in “${text}”`)
  return (to - from) / 60_000
}

/** Pangyo's events are drawn with their offsets from its start, and the window is under two hours. */
async function expectPangyoMinutes(page: Page) {
  await expect.poll(() => shownMinutes(page)).toBeLessThanOrEqual(120)
  await page.locator(PANGYO_EVENTS).first().waitFor()
  const labels = await page.locator(PANGYO_EVENTS).evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))
  expect(labels.length).toBeGreaterThan(0)
  for (const label of labels) expect(label).toMatch(/\(T\+(?:\d+[dhm] ?)+\)\. /)
  expect(await page.locator('.axis-range').textContent()).toContain('2022-10-15')
}

describe('the time axis', () => {
  it('starts at the whole range, 2010 to today, with every incident a focusable, named mark', async () => {
    await withPage(browser(), async ({ page, problems, requests }) => {
      await page.goto(`${base}/en/timeline/`, { waitUntil: 'networkidle' })
      await axisReady(page)
      expect(await shownMinutes(page)).toBeGreaterThan(16 * 365 * 1440)
      expect(await page.locator('.axis-chart .tick-label').first().textContent()).toBe('2010')
      const marks = page.locator('.axis-chart a[data-key^="incident-"]')
      expect(await marks.count()).toBeGreaterThan(20)
      const pangyo = page.locator(PANGYO_MARK)
      expect(await pangyo.getAttribute('aria-label')).toMatch(/Pangyo.*\(Critical\)\. .*2022/)
      expect(await pangyo.getAttribute('href')).toBe(`/en/incidents/${PANGYO}/`)
      expect(requests.filter((r) => r.includes('/data/axis/'))).toEqual([`${base}/data/axis/en.json`])
      // The list stays as the text alternative.
      expect(await page.locator('li[data-timeline-item]').count()).toBeGreaterThan(20)
      expect(problems).toEqual([])
    })
  })

  it('zooms from the whole range to Pangyo’s minutes by keyboard, about the focused mark', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/timeline/`, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(PANGYO_MARK).focus()
      await expect.poll(() => page.locator('.axis-summary').textContent()).toContain('판교')
      for (let i = 0; i < 17; i += 1) await page.keyboard.press('+')
      await expectPangyoMinutes(page)
      // Focus stayed on the incident through every redraw; - zooms back out.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(`incident-${PANGYO}`)
      const narrow = await shownMinutes(page)
      await page.keyboard.press('-')
      await expect.poll(() => shownMinutes(page)).toBeCloseTo(narrow * 2, -1)
      await page.keyboard.press('0')
      await expect.poll(() => shownMinutes(page)).toBeGreaterThan(16 * 365 * 1440)
      expect(problems).toEqual([])
    })
  })

  it('zooms to Pangyo’s minutes with the wheel, keeping the instant under the pointer', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/`, { waitUntil: 'networkidle' })
      await axisReady(page)
      for (let i = 0; i < 14 && (await shownMinutes(page)) > 120; i += 1) {
        const box = await page.locator(`${PANGYO_MARK} .solid`).boundingBox()
        if (!box) throw new Error('the Pangyo bar is not drawn')
        await page.mouse.move(box.x + 1, box.y + box.height / 2)
        await page.mouse.wheel(0, -700)
        await page.waitForTimeout(60)
      }
      await expectPangyoMinutes(page)
      expect(problems).toEqual([])
    })
  })

  it('zoomed to minutes, draws a bar of days only as far as the drawn chart reaches', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/?start=2022-10-15T15:00&end=2022-10-15T17:00`, { waitUntil: 'networkidle' })
      await axisReady(page)
      const width = await page.locator('.axis-frame').evaluate((f) => f.clientWidth)
      // The chart is drawn a frame's width either side of the view (and 16 px more): no shape goes beyond.
      const rects = await page
        .locator('.axis-chart .marks rect')
        .evaluateAll((rs) => rs.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('width'))]))
      expect(rects.length).toBeGreaterThan(0)
      for (const [x = 0, w = 0] of rects) {
        expect(x).toBeGreaterThanOrEqual(-width - 16.1)
        expect(x + w).toBeLessThanOrEqual(2 * width + 16.1)
      }
      // Pangyo lasted days: its bar still runs past the view's right edge, cut at the drawn chart's.
      const pangyo = await page
        .locator(`${PANGYO_MARK} rect`)
        .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width'))))
      expect(Math.max(...pangyo)).toBeCloseTo(2 * width + 16, 0)
      expect(problems).toEqual([])
    })
  })

  it('steps through the marks with the arrow keys, the one tab stop moving with the focus', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/?start=2022-10-15T15:00&end=2022-10-15T23:00`, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().waitFor()
      await axisReady(page)
      await page.locator('.axis-chart a[tabindex="0"]').focus()
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? '')
      const stops = () =>
        page.locator('.axis-chart a[tabindex="0"]').evaluateAll((as) => as.map((a) => a.getAttribute('data-key')))
      const seen: string[] = [await focused()]
      for (let i = 0; i < 4; i += 1) {
        await page.keyboard.press('ArrowRight')
        const key = await focused()
        expect(key).not.toBe(seen.at(-1))
        expect(await stops()).toEqual([key])
        seen.push(key)
      }
      await page.keyboard.press('ArrowLeft')
      expect(await focused()).toBe(seen.at(-2))
      expect(await stops()).toEqual([seen.at(-2)])
      expect(problems).toEqual([])
    })
  })

  it('opens a record from a mark, by click and by Enter, even with its sources still on their way', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      const view = `${base}/en/timeline/?start=2022-10-15T15:00&end=2022-10-15T17:00`
      await page.goto(view, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().waitFor()
      await axisReady(page)
      // Hovering fetches the sources for the summary; let them arrive before the click leaves the page.
      await page.locator(`${PANGYO_MARK} .solid`).hover({ position: { x: 5, y: 5 } })
      await axisReady(page)
      await page.locator(`${PANGYO_MARK} .solid`).click({ position: { x: 5, y: 5 } })
      // Settled before leaving: the browser asks for the page's icon after its load event, and a
      // navigation at that moment would cut the request short (a failed request in the console).
      await page.waitForURL(`${base}/en/incidents/${PANGYO}/`, { waitUntil: 'networkidle' })
      // Enter while the sources that focusing the mark asked for are held back: leaving the page cuts
      // that request short, and the island must make nothing of it (no error, no rejection).
      let release = () => {}
      const held = new Promise<void>((done) => {
        release = done
      })
      await page.route('**/data/axis/en.sources.json', async (route) => {
        await held
        await route.continue().catch(() => undefined)
      })
      await page.goto(view, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().waitFor()
      await axisReady(page)
      const asked = page.waitForRequest('**/data/axis/en.sources.json')
      await page.locator(PANGYO_EVENTS).first().focus()
      await asked
      await page.keyboard.press('Enter')
      await page.waitForURL(new RegExp(`/en/incidents/${PANGYO}/#event-\\d+$`), { waitUntil: 'networkidle' })
      release()
      // The one thing left: the browser itself cancelled the request of the page it left.
      const cut = `failed: GET ${base}/data/axis/en.sources.json net::ERR_ABORTED`
      expect(problems).toContain(cut)
      expect(problems.filter((p) => p !== cut)).toEqual([])
    })
  })

  it('says in the summary and at the mark that the sources could not be loaded, and asks again on the next hint', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      let fail = true
      await page.route('**/data/axis/en.sources.json', (route) =>
        fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
      )
      await page.goto(`${base}/en/timeline/?start=2022-10-15T15:00&end=2022-10-15T17:00`, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().waitFor()
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().focus()
      await expect.poll(() => page.locator('.axis-summary').textContent()).toContain('The sources could not be loaded')
      expect(await page.locator('.axis-tip').textContent()).toContain('The sources could not be loaded')
      fail = false
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => page.locator('.axis-summary').textContent()).toContain('Sources: ')
      // The 503 itself is all the console saw: no uncaught rejection, no exception.
      expect(problems.filter((p) => !p.includes('503'))).toEqual([])
      expect(problems.length).toBeLessThanOrEqual(2)
    })
  })

  it('restores a view from its address, says what it ignored, and steps back through views', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/?start=2022-10-15T15:00&end=2022-10-15T17:00`, { waitUntil: 'networkidle' })
      await axisReady(page)
      expect(await page.locator('.axis-range').textContent()).toContain('2022-10-15 15:00 – 2022-10-15 17:00')
      await page.getByRole('button', { name: 'Zoom out' }).click()
      await page.waitForURL((url) => url.searchParams.get('start') === '2022-10-15T14:00')
      expect(new URL(page.url()).searchParams.get('end')).toBe('2022-10-15T18:00')
      await page.goBack()
      await expect
        .poll(() => page.locator('.axis-range').textContent())
        .toContain('2022-10-15 15:00 – 2022-10-15 17:00')
      await axisReady(page)
      await page.goto(`${base}/en/timeline/?start=someday&end=2022-10-16`, { waitUntil: 'networkidle' })
      await axisReady(page)
      expect(await page.locator('.axis-notice').textContent()).toContain('start “someday”')
      expect(await page.locator('.axis-range').textContent()).toMatch(/2010-01-01 00:00 – 2022-10-17 00:00/)
      expect(problems).toEqual([])
    })
  })

  it.each(['light', 'dark'] as const)('drawn and zoomed in, passes axe in the %s scheme', async (colorScheme) => {
    await withPage(
      browser(),
      async ({ page, problems }) => {
        await page.goto(`${base}/timeline/?start=2022-10-15T15:00&end=2022-10-15T17:00`, { waitUntil: 'networkidle' })
        await page.locator(PANGYO_EVENTS).first().waitFor()
        await page.locator(PANGYO_EVENTS).first().focus()
        const { violations } = await new AxeBuilder({ page }).include('.time-axis').analyze()
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
        expect(problems).toEqual([])
      },
      { colorScheme },
    )
  })

  it('is hidden without JavaScript, leaving the list', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${base}/timeline/`)
    expect(await page.locator('.time-axis').isVisible()).toBe(false)
    expect(await page.locator('li[data-timeline-item]').first().isVisible()).toBe(true)
    await context.close()
  })
})
