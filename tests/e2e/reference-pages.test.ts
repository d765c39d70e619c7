import AxeBuilder from '@axe-core/playwright'
import { describe, expect, inject, it } from 'vitest'
import { getFactorSummaries, getIncidents, getSourcePage } from '@/lib/content/source'
import { expectCleanRoute, type RouteCase, watchedPage, fileBrowser } from './browser'

const base = inject('baseURL')
const FACTOR = getFactorSummaries()[0]?.id ?? 'single-site-concentration'
const SOURCE = 'hankookilbo-2018112412447378'
const ENTITY = 'kakaotalk'
const POLICY = 'policy-2022-kakao-outage-prevention-acts'
const browser = fileBrowser()

/** Each reference route type, in both languages. */
const ROUTES: RouteCase[] = [
  { name: 'factors (ko)', path: '/factors/', lang: 'ko', title: /원인 요인 \| 장애 연대기/ },
  { name: 'factors (en)', path: '/en/factors/', lang: 'en', title: /Causal factors \| Outage Chronicle/ },
  { name: 'factor (ko)', path: `/factors/${FACTOR}/`, lang: 'ko', title: /\| 장애 연대기$/ },
  { name: 'factor (en)', path: `/en/factors/${FACTOR}/`, lang: 'en', title: /\| Outage Chronicle$/ },
  { name: 'entities (ko)', path: '/entities/', lang: 'ko', title: /기업·기관 \| 장애 연대기/ },
  {
    name: 'entities (en)',
    path: '/en/entities/',
    lang: 'en',
    title: /Companies, services and bodies \| Outage Chronicle/,
  },
  { name: 'entity (ko)', path: `/entities/${ENTITY}/`, lang: 'ko', title: /카카오톡 \| 장애 연대기/ },
  { name: 'entity (en)', path: `/en/entities/${ENTITY}/`, lang: 'en', title: /KakaoTalk \| Outage Chronicle/ },
  { name: 'policies (ko)', path: '/policies/', lang: 'ko', title: /정책 \| 장애 연대기/ },
  { name: 'policies (en)', path: '/en/policies/', lang: 'en', title: /Policies \| Outage Chronicle/ },
  { name: 'policy (ko)', path: `/policies/${POLICY}/`, lang: 'ko', title: /\| 장애 연대기$/ },
  { name: 'policy (en)', path: `/en/policies/${POLICY}/`, lang: 'en', title: /\| Outage Chronicle$/ },
  { name: 'sources (ko)', path: '/sources/', lang: 'ko', title: /출처 \| 장애 연대기/ },
  { name: 'sources (en)', path: '/en/sources/', lang: 'en', title: /Sources \| Outage Chronicle/ },
  { name: 'source (ko)', path: `/sources/${SOURCE}/`, lang: 'ko', title: /\| 장애 연대기$/ },
  { name: 'source (en)', path: `/en/sources/${SOURCE}/`, lang: 'en', title: /\| Outage Chronicle$/ },
]

describe('every reference route type loads cleanly', () => {
  it.each(ROUTES)('$name: status 200, a title, one h1, the right lang, no console error or failed request', (route) =>
    expectCleanRoute(browser(), base, route),
  )

  it.each(ROUTES.filter((r) => r.lang === 'ko'))(
    '$name: the language switch leads to the same record in English',
    async ({ path }) => {
      const { page } = await watchedPage(browser())
      await page.goto(`${base}${path}`)
      expect(await page.locator('a.lang-switch').getAttribute('href')).toBe(`/en${path}`)
      await page.context().close()
    },
  )
})

describe('a factor page', () => {
  it('lists every incident that uses the factor, in time order, linking to its causes', async () => {
    const expected = getIncidents()
      .filter((inc) => inc.factors.some((f) => f.factor === FACTOR))
      .map((d) => d.id)
    expect(expected.length).toBeGreaterThan(1)
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/factors/${FACTOR}/`)
    const listed = await page
      .locator('#incidents li.ref-use')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-incident') ?? ''))
    expect([...new Set(listed)]).toEqual(expected)
    for (const id of expected)
      expect(await page.locator(`#incidents a[href="/incidents/${id}/#causes"]`).count()).toBeGreaterThan(0)
    await page.context().close()
  })

  it('the factor index shows every factor with its count', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/en/factors/`)
    expect(await page.locator('#factors .ref-cards > li').count()).toBe(getFactorSummaries().length)
    await page.context().close()
  })
})

describe('a source page', () => {
  it('lists the facts citing it and links back to where each is shown', async () => {
    const data = getSourcePage(SOURCE, 'ko')
    if (!data) throw new Error(`no source ${SOURCE}`)
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/sources/${SOURCE}/`)
    expect(await page.locator('#cited-by li.ref-fact').count()).toBe(data.factCount)
    for (const r of data.incidents) {
      expect(await page.locator(`#cited-incidents h4 a[href="/incidents/${r.id}/"]`).count()).toBe(1)
    }
    const hrefs = await page
      .locator('#cited-by li.ref-fact a.ref-kind')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.every((h) => /^\/(incidents|entities|policies)\/[^/]+\/#[a-z0-9-]+$/.test(h))).toBe(true)
    // Following a link back lands on an element that exists on the incident page.
    const eventLink = hrefs.find((h) => h.includes('#event-')) ?? hrefs[0] ?? ''
    await page.goto(`${base}${eventLink}`)
    const fragment = eventLink.split('#')[1] ?? ''
    expect(await page.locator(`[id="${fragment}"]`).count()).toBe(1)
    await page.context().close()
  })

  it('shows the address as an external link with rel="noopener noreferrer"', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/en/sources/${SOURCE}/`)
    const link = page.locator('.ref-url a')
    if ((await link.count()) > 0) expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    await page.context().close()
  })
})

describe('an entity page', () => {
  it('links its parent and its children', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/entities/${ENTITY}/`)
    await expect(page.locator('a.ref-parent').getAttribute('href')).resolves.toBe('/entities/kakao/')
    await page.goto(`${base}/en/entities/kakao/`)
    const children = await page.locator('#children a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(children).toContain(`/en/entities/${ENTITY}/`)
    await page.context().close()
  })

  it('lists its incidents with its slice of the timeline, linking back to each incident', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/entities/${ENTITY}/`)
    expect(await page.locator('#incidents h3 a').count()).toBeGreaterThan(3)
    expect(await page.locator('#incidents a.ref-kind[href*="#event-"]').count()).toBeGreaterThan(0)
    await page.context().close()
  })
})

describe('a policy page', () => {
  it("keeps other sources' dates beside a step, each with its sources, and links incidents and bodies", async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/en/policies/policy-2020-netflix-law-tba-22-7/`)
    const alternatives = page.locator('#steps .ref-step-alternatives li')
    expect(await alternatives.count()).toBeGreaterThan(0)
    expect(await alternatives.first().locator('time').count()).toBe(1)
    expect(await alternatives.first().locator('a[href^="/en/sources/"]').count()).toBeGreaterThan(0)
    await page.goto(`${base}/policies/${POLICY}/`)
    expect(await page.locator('#prompted a[href^="/incidents/"]').count()).toBeGreaterThan(0)
    expect(await page.locator('#bodies a[href^="/entities/"]').count()).toBeGreaterThan(0)
    await page.context().close()
  })
})

describe('accessibility', () => {
  it("a policy page with other sources' dates has no axe violations", async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/policies/policy-2020-netflix-law-tba-22-7/`, { waitUntil: 'networkidle' })
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
    await page.context().close()
  })

  it.each(ROUTES.filter((r) => r.lang === 'ko' || r.path.includes('/sources/')))(
    '$name has no axe violations',
    async ({ path }) => {
      const { page } = await watchedPage(browser())
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
      const result = await new AxeBuilder({ page }).analyze()
      expect(
        result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([])
      await page.context().close()
    },
  )

  it.each(ROUTES.filter((r) => r.lang === 'en'))(
    '$name fits a 360 px screen without sideways scrolling',
    async ({ path }) => {
      const { page } = await watchedPage(browser(), { width: 360 })
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await page.context().close()
    },
  )

  it("is usable with the keyboard: the skip link and then the page's links take focus in order", async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/factors/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.hash === '#main')
    let reached = false
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(
        () =>
          document.activeElement?.closest('#factors') !== null &&
          document.activeElement?.closest('#factors') !== undefined,
      )
    }
    expect(reached).toBe(true)
    await page.context().close()
  })
})
