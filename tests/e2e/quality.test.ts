/** Accessibility, small screens and dark mode on every page type the site has. */
import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, watchedPage } from './browser'

const base = inject('baseURL')
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser.close()
})

const PAGES = [
  '/',
  '/en/',
  '/incidents/2022-10-15-pangyo-datacenter-fire/',
  '/en/incidents/2018-11-24-kt-ahyeon-fire/',
  '/incidents/2020-07-13-kakaotalk-pc-login-failure/',
  '/analysis/',
  '/en/analysis/',
  '/about/',
  '/en/about/',
  '/search/',
  '/timeline/',
  '/incidents/',
  '/en/incidents/',
  '/factors/',
  '/sources/',
  '/factors/single-site-concentration/',
  '/en/entities/kakao/',
  '/policies/policy-2022-kakao-outage-prevention-acts/',
  '/sources/seed-000/',
  '/no/such/page/',
  '/embed/',
  '/en/embed/',
  '/embed/timeline/?incident=2022-10-15-pangyo-datacenter-fire&lang=en',
]

describe('quality on every page type', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PAGES)(
      `%s: axe finds no violations (${colorScheme} scheme, contrast included)`,
      async (path) => {
        const { page } = await watchedPage(browser, { colorScheme })
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
        const { violations } = await new AxeBuilder({ page }).analyze()
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`),
        ).toEqual([])
        await page.context().close()
        // axe checks the contrast of every text node: the long incident pages take over a minute on a busy machine.
      },
      180_000,
    )
  }

  it.each(PAGES)('%s: fits a 360 px phone without sideways scrolling', async (path) => {
    const { page } = await watchedPage(browser, { width: 360 })
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)
    expect(width).toBeLessThanOrEqual(360)
    await page.context().close()
  })

  it('follows the system dark mode', async () => {
    const { page } = await watchedPage(browser, { colorScheme: 'dark' })
    await page.goto(`${base}/`)
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(bg).toBe('rgb(20, 22, 26)')
    await page.context().close()
  })

  it('shows a visible focus ring when tabbing', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${base}/incidents/2022-10-15-pangyo-datacenter-fire/`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const el = document.activeElement
      return el ? getComputedStyle(el).outlineStyle : 'none'
    })
    expect(outline).toBe('solid')
    await page.context().close()
  })

  it('prints an incident without the navigation', async () => {
    const { page } = await watchedPage(browser)
    await page.goto(`${base}/incidents/2022-10-15-pangyo-datacenter-fire/`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('#timeline').isVisible()).toBe(true)
    await page.context().close()
  })
})
