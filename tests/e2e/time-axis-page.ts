/** What the time axis browser tests share: the Pangyo marks' selectors and "the axis is drawn and settled". */
import type { Page } from 'playwright-core'

export const PANGYO = '2022-10-15-pangyo-datacenter-fire'
export const PANGYO_MARK = `.axis-chart a[data-key="incident-${PANGYO}"]`
export const PANGYO_EVENTS = `.axis-chart a[data-key^="event-${PANGYO}-"]`

/** The axis is drawn, and no incident's events are still on their way (so leaving the page aborts nothing). */
export async function axisReady(page: Page) {
  await page.locator('.axis-chart a').first().waitFor()
  await page.locator('.axis-frame:not([aria-busy])').waitFor()
}
