/**
 * Live authoring (`npm run dev`, scripts/dev.ts) on a copy of the base fixture: an edit shows in
 * the open page, a wrong file shows the content check's report instead (and contentlayer2's own
 * error when a file cannot be read), and the page comes back once the file is fixed. Generated
 * files go to tests/.work/dev (DEV_WORK_DIR), never into the project's own .contentlayer/ or .next/.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type Watched, watchedPage } from '../e2e/browser'

const repo = resolve(import.meta.dirname, '../..')
const work = resolve(repo, 'tests/.work/dev')
const content = resolve(work, 'content')
const file = resolve(content, 'incidents/2020-01-02-base-outage.md')
const PAGE = '/incidents/2020-01-02-base-outage/'

let dev: ChildProcess | undefined
let output = ''
let base = ''
let browser: Browser
let watched: Watched
const failedLoads: string[] = []
let original = ''
const tsconfig = readFileSync(resolve(repo, 'tsconfig.json'), 'utf8')

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))))
    })
  })
}

async function waitForOutput(pattern: RegExp, ms: number): Promise<void> {
  const until = Date.now() + ms
  while (!pattern.test(output)) {
    if (Date.now() > until) throw new Error(`npm run dev never printed ${pattern}:\n${output.slice(-3000)}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** Saves the fixture file with a change, and returns how long the page took to show `done`. */
async function save(text: string, done: () => boolean): Promise<number> {
  const started = Date.now()
  writeFileSync(file, text)
  await watched.page.waitForFunction(done, null, { timeout: 60_000 })
  return Date.now() - started
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true })
  cpSync(resolve(repo, 'tests/fixtures/validation/_base'), content, { recursive: true })
  original = readFileSync(file, 'utf8')
  const port = await freePort()
  base = `http://localhost:${port}`
  dev = spawn(resolve(repo, 'node_modules/.bin/tsx'), ['--tsconfig', 'tsconfig.scripts.json', 'scripts/dev.ts'], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), CONTENT_DIR: content, DEV_WORK_DIR: work },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  dev.stdout?.on('data', (d) => {
    output += String(d)
  })
  dev.stderr?.on('data', (d) => {
    output += String(d)
  })
  await waitForOutput(/Ready in/, 120_000)
  await waitForOutput(/Content check passed/, 120_000)
  browser = await launch()
  watched = await watchedPage(browser)
  // Where each failed load came from: the console line itself does not say.
  watched.page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('Failed to load resource')) failedLoads.push(m.location().url)
  })
  await watched.page.goto(`${base}${PAGE}`, { waitUntil: 'networkidle', timeout: 120_000 })
})

afterAll(async () => {
  await watched?.page.context().close()
  await browser?.close()
  // The dev script and its contentlayer2 and next children: the whole process group.
  if (dev?.pid === undefined || dev.exitCode !== null) return
  const exited = new Promise((done) => dev?.once('exit', done))
  process.kill(-dev.pid, 'SIGTERM')
  await exited
})

describe('npm run dev', () => {
  it('serves the fixture content', async () => {
    expect(await watched.page.locator('h1').textContent()).toBe('기준 장애')
  })

  it('shows an edit in the open page', async () => {
    const ms = await save(original.replace('기준 장애', '고친 장애'), () =>
      Boolean(document.querySelector('h1')?.textContent?.includes('고친 장애')),
    )
    console.log(`edit shown after ${ms} ms`)
  })

  it('shows the content check report, naming the file and the field, and prints it in the terminal', async () => {
    await save(original.replace('severity: moderate', 'severity: catastrophic'), () =>
      Boolean(document.querySelector('[data-content-report]')),
    )
    const report = await watched.page.locator('[data-content-report] pre').textContent()
    expect(report).toContain('Content check failed: 1 problem in 1 file.')
    expect(report).toContain('tests/.work/dev/content/incidents/2020-01-02-base-outage.md')
    expect(report).toContain('severity: "catastrophic" is not one of minor, moderate, major, critical [invalid-enum]')
    await waitForOutput(/check │ {3}✖ severity: "catastrophic" is not one of/, 60_000)
  })

  it("shows contentlayer2's own error when a file cannot be read", async () => {
    await save(original.replace(/^summary:.*$/m, ''), () =>
      Boolean(document.querySelector('[data-content-report]')?.textContent?.includes('contentlayer2 could not read')),
    )
    const report = await watched.page.locator('[data-content-report] pre').textContent()
    expect(report).toContain(
      '"incidents/2020-01-02-base-outage.md" (of type "Incident") is missing the following required fields',
    )
    expect(report).toContain('summary: nested')
  })

  it('comes back when the file is fixed, with a clean console throughout', async () => {
    await save(
      original,
      () =>
        !document.querySelector('[data-content-report]') &&
        Boolean(document.querySelector('h1')?.textContent?.includes('기준 장애')),
    )
    // Next's dev runtime cancels a page refresh that a newer change supersedes (contentlayer2 writes
    // several files per change): that cancelled refetch is not a failure the reader sees.
    const superseded = /^failed: GET \S+\?_rsc=\S+ net::ERR_ABORTED$/
    // favicon.ico is drawn by `npm run build` (from public/icon.svg); the dev server shows pages
    // only, so the browser's request for it fails there. Every other failed load still counts.
    const faviconMisses = failedLoads.filter((url) => new URL(url).pathname === '/favicon.ico').length
    let allowed = faviconMisses
    const faviconLine = (p: string) => p.startsWith('console: Failed to load resource') && allowed-- > 0
    expect(watched.problems.filter((p) => !superseded.test(p) && !faviconLine(p))).toEqual([])
  })

  it("leaves the project's own tsconfig alone (Next adjusts the work folder's copy)", () => {
    expect(readFileSync(resolve(repo, 'tsconfig.json'), 'utf8')).toBe(tsconfig)
    expect(readFileSync(resolve(work, 'tsconfig.next.json'), 'utf8')).toContain('"extends"')
  })
})
