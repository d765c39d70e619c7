import type { IncidentExport } from '@/lib/export/incidents-json'
import { describe, expect, inject, it } from 'vitest'
import { escapeHtml } from '@/lib/html/escape'
import { expectCleanRoute, type RouteCase, watchedPage, fileBrowser } from './browser'

const base = inject('baseURL')
const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const browser = fileBrowser()

/** Every route type, in both languages: it loads, has a title, and logs no error. */
const ROUTES: RouteCase[] = [
  { name: 'home (ko)', path: '/', lang: 'ko', title: /장애 연대기/ },
  { name: 'home (en)', path: '/en/', lang: 'en', title: /Outage Chronicle/ },
  { name: 'incident (ko)', path: `/incidents/${PANGYO}/`, lang: 'ko', title: /판교.*\| 장애 연대기/ },
  { name: 'incident (en)', path: `/en/incidents/${PANGYO}/`, lang: 'en', title: /Pangyo.*\| Outage Chronicle/ },
]

describe('every route type loads cleanly', () => {
  it.each(ROUTES)('$name: status 200, a title, an h1, no console error or failed request', (route) =>
    expectCleanRoute(browser(), base, route),
  )

  it('an unknown address gets the 404 page in both languages, with status 404', async () => {
    const { page, problems } = await watchedPage(browser())
    const res = await page.goto(`${base}/no/such/page/`, { waitUntil: 'networkidle' })
    expect(res?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('페이지를 찾을 수 없습니다')
    expect(await page.locator('[lang="en"] h2').textContent()).toBe('Page not found')
    expect(await page.locator('main a[href="/incidents/"]').count()).toBe(1)
    expect(await page.locator('main a[href="/en/incidents/"]').count()).toBe(1)
    // The document itself is the one expected 404; nothing else may fail.
    expect(problems.filter((p) => !p.includes('/no/such/page/') && !p.includes('404 (Not Found)'))).toEqual([])
    await page.context().close()
  })
})

describe('the Pangyo incident page', () => {
  it('shows when, how long, what happened and why, in Korean', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/incidents/${PANGYO}/`)
    const card = await page.locator('.summary-card').textContent()
    expect(card).toContain('2022년 10월 15일 (토) 15:19')
    // The span from the 15:19 fire to about 23:00 on the 20th, when every Kakao service was back.
    expect(card).toContain('5일 7시간 41분')
    expect(await page.locator('#timeline li.event').count()).toBeGreaterThan(20)
    expect(await page.locator('#causes .role').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('#causes').textContent()).toContain('직접 계기')
    await page.context().close()
  })

  it('keeps disputed values side by side: 15:19 ignition and the 15:33 report', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/en/incidents/${PANGYO}/`)
    const ignition = page.locator('#timeline li.event').filter({ hasText: '15:19' }).first()
    expect(await ignition.locator('.alternatives').textContent()).toContain('15:33')
    await page.context().close()
  })

  it('every citation points at a numbered source on the page', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/incidents/${PANGYO}/`)
    const targets = await page
      .locator('sup a[href^="#source-"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(targets.length).toBeGreaterThan(50)
    const ids = new Set(await page.locator('#sources li[id]').evaluateAll((items) => items.map((li) => `#${li.id}`)))
    expect(targets.filter((t) => !ids.has(t))).toEqual([])
    await page.context().close()
  })

  it('the language switch keeps the reader on the same record', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${base}/incidents/${PANGYO}/`)
    await page.locator('.site-header').getByRole('link', { name: 'English' }).click()
    await page.waitForURL((url) => url.pathname === `/en/incidents/${PANGYO}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.locator('.site-header').getByRole('link', { name: '한국어' }).click()
    await page.waitForURL((url) => url.pathname === `/incidents/${PANGYO}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('ko')
    await page.context().close()
  })

  it('sets the text in the reader’s own fonts: no web font is downloaded, and nothing off the machine', async () => {
    const { page, requests } = await watchedPage(browser())
    await page.goto(`${base}/incidents/${PANGYO}/`, { waitUntil: 'networkidle' })
    expect(requests.filter((u) => /\.(?:woff2?|ttf|otf)(?:\?|$)/.test(u))).toEqual([])
    expect(await page.evaluate(() => document.fonts.size)).toBe(0)
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([])
    await page.context().close()
  })
})

type ExportRow = Pick<IncidentExport, 'id' | 'title' | 'url' | 'factors' | 'sources'>

function isRow(d: unknown): d is ExportRow {
  return (
    typeof d === 'object' && d !== null && 'id' in d && 'title' in d && 'url' in d && 'factors' in d && 'sources' in d
  )
}

describe('the data export', () => {
  it('lists every incident with titles, times, page URLs per language, factors and sources', async () => {
    const res = await fetch(`${base}/data/incidents.json`)
    expect(res.status).toBe(200)
    const data: unknown = await res.json()
    expect(data).toMatchObject({ format: 'outage-chronicle/incidents', version: 2 })
    const list = typeof data === 'object' && data !== null && 'incidents' in data ? data.incidents : undefined
    const rows: unknown[] = Array.isArray(list) ? list : []
    const pangyo = rows.find((d): d is ExportRow => isRow(d) && d.id === PANGYO)
    if (!pangyo) throw new Error('the Pangyo incident is missing from incidents.json')
    expect(pangyo).toMatchObject({
      id: PANGYO,
      title: { ko: expect.stringContaining('판교'), en: expect.stringContaining('Pangyo') },
      start: { at: '2022-10-15T15:19+09:00', precision: 'minute' },
      url: { ko: `/incidents/${PANGYO}/`, en: `/en/incidents/${PANGYO}/` },
    })
    expect(pangyo.factors.length).toBeGreaterThan(5)
    expect(pangyo.sources.length).toBeGreaterThan(0)
    for (const lang of ['ko', 'en'] as const) {
      const page = await fetch(`${base}${pangyo.url[lang]}`)
      expect(page.status).toBe(200)
    }
  })

  it('every incident has its timeline, TimelineJS and oEmbed files, titled in each language', async () => {
    const data: unknown = await (await fetch(`${base}/data/incidents.json`)).json()
    const rows = typeof data === 'object' && data !== null && 'incidents' in data ? data.incidents : undefined
    const ids = (Array.isArray(rows) ? rows : []).flatMap((d) => (isRow(d) ? [d] : []))
    expect(ids.length).toBeGreaterThan(20)
    const json = async (path: string): Promise<unknown> => {
      const res = await fetch(`${base}${path}`)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type'), path).toContain('application/json')
      return res.json()
    }
    for (const { id, title } of ids) {
      expect(await json(`/data/timeline/${id}.json`)).toMatchObject({ scope: id, incidents: [{ id }] })
      for (const lang of ['ko', 'en'] as const) {
        const dir = lang === 'en' ? 'en/' : ''
        const headline = escapeHtml(title[lang])
        expect(await json(`/data/timelinejs/${dir}${id}.json`)).toMatchObject({ title: { text: { headline } } })
        expect(await json(`/oembed/${dir}${id}.json`)).toMatchObject({ type: 'rich', title: title[lang] })
      }
    }
  })
})
