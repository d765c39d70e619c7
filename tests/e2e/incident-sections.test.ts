import { describe, expect, inject, it } from 'vitest'
import { withPage, fileBrowser } from './browser'

const base = inject('baseURL')
const PANGYO = '/incidents/2022-10-15-pangyo-datacenter-fire/'
const PHONE = { width: 390 }
const browser = fileBrowser()

/** Whether the element is drawn, counting a skipped (content-visibility: auto) ancestor as not drawn. */
const drawn = (el: Element) => el.checkVisibility({ contentVisibilityAuto: true })

describe('the sections of an incident page on a phone', () => {
  it('are skipped until the reader gets near them, and a contents link lands on its section', async () => {
    await withPage(
      browser(),
      async ({ page, problems }) => {
        await page.goto(`${base}${PANGYO}`, { waitUntil: 'networkidle' })
        const heading = page.locator('#sources-heading')
        expect(await heading.evaluate(drawn)).toBe(false)
        await page.locator('.toc a[href="#sources"]').click()
        await expect.poll(() => heading.evaluate(drawn)).toBe(true)
        // Landed: the heading is at the top of the screen, below the sticky contents row.
        await expect
          .poll(async () => {
            const box = await heading.boundingBox()
            return box !== null && box.y >= 0 && box.y < 200
          })
          .toBe(true)
        expect(new URL(page.url()).hash).toBe('#sources')
        expect(problems).toEqual([])
      },
      PHONE,
    )
  })

  it('shows a citation’s note whole along the screen’s bottom edge, in a section far down the page', async () => {
    await withPage(
      browser(),
      async ({ page, problems }) => {
        await page.goto(`${base}${PANGYO}`, { waitUntil: 'networkidle' })
        const cite = page.locator('#responses .cite > a').first()
        await cite.scrollIntoViewIfNeeded()
        await cite.hover()
        const tip = cite.locator('.cite-tip')
        await expect.poll(() => tip.evaluate((t) => t.getBoundingClientRect().width)).toBeGreaterThan(100)
        const box = await tip.evaluate((t) => {
          const r = t.getBoundingClientRect()
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }
        })
        const screen = page.viewportSize()
        if (!screen) throw new Error('no viewport')
        expect(box.left).toBeGreaterThanOrEqual(0)
        expect(box.right).toBeLessThanOrEqual(screen.width)
        expect(box.bottom).toBeLessThanOrEqual(screen.height)
        // At the screen's edge, not at the section's (a skipped section would hold a fixed note).
        expect(box.bottom).toBeGreaterThan(screen.height - 40)
        expect(problems).toEqual([])
      },
      PHONE,
    )
  })
})
