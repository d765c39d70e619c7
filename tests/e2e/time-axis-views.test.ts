/**
 * The time axis beyond /timeline/'s first version (issue #17): at the top of an incident page,
 * two incidents on one clock, lanes the reader chooses, double-click zoom, sources in the summary,
 * filters and axis in one address; axe on the timeline and the Pangyo page in both schemes.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { withPage, fileBrowser } from './browser'
import { PANGYO, PANGYO_EVENTS, axisReady } from './time-axis-page'

const base = inject('baseURL')
const browser = fileBrowser()

const NIRS = '2025-09-26-nirs-battery-fire'
const NIRS_EVENTS = `.axis-chart a[data-key^="event-${NIRS}-"]`

const range = (page: Page) => page.locator('.axis-range').textContent()

describe('the time axis on an incident page', () => {
  it('opens on the incident, with its events at T+ offsets and its service outages, and moves nothing when drawn', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      let release: () => void = () => {}
      const held = new Promise<void>((resolve) => {
        release = resolve
      })
      // Held until the status is measured: the incident's own file is what the page draws first.
      await page.route(`**/data/axis/en/${PANGYO}.json`, async (route) => {
        await held
        await route.continue()
      })
      await page.goto(`${base}/en/incidents/${PANGYO}/`)
      const below = page.locator('#timeline-heading')
      await page.locator('.time-axis .axis-status').waitFor()
      const before = (await below.boundingBox())?.y
      release()
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().waitFor()
      expect((await below.boundingBox())?.y).toBe(before)
      expect(await range(page)).toContain('2022-10-15')
      const labels = await page.locator(PANGYO_EVENTS).evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))
      expect(labels.length).toBeGreaterThan(3)
      for (const label of labels) expect(label).toMatch(/\(T\+(?:\d+[dhm] ?)+\)\. /)
      const outages = page.locator('.axis-chart a.kind-outage')
      expect(await outages.count()).toBeGreaterThan(0)
      expect(await outages.first().getAttribute('aria-label')).toMatch(/outage: /)
      // The list stays below as the text alternative.
      expect(await page.locator('#timeline li').count()).toBeGreaterThan(10)
      await page.unroute(`**/data/axis/en/${PANGYO}.json`)
      expect(problems).toEqual([])
    })
  })

  it.each([412, 1280])('sits between the head and the first section at %i px, not after the article', async (width) => {
    await withPage(
      browser(),
      async ({ page, problems }) => {
        await page.goto(`${base}/incidents/${PANGYO}/`)
        const box = async (selector: string) => {
          const b = await page.locator(selector).first().boundingBox()
          if (!b) throw new Error(`${selector} is not laid out`)
          return b
        }
        const head = await box('.incident-head')
        const axis = await box('.time-axis')
        const section = await box('.incident-section')
        expect(axis.y).toBeGreaterThanOrEqual(head.y + head.height - 1)
        expect(axis.y + axis.height).toBeLessThanOrEqual(section.y + 1)
        expect(problems).toEqual([])
      },
      { width },
    )
  })

  it('loads only its own incident’s file at first, the whole axis when the reader reaches for it, the sources on first focus', async () => {
    await withPage(browser(), async ({ page, problems, requests }) => {
      await page.goto(`${base}/en/incidents/${PANGYO}/`, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(PANGYO_EVENTS).first().waitFor()
      const axisFiles = () => requests.filter((r) => r.includes('/data/axis/')).map((r) => new URL(r).pathname)
      expect(axisFiles()).toEqual([`/data/axis/en/${PANGYO}.json`])
      await page.locator(PANGYO_EVENTS).first().focus()
      await page.locator('.axis-tip .axis-sources li').first().waitFor()
      await expect
        .poll(() => axisFiles().sort())
        .toEqual(['/data/axis/en.json', '/data/axis/en.sources.json', `/data/axis/en/${PANGYO}.json`])
      // Zoomed out to every year, the other incidents are drawn from the whole axis.
      await page.keyboard.press('0')
      await expect.poll(() => page.locator('.axis-chart a[data-key^="incident-"]').count()).toBeGreaterThan(20)
      expect(problems).toEqual([])
    })
  })

  it('moves the drawn chart while dragged, and redraws it where the drag settled', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/?start=2022-01-01T00:00&end=2023-01-01T00:00`, { waitUntil: 'networkidle' })
      await axisReady(page)
      const before = await range(page)
      const box = await page.locator('.axis-frame').boundingBox()
      if (!box) throw new Error('no frame')
      const y = box.y + box.height - 6
      // What the chart's transform was at each change during the drag, and each change of the range line.
      await page.locator('.axis-chart').evaluate((svg) => {
        const seen: string[] = []
        const said: string[] = []
        Reflect.set(window, '__seen', seen)
        Reflect.set(window, '__said', said)
        new MutationObserver(() => seen.push(getComputedStyle(svg).transform)).observe(svg, {
          attributes: true,
          attributeFilter: ['style'],
        })
        const line = document.querySelector('.axis-range')
        if (line) new MutationObserver(() => said.push(line.textContent ?? '')).observe(line, { childList: true })
      })
      await page.mouse.move(box.x + box.width * 0.7, y)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width * 0.4, y, { steps: 12 })
      await page.mouse.up()
      await expect
        .poll(() => page.locator('.axis-chart').evaluate((svg) => getComputedStyle(svg).transform))
        .toBe('none')
      const seen = await page.evaluate(() => {
        const list: unknown = Reflect.get(window, '__seen')
        return Array.isArray(list) ? list.map(String) : []
      })
      expect(seen.some((t) => t.startsWith('matrix('))).toBe(true)
      // The range line is rewritten once the drag settles, not on each of its frames (new text each
      // frame would lay out the page around the axis, and a live region would speak each time).
      const said = await page.evaluate(() => {
        const list: unknown = Reflect.get(window, '__said')
        return Array.isArray(list) ? list.map(String) : []
      })
      expect(said.length).toBeGreaterThan(0)
      expect(said.length).toBeLessThanOrEqual(2)
      expect(await range(page)).not.toBe(before)
      await page.waitForURL((url) => url.searchParams.get('start') !== '2022-01-01T00:00')
      expect(new URL(page.url()).searchParams.get('start')?.slice(0, 4)).toBe('2022')
      expect(problems).toEqual([])
    })
  })

  it.each(['light', 'dark'] as const)('passes axe on the Pangyo page in the %s scheme', async (colorScheme) => {
    await withPage(
      browser(),
      async ({ page, problems }) => {
        await page.goto(`${base}/incidents/${PANGYO}/`, { waitUntil: 'networkidle' })
        await axisReady(page)
        await page.locator(PANGYO_EVENTS).first().focus()
        const { violations } = await new AxeBuilder({ page }).analyze()
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
        expect(problems).toEqual([])
      },
      { colorScheme },
    )
  })
})

describe('comparing two incidents on one clock', () => {
  it('picks the second incident on the incident page and shows both from T0, with T+ ticks, zoomable, Back restoring', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/incidents/${PANGYO}/`, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator('.axis-compare select').selectOption(`${PANGYO},${NIRS}`)
      // Reaching for the axis fetches the whole axis; let it arrive before leaving the page.
      await axisReady(page)
      await page.locator('.axis-compare button').click()
      await page.waitForURL(
        (url) => url.pathname === '/en/timeline/' && url.searchParams.get('compare') === `${PANGYO},${NIRS}`,
      )
      await axisReady(page)
      await page.locator(NIRS_EVENTS).first().waitFor()
      expect(await page.locator(PANGYO_EVENTS).count()).toBeGreaterThan(0)
      const names = await page.locator('.axis-chart .lane-name').allTextContents()
      expect(names).toHaveLength(2)
      expect(names[0]).toMatch(/Pangyo/)
      const ticks = await page.locator('.axis-chart .tick-label').allTextContents()
      expect(ticks.some((t) => /^T\+\d+h$/.test(t))).toBe(true)
      expect(await page.locator('.axis-comparing').textContent()).toContain('Pangyo')
      // An event of each is reachable from the keyboard, named with its offset from its own start.
      await page.locator(PANGYO_EVENTS).first().focus()
      let reached = ''
      for (let i = 0; i < 40 && !reached.startsWith(`event-${NIRS}`); i += 1) {
        await page.keyboard.press('ArrowRight')
        reached = (await page.evaluate(() => document.activeElement?.getAttribute('data-key'))) ?? ''
      }
      expect(reached).toMatch(new RegExp(`^event-${NIRS}-`))
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/\(T\+/)
      await page.getByRole('button', { name: 'Zoom in' }).click()
      await page.waitForURL((url) => url.searchParams.get('start') !== null)
      expect(new URL(page.url()).searchParams.get('compare')).toBe(`${PANGYO},${NIRS}`)
      await page.goBack()
      await page.waitForURL((url) => url.searchParams.get('start') === null)
      expect(await range(page)).toContain('T−1h – T+1d')
      expect(problems).toEqual([])
    })
  })

  it('restores a compared view from its address', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/?compare=${PANGYO},${NIRS}&start=0&end=180`, { waitUntil: 'networkidle' })
      await axisReady(page)
      expect(await range(page)).toContain('T+0m – T+3h')
      expect(await page.locator('.axis-chart .lane-name').count()).toBe(2)
      expect(problems).toEqual([])
    })
  })
})

describe('choosing lanes, double-click, sources, filters', () => {
  it('puts lanes by company into the address, keeps the view, and restores them from it', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/?start=2022-01-01T00:00&end=2023-01-01T00:00`, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.getByLabel('Lanes by').selectOption('company')
      await page.waitForURL((url) => url.searchParams.get('lanes') === 'company')
      expect(new URL(page.url()).searchParams.get('start')).toBe('2022-01-01T00:00')
      const names = await page.locator('.axis-chart .lane-name').allTextContents()
      expect(names.at(-1)).toBe('Other')
      expect(names.length).toBeGreaterThan(2)
      expect(await page.locator('.axis-chart a[data-key^="incident-"]').first().getAttribute('aria-label')).toMatch(
        /\(.+\)$/,
      )
      await page.goto(`${base}/en/timeline/?lanes=factor`, { waitUntil: 'networkidle' })
      await axisReady(page)
      expect(await page.getByLabel('Lanes by').inputValue()).toBe('factor')
      expect(problems).toEqual([])
    })
  })

  it('zooms in on a double click, about the pointer', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/?start=2022-01-01T00:00&end=2023-01-01T00:00`, { waitUntil: 'networkidle' })
      await axisReady(page)
      const box = await page.locator('.axis-frame').boundingBox()
      if (!box) throw new Error('no frame')
      await page.mouse.dblclick(box.x + box.width / 2, box.y + 14)
      await page.waitForURL((url) => url.searchParams.get('start') !== '2022-01-01T00:00')
      const url = new URL(page.url())
      expect(url.searchParams.get('start')?.slice(0, 7)).toBe('2022-04')
      expect(url.searchParams.get('end')?.slice(0, 7)).toBe('2022-10')
      expect(problems).toEqual([])
    })
  })

  it('shows a mark’s sources when it is focused', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/`, { waitUntil: 'networkidle' })
      await axisReady(page)
      await page.locator(`.axis-chart a[data-key="incident-${PANGYO}"]`).focus()
      // At the mark, every source line; in the box under the axis, on one line.
      await page.locator('.axis-tip .axis-sources li').first().waitFor()
      expect(await page.locator('.axis-tip .axis-sources-head').textContent()).toBe('Sources')
      expect(await page.locator('.axis-tip .axis-sources li').first().textContent()).toMatch(/, .*\d{4}.*: ./)
      expect(await page.locator('.axis-summary .axis-summary-sources').textContent()).toMatch(
        /^Sources: .*, .*\d{4}.*: ./,
      )
      expect(problems).toEqual([])
    })
  })

  it('keeps the axis view when a filter changes, and hides from the axis what the filter hides', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/?start=2010-01-01T00:00&end=2026-01-01T00:00`, { waitUntil: 'networkidle' })
      await axisReady(page)
      const all = await page.locator('.axis-chart a[data-key^="incident-"]').count()
      await page.locator('#filter-severity').selectOption('critical')
      await page.waitForURL((url) => url.searchParams.get('severity') === 'critical')
      const url = new URL(page.url())
      expect(url.searchParams.get('start')).toBe('2010-01-01T00:00')
      await expect.poll(() => page.locator('.axis-chart a[data-key^="incident-"]').count()).toBeLessThan(all)
      const labels = await page
        .locator('.axis-chart a[data-key^="incident-"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))
      for (const label of labels) expect(label).toContain('(Critical)')
      expect(problems).toEqual([])
    })
  })
})

describe('commitments and their outcomes', () => {
  it('draws each promise as a named mark, joined by a line to the later incident that showed its outcome', async () => {
    await withPage(browser(), async ({ page, problems }) => {
      await page.goto(`${base}/en/timeline/`, { waitUntil: 'networkidle' })
      await axisReady(page)
      const promises = page.locator('.axis-chart a.kind-commitment')
      expect(await promises.count()).toBeGreaterThan(5)
      const labels = await promises.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''))
      expect(labels.every((l) => l.startsWith('Promise ('))).toBe(true)
      expect(labels.some((l) => l.includes('→ shown by: '))).toBe(true)
      expect(await page.locator('.axis-chart .links path').count()).toBeGreaterThan(0)
      const linked = page.locator('.axis-chart a.kind-commitment[aria-label*="shown by"]')
      expect(await linked.first().getAttribute('href')).toMatch(/^\/en\/incidents\/[^/]+\/#commitment-/)
      expect(problems).toEqual([])
    })
  })
})

describe('axe on the timeline', () => {
  it.each(['light', 'dark'] as const)(
    'with lanes by factor and a comparison, passes axe in the %s scheme',
    async (colorScheme) => {
      await withPage(
        browser(),
        async ({ page, problems }) => {
          await page.goto(`${base}/timeline/?lanes=factor`, { waitUntil: 'networkidle' })
          await axisReady(page)
          let { violations } = await new AxeBuilder({ page }).analyze()
          expect(violations.map((v) => v.id)).toEqual([])
          await page.goto(`${base}/timeline/?compare=${PANGYO},${NIRS}`, { waitUntil: 'networkidle' })
          await axisReady(page)
          ;({ violations } = await new AxeBuilder({ page }).include('.time-axis').analyze())
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
          expect(problems).toEqual([])
        },
        { colorScheme },
      )
    },
  )
})
