/** Accessibility, a clean console, small screens and dark mode on every page type the site has. */
import AxeBuilder from '@axe-core/playwright'
import { describe, expect, inject, it } from 'vitest'
import { withPage, fileBrowser } from './browser'

const base = inject('baseURL')
const browser = fileBrowser()

const NOT_FOUND = '/no/such/page/'
const EXPECTED_404_LINE = 'console: Failed to load resource: the server responded with a status of 404 (Not Found)'

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
  NOT_FOUND,
  '/embed/',
  '/en/embed/',
  '/embed/timeline/?incident=2022-10-15-pangyo-datacenter-fire&lang=en',
]

describe('quality on every page type', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PAGES)(
      `%s: axe finds no violations (${colorScheme} scheme, contrast included), the console stays clean`,
      async (path) => {
        await withPage(
          browser(),
          async ({ page, problems }) => {
            await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
            const { violations } = await new AxeBuilder({ page }).analyze()
            expect(
              violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`),
            ).toEqual([])
            // The 404 page's own status is the one expected error (it shows as a console line too).
            const expected = path === NOT_FOUND ? [`http 404: ${base}${path}`, EXPECTED_404_LINE] : []
            expect(problems).toEqual(expected)
          },
          { colorScheme },
        )
        // axe checks the contrast of every text node: the long incident pages take over a minute on a busy machine.
      },
      180_000,
    )
  }

  it.each(PAGES)('%s: fits a 360 px phone without sideways scrolling', async (path) => {
    await withPage(
      browser(),
      async ({ page }) => {
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
        const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)
        expect(width).toBeLessThanOrEqual(360)
      },
      { width: 360 },
    )
  })

  // WCAG 2.2's touch targets (2.5.8, which axe leaves out by default and Lighthouse's mobile audit
  // checks): every link and button at least 24 × 24 px or spaced apart, on a phone-sized screen.
  it.each([
    '/',
    '/incidents/2022-10-15-pangyo-datacenter-fire/',
    '/en/incidents/2022-10-15-pangyo-datacenter-fire/',
    '/timeline/',
    '/incidents/',
    '/analysis/',
  ])('%s: touch targets of at least 24 px at 412 px', async (path) => {
    await withPage(
      browser(),
      async ({ page }) => {
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
        const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze()
        expect(violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([])
      },
      { width: 412 },
    )
  })

  it('follows the system dark mode', async () => {
    await withPage(
      browser(),
      async ({ page }) => {
        await page.goto(`${base}/`)
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
        expect(bg).toBe('rgb(20, 22, 26)')
      },
      { colorScheme: 'dark' },
    )
  })

  it('shows a visible focus ring when tabbing', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(`${base}/incidents/2022-10-15-pangyo-datacenter-fire/`)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => {
        const el = document.activeElement
        return el ? getComputedStyle(el).outlineStyle : 'none'
      })
      expect(outline).toBe('solid')
    })
  })

  it('prints an incident without the navigation', async () => {
    await withPage(browser(), async ({ page }) => {
      await page.goto(`${base}/incidents/2022-10-15-pangyo-datacenter-fire/`)
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('.site-header').isVisible()).toBe(false)
      expect(await page.locator('#timeline').isVisible()).toBe(true)
    })
  })
})
