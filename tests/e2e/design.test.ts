/**
 * The reading experience: the incident page's contents, one numbering for citations, phone layouts
 * at 360 and 390 px, chart text size, the header, footer and 404 page, and contrast in both colour
 * schemes. Every page these tests open must keep a clean console.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { type Watched, watchedPage, fileBrowser } from './browser'

const base = inject('baseURL')
const PANGYO = '/incidents/2022-10-15-pangyo-datacenter-fire/'
const browser = fileBrowser()

/** Opens a page, runs `check` on it, and fails if anything went wrong in its console or network. */
async function withPage(
  path: string,
  options: Parameters<typeof watchedPage>[1] & { touch?: boolean },
  check: (page: Page, watched: Watched) => Promise<void>,
): Promise<void> {
  const watched = options.touch
    ? await touchPage(options.width ?? 390, options.colorScheme)
    : await watchedPage(browser(), options)
  try {
    await watched.page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
    await check(watched.page, watched)
    expect(watched.problems).toEqual([])
  } finally {
    await watched.page.context().close()
  }
}

/** A phone: touch screen, coarse pointer, no hover. */
async function touchPage(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Watched> {
  const context = await browser().newContext({
    viewport: { width, height: 800 },
    isMobile: true,
    hasTouch: true,
    colorScheme,
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
  return { page, problems, requests: [] }
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox()
  if (!b) throw new Error(`${selector} is not rendered`)
  return b
}

describe('the incident page has contents that stay at hand', () => {
  it('on a wide screen, a column of links to every section that stays in view, with a way back to the top', async () => {
    await withPage(PANGYO, { width: 1280 }, async (page) => {
      const entries = await page.locator('nav.toc ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      const sections = await page.locator('.incident-body > section[id]').evaluateAll((ss) => ss.map((s) => `#${s.id}`))
      expect(entries).toEqual(sections)
      expect(entries).toEqual(expect.arrayContaining(['#analysis', '#timeline', '#causes', '#figures', '#sources']))
      const toc = await box(page, 'nav.toc')
      const body = await box(page, '.incident-body')
      expect(toc.x + toc.width).toBeLessThanOrEqual(body.x)
      await page.locator('nav.toc a[href="#responses"]').click()
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(5000)
      const stuck = await box(page, 'nav.toc')
      expect(stuck.y).toBeGreaterThanOrEqual(0)
      expect(stuck.y).toBeLessThan(100)
      const heading = await box(page, '#responses-heading')
      expect(heading.y).toBeGreaterThanOrEqual(0)
      expect(heading.y).toBeLessThan(200)
      await page.locator('nav.toc a.to-top').click()
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    })
  })

  it.each([360, 390])(
    'at %i px, a row of jump links that sticks to the top edge and never widens the page',
    async (width) => {
      await withPage(PANGYO, { width }, async (page) => {
        const toc = await box(page, 'nav.toc')
        expect(toc.width).toBeLessThanOrEqual(width)
        expect(toc.height).toBeLessThanOrEqual(56)
        await page.locator('nav.toc a[href="#causes"]').click()
        await expect.poll(async () => (await box(page, 'nav.toc')).y).toBe(0)
        const heading = await box(page, '#causes-heading')
        expect(heading.y).toBeGreaterThanOrEqual(toc.height - 1)
        expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(width)
      })
    },
  )

  it('folds the long lists (sources, the figures after the first few) and opens them when a citation points inside', async () => {
    await withPage(PANGYO, { width: 1280 }, async (page) => {
      expect(await page.locator('#sources details.fold').getAttribute('open')).toBeNull()
      expect(await page.locator('#figures details.fold').getAttribute('open')).toBeNull()
      expect(await page.locator('#figures > .figure-list .figure').count()).toBe(6)
      const cite = page.locator('#analysis .cite > a').first()
      const target = (await cite.getAttribute('href')) ?? ''
      await cite.click()
      await expect.poll(() => page.locator('#sources details.fold').getAttribute('open')).toBe('')
      expect(await page.locator(target).isVisible()).toBe(true)
    })
  })
})

describe('citations have one numbering and name their source', () => {
  for (const path of [PANGYO, `/en${PANGYO}`]) {
    it(`${path}: the body and the facts use the numbers of the source list`, async () => {
      await withPage(path, { width: 1280 }, async (page) => {
        const numberOf = new Map(
          await page
            .locator('#sources ol.source-list > li')
            .evaluateAll((lis) => lis.map((li, i): [string, string] => [`#${li.id}`, `[${i + 1}]`])),
        )
        const cites = await page
          .locator('.cite > a')
          .evaluateAll((as) =>
            as.map((a): [string, string] => [a.getAttribute('href') ?? '', a.firstChild?.textContent ?? '']),
          )
        expect(cites.length).toBeGreaterThan(100)
        expect(cites.filter(([href, n]) => numberOf.get(href) !== n)).toEqual([])
        expect(await page.locator('#analysis [data-cite]').count()).toBe(0)
        expect(await page.locator('#analysis').textContent()).not.toMatch(/\[@|\[\?\]/)
      })
    })
  }

  it('a footnote is a letter, apart from the numbers', async () => {
    await withPage(PANGYO, { width: 1280 }, async (page) => {
      const refs = await page.locator('#analysis a[data-footnote-ref]').allTextContents()
      expect(refs.map((r) => r.replace('\u2060', ''))).toEqual(['[a]', '[b]'])
    })
  })

  it('shows the source name and date on hover and on focus, never an internal id, on a target of 24 × 24 px', async () => {
    await withPage(PANGYO, { width: 1280 }, async (page) => {
      const cite = page.locator('#analysis .cite > a').first()
      const id = ((await cite.getAttribute('href')) ?? '').replace('#source-', '')
      expect(await cite.getAttribute('title')).toBeNull()
      const size = await cite.boundingBox()
      expect(size?.width).toBeGreaterThanOrEqual(24)
      expect(size?.height).toBeGreaterThanOrEqual(24)
      const tip = cite.locator('.cite-tip')
      const tipWidth = () => tip.evaluate((el) => el.getBoundingClientRect().width)
      // Read with the number: the mark is described by its source's note, written once in the source list.
      const described = await cite.getAttribute('aria-describedby')
      expect(described).toBe(`tip-${id}`)
      const note = (await page.locator(`#sources [id="${described}"]`).textContent()) ?? ''
      const name = await page.locator(`#source-${id} .src-title span`).first().textContent()
      expect(note).toMatch(/^[^:]+, \d{4}년 \d{1,2}월 \d{1,2}일: /)
      expect(note).toBe(`${note.split(': ')[0]}: ${name}`)
      expect(note).not.toContain(id)
      expect(await page.locator('#analysis .cite-tip').count()).toBe(0)
      await cite.hover()
      await expect.poll(tipWidth).toBeGreaterThan(100)
      expect(await tip.textContent()).toBe(note)
      await page.mouse.move(0, 0)
      await expect.poll(tipWidth).toBeLessThanOrEqual(1)
      await page.keyboard.press('Tab')
      await cite.focus()
      await expect.poll(tipWidth).toBeGreaterThan(100)
      // Another mark takes the note with it, with its own source's text.
      const other = page.locator('#timeline .cite > a').last()
      const otherId = ((await other.getAttribute('href')) ?? '').replace('#source-', '')
      await other.hover()
      await expect
        .poll(() => other.locator('.cite-tip').textContent())
        .toBe(await page.locator(`[id="tip-${otherId}"]`).textContent())
      expect(await page.locator('.cite-tip').count()).toBe(1)
    })
  })
})

const PAGE_TYPES = [
  '/',
  '/en/',
  PANGYO,
  `/en${PANGYO}`,
  '/incidents/2020-07-13-kakaotalk-pc-login-failure/',
  '/incidents/',
  '/analysis/',
  '/timeline/',
  '/factors/',
  '/factors/single-site-concentration/',
  '/entities/kakao/',
  '/policies/policy-2022-kakao-outage-prevention-acts/',
  '/sources/',
  '/sources/seed-000/',
  '/about/',
  '/search/?q=판교',
  '/embed/',
]

describe('phone layouts', () => {
  for (const width of [360, 390]) {
    it.each(PAGE_TYPES)(`${width} px, %s: nothing reaches past the screen's edge`, async (path) => {
      await withPage(path, { width }, async (page) => {
        expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(width)
        const outside = await page.evaluate((w) => {
          // Inside a box that scrolls or clips sideways (the time axis's SVG draws marks panned out of
          // its view), an element reaches no further than that box, which is itself checked.
          const contained = (el: Element | null): boolean => {
            for (let a = el; a; a = a.parentElement) {
              const o = getComputedStyle(a).overflowX
              if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true
            }
            return false
          }
          return [...document.querySelectorAll('main *, header *')]
            .filter((el) => {
              const r = el.getBoundingClientRect()
              return r.width > 0 && r.right > w + 0.5 && !contained(el.parentElement) && el.closest('[hidden]') === null
            })
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 30)}`)
        }, width)
        // Only the jump row of the incident page scrolls sideways on its own; nothing else may overflow.
        expect(outside).toEqual([])
      })
    })
  }

  it.each([360, 390])('%i px: the incident index is a list of cards, each inside the screen', async (width) => {
    await withPage('/incidents/', { width }, async (page) => {
      const rows = await page.locator('.index-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const r = tr.getBoundingClientRect()
          return { left: r.left, right: r.right, display: getComputedStyle(tr).display }
        }),
      )
      expect(rows.length).toBeGreaterThan(10)
      for (const r of rows) {
        expect(r.display).toBe('grid')
        expect(r.left).toBeGreaterThanOrEqual(0)
        expect(r.right).toBeLessThanOrEqual(width)
      }
      expect(await page.locator('.index-table-wrap').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    })
  })

  it.each([
    ['/analysis/', 360],
    ['/analysis/', 1280],
    ['/incidents/', 390],
    ['/incidents/', 1280],
    ['/en/analysis/', 1280],
  ] as const)('%s at %i px: no heading or link in a table breaks a syllable to a line', async (path, width) => {
    await withPage(path, { width }, async (page) => {
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('main table th, main table a')].flatMap((el) => {
          const text = (el.textContent ?? '').trim()
          if (text.length < 4) return []
          const range = document.createRange()
          range.selectNodeContents(el)
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
          return lines > Math.max(2, text.length / 4) ? [`${text.slice(0, 30)}: ${lines} lines`] : []
        }),
      )
      expect(broken).toEqual([])
    })
  })
})

describe('charts', () => {
  it.each([
    ['/', 390],
    ['/analysis/', 360],
    ['/analysis/', 1280],
    [PANGYO, 390],
  ] as const)('%s at %i px: every word in a chart is at least 12 px and none is cut', async (path, width) => {
    await withPage(path, { width }, async (page) => {
      const small = await page.evaluate(() => {
        const out: string[] = []
        const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement
          if (!el?.closest('.chart') || el.closest('details') || (n.textContent ?? '').trim() === '') continue
          const style = getComputedStyle(el)
          if (el.closest('.glance-tip, .hm-tip') || style.clipPath.startsWith('inset')) continue
          if (Number.parseFloat(style.fontSize) < 12) out.push(`${style.fontSize}: ${n.textContent}`)
          if (el.scrollWidth > el.clientWidth + 1 && style.overflow === 'hidden') out.push(`cut: ${n.textContent}`)
        }
        return out
      })
      expect(small).toEqual([])
      expect(await page.locator('main .chart svg text').count()).toBe(0)
    })
  })
})

describe('header, footer and the 404 page', () => {
  it('a phone gets a one-row header with a menu and a search button, and no keyboard shortcut', async () => {
    await withPage('/', { width: 390, touch: true }, async (page) => {
      const header = await box(page, '.site-header')
      expect(header.height).toBeLessThanOrEqual(64)
      expect(await page.locator('.quick-search-button').isVisible()).toBe(true)
      expect(await page.locator('.quick-search-button kbd').isVisible()).toBe(false)
      const nav = page.locator('#site-nav')
      expect(await nav.isVisible()).toBe(false)
      await page.locator('.menu-button').click()
      await expect.poll(() => nav.isVisible()).toBe(true)
      expect(await nav.getByRole('link').count()).toBe(9)
      await nav.getByRole('link', { name: '분석' }).click()
      await page.waitForURL((url) => url.pathname === '/analysis/')
    })
  })

  it('a wide screen shows every section in the header and offers the shortcut', async () => {
    await withPage('/', { width: 1280 }, async (page) => {
      expect(await page.locator('#site-nav').isVisible()).toBe(true)
      expect(await page.locator('.menu-button').isVisible()).toBe(false)
      expect(await page.locator('.quick-search-button kbd').isVisible()).toBe(true)
    })
  })

  it.each(['/', '/en/', PANGYO, '/analysis/'])(
    '%s has a footer with about, data, terms and the other language',
    async (path) => {
      await withPage(path, { width: 1280 }, async (page) => {
        const footer = page.locator('footer.site-footer')
        const hrefs = await footer.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
        const en = path.startsWith('/en/')
        const about = en ? '/en/about/' : '/about/'
        expect(hrefs).toEqual(expect.arrayContaining([about, `${about}#data`, `${about}#terms`]))
        expect(await footer.locator(`a[hreflang="${en ? 'ko' : 'en'}"]`).count()).toBe(1)
      })
    },
  )

  it('the 404 page offers a search and the main sections, in both languages', async () => {
    const { page, problems } = await watchedPage(browser(), { width: 390 })
    try {
      await page.goto(`${base}/no/such/page/`, { waitUntil: 'networkidle' })
      expect(await page.locator('form[role="search"][action="/search/"] input[name="q"]').count()).toBe(1)
      expect(await page.locator('form[role="search"][action="/en/search/"] input[name="q"]').count()).toBe(1)
      for (const href of ['/incidents/', '/timeline/', '/analysis/', '/en/incidents/', '/en/analysis/']) {
        expect(await page.locator(`.not-found a[href="${href}"]`).count(), href).toBe(1)
      }
      await page.locator('#nf-q-ko').fill('판교')
      await page.locator('#nf-q-ko').press('Enter')
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === '판교')
      expect(problems.filter((p) => !p.includes('/no/such/page/') && !p.includes('404 (Not Found)'))).toEqual([])
    } finally {
      await page.context().close()
    }
  })
})

describe('dark mode (axe checks contrast in both schemes in quality.test.ts)', () => {
  it('dark mode changes the page, not just the background', async () => {
    await withPage(PANGYO, { colorScheme: 'dark' }, async (page) => {
      const colours = await page.evaluate(() => {
        const c = (sel: string, prop: 'color' | 'backgroundColor') => {
          const el = document.querySelector(sel)
          return el ? getComputedStyle(el)[prop] : ''
        }
        return { bg: c('body', 'backgroundColor'), text: c('body', 'color'), link: c('main a', 'color') }
      })
      expect(colours).toEqual({ bg: 'rgb(20, 22, 26)', text: 'rgb(233, 231, 226)', link: 'rgb(143, 183, 255)' })
    })
  })
})
