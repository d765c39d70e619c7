import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { expectCleanRoute, type RouteCase, watchedPage, fileBrowser } from './browser'

const base = inject('baseURL')
const browser = fileBrowser()

const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const indexRequests = (requests: string[]) => requests.filter((u) => u.includes('/search-index/'))

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  )
}

const PAGES: RouteCase[] = [
  { name: 'search (ko)', path: '/search/', lang: 'ko', title: /검색 \| 장애 연대기/ },
  { name: 'search (en)', path: '/en/search/', lang: 'en', title: /Search \| Outage Chronicle/ },
]

describe('the search page', () => {
  it.each(PAGES)('$name loads cleanly', (route) => expectCleanRoute(browser(), base, route))

  it('does not load the index on page load', async () => {
    const { page, problems, requests } = await watchedPage(browser())
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' })
    expect(indexRequests(requests)).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('searches from a shared URL, highlights matches, filters and keeps the URL in step; axe clean', async () => {
    const { page, problems, requests } = await watchedPage(browser())
    await page.goto(`${base}/search/?q=${encodeURIComponent('판교 데이터센')}`, { waitUntil: 'networkidle' })
    const first = page.locator('[data-search-results] li').first()
    await first.waitFor()
    expect(await first.getAttribute('data-result-id')).toBe(PANGYO)
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0)
    expect(indexRequests(requests).length).toBeGreaterThan(0)
    expect(await page.inputValue('#search-q')).toBe('판교 데이터센')

    await page.selectOption('select[name="type"]', 'entity')
    await page.waitForURL((url) => url.searchParams.get('type') === 'entity')
    await expect.poll(() => page.locator('[data-search-results] li:not([data-result-type="entity"])').count()).toBe(0)
    expect(await page.locator('[data-search-results] li[data-result-type="entity"]').count()).toBeGreaterThan(0)

    await page.fill('#search-q', 'zkzkdhxhr')
    await page.press('#search-q', 'Enter')
    await page.waitForURL((url) => url.searchParams.get('q') === 'zkzkdhxhr')
    await page.locator('[data-result-id="kakaotalk"]').waitFor()

    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('corrects a typo through the vocabulary, says so, and highlights the corrected word', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/search/?q=${encodeURIComponent('데이타센타 화재')}`, { waitUntil: 'networkidle' })
    const first = page.locator('[data-search-results] li').first()
    await first.waitFor()
    expect(await first.getAttribute('data-result-id')).toBe(PANGYO)
    expect(await page.locator('.search-status').textContent()).toContain('‘데이터센터’(으)로도 찾았습니다.')
    expect(await first.locator('mark').allTextContents()).toContain('데이터센터')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('finds a record by another word for the same thing and a date, and says how it read the query', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/search/?q=${encodeURIComponent('2012년 정전')}`, { waitUntil: 'networkidle' })
    const first = page.locator('[data-search-results] li').first()
    await first.waitFor()
    expect(await first.getAttribute('data-result-id')).toBe('2012-04-28-lg-cns-gasan-power-failure')
    const status = (await page.locator('.search-status').textContent()) ?? ''
    expect(status).toContain('‘정전’ → ‘전원 장애’')
    expect(status).toContain('로도 찾았습니다.')
    expect(status).toContain('날짜나 수치로 읽은 말: ‘2012년’.')
    expect(await first.locator('mark').allTextContents()).toContain('전원 장애')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('paints the first page before its fragments arrive, then their passages without moving a row', async () => {
    const { page, problems } = await watchedPage(browser())
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let fragments = 0
    await page.route('**/search-index/f/**', async (route) => {
      fragments += 1
      await held
      await route.continue()
    })
    await page.goto(`${base}/search/?q=${encodeURIComponent('판교')}`)
    const rows = page.locator('[data-search-results] li')
    await expect.poll(() => rows.count()).toBe(10)
    // Every row has its title, link and excerpt while its fragment is still on its way.
    expect(await page.locator('[data-search-results] li a[href]').count()).toBe(10)
    expect(await page.locator('[data-search-results] li .search-passage').count()).toBe(10)
    expect(await page.locator('[data-search-results] .search-passage mark').count()).toBeGreaterThan(0)
    await expect.poll(() => fragments).toBe(10)
    const boxes = () => rows.evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON()))
    const ids = () => rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-result-id')))
    const before = { boxes: await boxes(), ids: await ids(), text: await rows.allInnerTexts() }
    release()
    await expect.poll(async () => (await rows.allInnerTexts()).join() !== before.text.join()).toBe(true)
    expect(await ids()).toEqual(before.ids)
    expect(await boxes()).toEqual(before.boxes)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('loads the engine code and the index only on first use', async () => {
    const { page, problems, requests } = await watchedPage(browser())
    await page.goto(`${base}/`, { waitUntil: 'networkidle' })
    const before = new Set(requests)
    // The shortcut works once the island has mounted (its module runs before the load event).
    const dialog = page.locator('dialog.quick-search')
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+k')
        return dialog.isVisible()
      })
      .toBe(true)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-q')
    await page.keyboard.type('카카ㅇ')
    await page.locator('#quick-results [data-result-id="kakao"]').waitFor()
    const after = requests.filter((u) => !before.has(u))
    // The engine's chunk is the script that holds its index check message.
    const holdsEngine = async (urls: Iterable<string>) => {
      const scripts = [...urls].filter((u) => u.endsWith('.js'))
      const texts = await Promise.all(scripts.map(async (u) => (await fetch(u)).text()))
      return texts.some((t) => t.includes('is not an index of this version'))
    }
    expect(await holdsEngine(before)).toBe(false)
    expect(await holdsEngine(after)).toBe(true)
    expect(indexRequests([...before])).toEqual([])
    expect(indexRequests(after).length).toBeGreaterThan(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('shows hostile query text as text, never as HTML', async () => {
    const { page, problems } = await watchedPage(browser())
    const q = '<img src=x onerror="window.__x=1">카카오'
    await page.goto(`${base}/en/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle' })
    await page
      .locator('.search-status')
      .filter({ hasText: /found|Nothing/ })
      .waitFor()
    expect(await page.locator('main img').count()).toBe(0)
    expect(await page.evaluate(() => 'x' in window && '__x' in window)).toBe(false)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('the quick-search dialog', () => {
  it('opens with Ctrl+K, searches as you type, moves with the arrows, opens with Enter; index loaded lazily', async () => {
    const { page, problems, requests } = await watchedPage(browser())
    await page.goto(`${base}/`, { waitUntil: 'networkidle' })
    expect(indexRequests(requests)).toEqual([])
    await page.keyboard.press('Control+k')
    const dialog = page.locator('dialog.quick-search')
    await dialog.waitFor({ state: 'visible' })
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-q')
    // Opening the dialog loads the index's entry files before the first key is typed.
    await expect.poll(() => indexRequests(requests).length).toBeGreaterThan(0)
    // 아현국사 화재 by its initials. (ㅇㅎ ㅎㅈ alone now ranks 윤호중, ㅇㅎㅈ, first.) Results for the
    // half-typed query may show first; the answer to the whole query replaces them.
    await page.keyboard.type('ㅇㅎㄱㅅ ㅎㅈ')
    await expect
      .poll(() => page.locator('#quick-results [role="option"]').first().getAttribute('data-result-id'))
      .toBe('2018-11-24-kt-ahyeon-fire')
    expect(await axeViolations(page)).toEqual([])

    await page.keyboard.press('ArrowDown')
    expect(await page.locator('#quick-results [role="option"]').nth(1).getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/incidents\/2018-11-24-kt-ahyeon-fire\/$/)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('opens from the header button and closes with Escape', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/en/incidents/`, { waitUntil: 'networkidle' })
    await page.click('.quick-search-button')
    const dialog = page.locator('dialog.quick-search')
    await dialog.waitFor({ state: 'visible' })
    await page.keyboard.type('Pangyo')
    await page.locator(`#quick-results [data-result-id="${PANGYO}"]`).waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(problems).toEqual([])
    await page.context().close()
  })
})
