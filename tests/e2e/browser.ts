/** Debian's Chromium driven by playwright-core, with a page that records every error it sees. */
import { afterAll, beforeAll, expect } from 'vitest'
import { type Browser, chromium, type Page } from 'playwright-core'

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * The browser for a test file: launched before its tests (in a `beforeAll` registered where this is
 * called, so call it before any hook that needs the browser) and closed after them. Returns a
 * getter, as the browser exists only once the file's hooks have run.
 */
export function fileBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (browser === undefined) throw new Error('the browser is launched in beforeAll: use it in a hook or a test')
    return browser
  }
}

export interface Watched {
  page: Page
  /** Console errors, uncaught exceptions, failed requests and HTTP errors, as readable lines. */
  problems: string[]
  /** Every URL the page requested. */
  requests: string[]
}

export async function watchedPage(
  browser: Browser,
  options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  })
  const page = await context.newPage()
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
  page.on('request', (r) => requests.push(r.url()))
  page.on('requestfailed', (r) => problems.push(`failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`))
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`)
  })
  return { page, problems, requests }
}

/** Runs `use` on a watched page in a fresh context, and closes the context however `use` ends. */
export async function withPage<T>(
  browser: Browser,
  use: (w: Watched) => Promise<T>,
  options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<T> {
  const w = await watchedPage(browser, options)
  try {
    return await use(w)
  } finally {
    await w.page.context().close()
  }
}

export interface RouteCase {
  name: string
  path: string
  lang: 'ko' | 'en'
  title: RegExp
}

/** A route loads cleanly: status 200, its title, one h1, the right html[lang], no error of any kind. */
export async function expectCleanRoute(
  browser: Browser,
  base: string,
  { path, lang, title }: RouteCase,
): Promise<void> {
  await withPage(browser, async ({ page, problems }) => {
    const res = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
    expect(res?.status()).toBe(200)
    expect(await page.title()).toMatch(title)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await page.locator('h1').count()).toBe(1)
    expect(problems).toEqual([])
  })
}
