/**
 * Uncertain times stay uncertain on the built site: the Pangyo per-service chart draws ranges that
 * agree with its text, items known only to the day or month follow the timed items of their
 * period (incident page, timeline, embed), and no page shows a heading or clock time no record gives.
 */
import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { watchedPage, fileBrowser } from './browser'

const base = inject('baseURL')
const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const browser = fileBrowser()

/** Hours per pixel of the outage chart, read off two of its axis ticks ("50h", "100h"). */
async function hoursPerPixel(page: Page): Promise<number> {
  const ticks = await page.locator('.outage-bars [data-tick-hours]').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect()
      return { hours: Number(n.getAttribute('data-tick-hours')), x: r.x + r.width / 2 }
    }),
  )
  const [a, b] = ticks.filter((t) => t.hours > 0)
  if (!a || !b) throw new Error('the outage chart has too few ticks')
  return (b.hours - a.hours) / (b.x - a.x)
}

/** A service's bar: its label, where it starts, where it is surely still down, and where it may end. */
async function bar(row: Locator, perPx: number) {
  const rects = await row.locator('[data-segment]').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect()
      return { left: r.left, right: r.right, soft: n.getAttribute('data-segment') === 'soft' }
    }),
  )
  const first = rects[0]
  if (!first) throw new Error('a row with no bar')
  const hours = (px: number) => (px - first.left) * perPx
  const solid = rects.filter((r) => !r.soft)
  return {
    label: (await row.locator('[data-length]').textContent()) ?? '',
    solidUntil: hours(Math.max(...solid.map((r) => r.right))),
    until: hours(Math.max(...rects.map((r) => r.right))),
    soft: rects.some((r) => r.soft),
  }
}

describe('the Pangyo per-service outage chart', () => {
  it.each([
    {
      lang: 'ko',
      path: `/incidents/${PANGYO}/`,
      range: /^약 (\d+)~(\d+)시간$/,
      pay: '약 44시간',
      check: '기록된 시각으로 계산하면',
    },
    {
      lang: 'en',
      path: `/en/incidents/${PANGYO}/`,
      range: /^about (\d+)–(\d+) h$/,
      pay: 'about 44 h',
      check: 'from the recorded times',
    },
  ])(
    '($lang) draws Kakao Navi as a range holding its "afternoon", and Kakao Pay as about 44 hours',
    async ({ path, range, pay, check }) => {
      const { page, problems } = await watchedPage(browser())
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
      const perPx = await hoursPerPixel(page)

      // Kakao Navi came back "in the afternoon" of the 16th (about 22–26 hours after it failed).
      const navi = await bar(page.locator('.outage-row[data-service="kakao-navi"]'), perPx)
      const [, low, high] = range.exec(navi.label) ?? []
      expect(Number(low), navi.label).toBeLessThanOrEqual(22)
      expect(Number(high), navi.label).toBeGreaterThanOrEqual(26)
      expect(navi.soft).toBe(true)
      expect(navi.solidUntil).toBeLessThanOrEqual(22)
      expect(navi.until).toBeGreaterThanOrEqual(26)
      expect(navi.until).toBeLessThanOrEqual(Number(high) + 1)

      // Kakao Pay: the regulator's about 44 hours, not fully back only on 20 October (127 hours).
      const kakaoPay = await bar(page.locator('.outage-row[data-service="kakao-pay-service"]'), perPx)
      expect(kakaoPay.label).toBe(pay)
      expect(kakaoPay.until).toBeGreaterThan(40)
      expect(kakaoPay.until).toBeLessThan(48)

      // The table says the same, with the length computed from the times as a check.
      await page.locator('.outage-bars details summary').click()
      const rows = page.locator('.outage-bars table tbody tr')
      const naviRow = await rows.filter({ hasText: /카카오내비|Kakao Navi/ }).textContent()
      expect(naviRow).toContain(navi.label)
      const payRow = await rows.filter({ hasText: /카카오페이|Kakao Pay/ }).textContent()
      expect(payRow).toContain(pay)
      expect(payRow).toContain(check)
      expect(problems).toEqual([])
      await page.context().close()
    },
  )
})

describe('items known only to the day or the month', () => {
  it('follow the timed events of their day on the Pangyo page, marked, and month-only ones sit under the month', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/incidents/${PANGYO}/`, { waitUntil: 'networkidle' })
    const sections = await page.locator('#timeline .event-day').evaluateAll((nodes) =>
      nodes.map((s) => ({
        heading: s.querySelector('h3 time')?.getAttribute('datetime') ?? '',
        title: s.querySelector('h3')?.textContent ?? '',
        times: [...s.querySelectorAll('.event-when time')].map((t) => ({
          datetime: t.getAttribute('datetime') ?? '',
          text: t.textContent ?? '',
          unknown: t.classList.contains('time-unknown'),
        })),
      })),
    )
    expect(sections.length).toBeGreaterThan(5)
    for (const s of sections) {
      const firstUnknown = s.times.findIndex((t) => t.unknown)
      if (firstUnknown >= 0)
        expect(
          s.times.slice(firstUnknown).every((t) => t.unknown),
          s.heading,
        ).toBe(true)
      for (const t of s.times) {
        expect(t.datetime.startsWith(s.heading), `${t.datetime} under ${s.heading}`).toBe(true)
        if (t.unknown) expect(['시각 미상', '날짜 미상']).toContain(t.text)
        else expect(t.datetime).toContain(`T${(/\d{1,2}/.exec(t.text)?.[0] ?? '').padStart(2, '0')}:`)
      }
    }
    const october15 = sections.find((s) => s.heading === '2022-10-15')
    expect(october15?.times[0]?.text).toBe('15:19')
    const month = sections.find((s) => s.heading === '2024-01')
    expect(month?.title).toBe('2024년 1월')
    expect(month?.times.map((t) => t.text)).toEqual(['날짜 미상'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('follow the timed items of their period on the timeline page', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${base}/timeline/`, { waitUntil: 'networkidle' })
    const items = await page
      .locator('[data-timeline-item]')
      .evaluateAll((nodes) => nodes.map((n) => ({ id: n.id, at: n.querySelector('time')?.getAttribute('datetime') })))
    const at = (pred: (i: { id: string; at?: string | null }) => boolean) => items.findIndex(pred)
    const outage2012 = at((i) => i.id === 'incident-2012-04-28-lg-cns-gasan-power-failure')
    const apology2012 = at((i) => i.at === '2012-04' && i.id.startsWith('response-2012-04-28'))
    expect(outage2012).toBeGreaterThanOrEqual(0)
    expect(apology2012).toBeGreaterThan(outage2012)
    const fire = at((i) => i.id === `event-${PANGYO}-1`)
    const dayOnly = items.flatMap((i, n) => (i.at === '2022-10-15' ? [n] : []))
    const lastTimed = items.findLastIndex((i) => i.at?.startsWith('2022-10-15T') ?? false)
    expect(fire).toBeGreaterThanOrEqual(0)
    expect(dayOnly.length).toBeGreaterThan(0)
    for (const n of dayOnly) expect(n).toBeGreaterThan(lastTimed)
    const text = await page.locator(`[data-timeline-item] time[datetime="2022-10-15"]`).first().textContent()
    expect(text).toBe('2022년 10월 15일 (토) 중')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it.each([
    { query: `incident=${PANGYO}`, day: '2022-10-15', text: '2022년 10월 15일 (토) 중' },
    { query: 'lang=en', day: '2012-04', text: 'about April 2012' },
  ])('follow the timed items of their period in the embed ($query)', async ({ query, day, text }) => {
    const { page, problems } = await watchedPage(browser())
    // As an embedder shows it: in a frame.
    await page.setContent(`<iframe src="${base}/embed/timeline/?${query}" title="embed"></iframe>`)
    const frame = page.frameLocator('iframe')
    await frame.locator('.ot-list').waitFor()
    const times = await frame
      .locator('.ot-list time')
      .evaluateAll((nodes) => nodes.map((n) => ({ at: n.getAttribute('datetime') ?? '', text: n.textContent })))
    const coarse = times.flatMap((t, n) => (t.at === day ? [n] : []))
    const finer = times.flatMap((t, n) => (t.at.startsWith(day) && t.at !== day ? [n] : []))
    expect(coarse.length).toBeGreaterThan(0)
    expect(finer.length).toBeGreaterThan(0)
    expect(Math.min(...coarse)).toBeGreaterThan(Math.max(...finer))
    expect(times[coarse[0] ?? 0]?.text).toBe(text)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('no page shows a heading or a clock time the record does not give', () => {
  it('on every incident page, in both languages', async () => {
    const data: unknown = await (await fetch(`${base}/data/incidents.json`)).json()
    const index = typeof data === 'object' && data !== null && 'incidents' in data ? data.incidents : undefined
    const ids = Array.isArray(index) ? index.flatMap((r) => (typeof r?.id === 'string' ? [r.id] : [])) : []
    expect(ids.length).toBeGreaterThan(15)
    for (const id of ids) {
      for (const prefix of ['', '/en']) {
        const html = await (await fetch(`${base}${prefix}/incidents/${id}/`)).text()
        for (const m of html.matchAll(/<time[^>]*datetime="([^"]*)"[^>]*>([^<]*)<\/time>/g)) {
          const [, datetime = '', shown = ''] = m
          const clock = /(\d{2}):(\d{2})/.exec(shown)
          // A clock time shown is the one written: never 00:00 for a day, never a time for a month.
          if (clock) expect(datetime, `${id}: "${shown}"`).toContain(`T${clock[1]}:`)
        }
      }
    }
  })
})
