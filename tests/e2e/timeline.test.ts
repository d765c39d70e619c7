import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { expectCleanRoute, type RouteCase, watchedPage, fileBrowser } from './browser'

const base = inject('baseURL')
const browser = fileBrowser()

const ITEM = 'li[data-timeline-item]'

/** The filters appear once the client component has read the query string. */
async function filtersReady(page: Page) {
  await page.locator('.timeline-filters').waitFor({ state: 'visible' })
}

/** Facets of every item, and whether it is shown. */
function itemStates(page: Page) {
  return page.locator(ITEM).evaluateAll((els) =>
    els.map((el) => ({
      shown: el instanceof HTMLElement && !el.hidden && el.getClientRects().length > 0,
      year: Number(el.getAttribute('data-year')),
      factors: (el.getAttribute('data-factors') ?? '').split(' '),
      severities: (el.getAttribute('data-severities') ?? '').split(' '),
    })),
  )
}

const PAGES: RouteCase[] = [
  { name: 'timeline (ko)', path: '/timeline/', lang: 'ko', title: /타임라인 \| 장애 연대기/ },
  { name: 'timeline (en)', path: '/en/timeline/', lang: 'en', title: /timeline \| Outage Chronicle/ },
  { name: 'incident index (ko)', path: '/incidents/', lang: 'ko', title: /장애 목록 \| 장애 연대기/ },
  { name: 'incident index (en)', path: '/en/incidents/', lang: 'en', title: /All incidents \| Outage Chronicle/ },
]

describe('the timeline and the incident index load cleanly', () => {
  it.each(PAGES)('$name: status 200, a title, one h1, html[lang], no console error or failed request', (route) =>
    expectCleanRoute(browser(), base, route),
  )

  it.each(PAGES)('$name: axe reports no violations', async ({ path }) => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(
      violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([])
    await page.context().close()
  })
})

describe('the timeline', () => {
  it('shows every item without JavaScript, in lanes and years, each with a permalink', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${base}/en/timeline/?severity=critical`)
    const states = await itemStates(page)
    expect(states.length).toBeGreaterThan(100)
    expect(states.filter((s) => !s.shown)).toEqual([])
    for (const lane of ['incident', 'policy', 'government', 'company']) {
      expect(await page.locator(`${ITEM}.lane-${lane}`).count(), lane).toBeGreaterThan(0)
    }
    expect(await page.locator('.year-index a[href="#year-2022"]').count()).toBe(1)
    expect(await page.locator('section#year-2022 h2').textContent()).toBe('2022')
    const ids = await page
      .locator(ITEM)
      .evaluateAll((els) => els.map((el) => [el.id, el.querySelector('a.permalink')?.getAttribute('href')]))
    expect(ids.filter(([id, href]) => !id || href !== `#${id}`)).toEqual([])
    expect(await page.locator('#event-2022-10-15-pangyo-datacenter-fire-1 a[href$="#event-1"]').count()).toBe(1)
    await context.close()
  })

  it('applies a filter chosen in the form: the URL and the shown items follow', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/en/timeline/`, { waitUntil: 'networkidle' })
    await filtersReady(page)
    const total = (await itemStates(page)).length
    await page.getByLabel('Severity').selectOption('critical')
    await page.waitForURL((url) => url.searchParams.get('severity') === 'critical')
    const states = await itemStates(page)
    const shown = states.filter((s) => s.shown)
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(total)
    expect(shown.every((s) => s.severities.includes('critical'))).toBe(true)
    expect(states.filter((s) => !s.shown).every((s) => !s.severities.includes('critical'))).toBe(true)
    await expect(page.locator('.filter-count').textContent()).resolves.toBe(`${shown.length} of ${total} items shown`)
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.waitForURL((url) => url.search === '')
    expect((await itemStates(page)).every((s) => s.shown)).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('shows only the matching items when a filtered URL is loaded directly', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/timeline/?from=2016&to=2022&factor=single-site-concentration&severity=critical`, {
      waitUntil: 'networkidle',
    })
    await filtersReady(page)
    const states = await itemStates(page)
    const shown = states.filter((s) => s.shown)
    expect(shown.length).toBeGreaterThan(0)
    for (const s of states) {
      const ok =
        s.year >= 2016 &&
        s.year <= 2022 &&
        s.factors.includes('single-site-concentration') &&
        s.severities.includes('critical')
      expect(s.shown).toBe(ok)
    }
    expect(await page.locator('#filter-factor').inputValue()).toBe('single-site-concentration')
    expect(await page.locator('#filter-from').inputValue()).toBe('2016')
    expect(await page.locator('section#year-2010').isHidden()).toBe(true)
    expect(await page.locator('.filter-notice').count()).toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a hostile query runs no script, says what it ignored, and shows everything', async () => {
    const { page, problems } = await watchedPage(browser())
    const dialogs: string[] = []
    page.on('dialog', async (d) => {
      dialogs.push(d.message())
      await d.dismiss()
    })
    await page.goto(`${base}/en/timeline/?factor=<script>alert(1)</script>&from=99999999999`, {
      waitUntil: 'networkidle',
    })
    await filtersReady(page)
    const notice = await page.locator('.filter-notice').textContent()
    expect(notice).toContain('Ignored unknown filter values')
    expect(notice).toContain('factor “<script>alert(1)</script>”')
    expect(notice).toContain('from “99999999999”')
    expect(await page.locator('.filter-notice script, script:text("alert(1)")').count()).toBe(0)
    expect((await itemStates(page)).every((s) => s.shown)).toBe(true)
    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('on a timeline of several pages, the filters say they work per page and follow the pager links', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/en/timeline/`, { waitUntil: 'networkidle' })
    await filtersReady(page)
    const next = page.locator('.pager a[rel="next"]')
    expect(await next.getAttribute('href')).toBe('/en/timeline/2/')
    expect(await page.locator('.filter-scope').textContent()).toContain('the filters apply to the items on this page')
    await page.getByLabel('Severity').selectOption('critical')
    await page.waitForURL((url) => url.searchParams.get('severity') === 'critical')
    expect(await next.getAttribute('href')).toBe('/en/timeline/2/?severity=critical')
    await next.click()
    await page.waitForURL(
      (url) => url.pathname === '/en/timeline/2/' && url.searchParams.get('severity') === 'critical',
    )
    await filtersReady(page)
    expect(await page.locator('#filter-severity').inputValue()).toBe('critical')
    const states = await itemStates(page)
    expect(states.some((s) => s.shown)).toBe(true)
    expect(states.every((s) => s.shown === s.severities.includes('critical'))).toBe(true)
    expect(await page.locator('.pager a[rel="prev"]').getAttribute('href')).toBe('/en/timeline/?severity=critical')
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.waitForURL((url) => url.search === '')
    expect(await page.locator('.pager a[rel="prev"]').getAttribute('href')).toBe('/en/timeline/')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('works with the keyboard alone: Tab reaches the filters, keys operate them, focus is visible', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/en/timeline/`, { waitUntil: 'networkidle' })
    await filtersReady(page)
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '')
    const tabTo = async (id: string) => {
      for (let i = 0; i < 60 && (await focused()) !== id; i += 1) await page.keyboard.press('Tab')
      expect(await focused()).toBe(id)
    }
    await tabTo('filter-from')
    expect(
      await page.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : '')),
    ).not.toBe('none')
    await tabTo('filter-severity')
    await page.keyboard.press('ArrowDown')
    await page.waitForURL((url) => url.searchParams.get('severity') === 'minor')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Clear filters')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.search === '')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('ArrowDown')
    await page.waitForURL((url) => url.searchParams.get('severity') === 'minor')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.waitForURL((url) => url.search === '')
    await expect(page.locator('.filter-count').textContent()).resolves.toMatch(/^(\d+) of \1 items shown$/)
    await page.context().close()
  })

  it.each(['/timeline/', '/en/timeline/'])('%s: no horizontal scroll at 360 px, lanes stacked', async (path) => {
    const { page } = await watchedPage(browser(), { width: 360 })
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
    await filtersReady(page)
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(360)
    const lefts = await page
      .locator(ITEM)
      .evaluateAll((els) => [...new Set(els.slice(0, 30).map((el) => Math.round(el.getBoundingClientRect().left)))])
    expect(lefts.length).toBe(1)
    await page.context().close()
  })
})

describe('the incident index', () => {
  it('lists every incident without JavaScript, sorted by date', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${base}/en/incidents/`)
    const times = await page
      .locator('.index-table tbody time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
    expect(times.length).toBeGreaterThanOrEqual(20)
    expect([...times].sort()).toEqual(times)
    expect(await page.locator('.index-table caption').count()).toBe(1)
    expect(await page.locator('.index-table th[scope="col"]').count()).toBe(7)
    await context.close()
  })

  it('sorts by duration when its header button is pressed', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/en/incidents/`, { waitUntil: 'networkidle' })
    const header = page.locator('th', { has: page.getByRole('button', { name: 'Duration' }) })
    expect(await header.getAttribute('aria-sort')).toBe('none')
    await page.getByRole('button', { name: 'Duration' }).click()
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending')
    await page.waitForURL((url) => url.searchParams.get('sort') === 'duration')
    expect(await page.locator('.index-table tbody tr').first().locator('th').textContent()).toMatch(/NIRS/)
    // Longest first; incidents whose end is unknown last.
    const minutes = await page
      .locator('.index-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-duration-minutes') ?? ''))
    const known = minutes.filter((m) => m !== '').map(Number)
    expect(known.length).toBeGreaterThan(1)
    expect(known).toEqual([...known].sort((a, b) => b - a))
    expect(minutes.slice(known.length).every((m) => m === '')).toBe(true)
    expect(
      await page.locator('th[aria-sort="none"]', { has: page.getByRole('button', { name: 'Date' }) }).count(),
    ).toBe(1)
    await page.getByRole('button', { name: 'Duration' }).press('Enter')
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending')
    const durations = await page.locator('.index-table tbody tr td:nth-child(3)').allTextContents()
    expect(durations.at(-1)).toBe('—')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('filters by text, factor, severity and year, kept in the URL', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/incidents/?severity=critical&q=<b>x</b>&factor=nope`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('#index-severity').inputValue()).toBe('critical')
    expect(await page.locator('.filter-notice').textContent()).toContain('factor “nope”')
    expect(await page.locator('.index-table tbody tr').count()).toBe(1)
    await page.getByLabel('검색어').fill('')
    await page.waitForURL((url) => url.searchParams.get('q') === null)
    const rows = await page.locator('.index-table tbody tr').count()
    expect(rows).toBeGreaterThanOrEqual(2)
    await page.getByLabel('검색어').fill('판교')
    await page.waitForURL((url) => url.searchParams.get('q') === '판교')
    expect(await page.locator('.index-table tbody tr').count()).toBe(1)
    expect(await page.locator('.filter-count').textContent()).toMatch(/1건 표시/)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
