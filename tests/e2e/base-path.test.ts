/**
 * A production build for a host, in a sub-folder: SITE_ORIGIN=https://outage-chronicle.example and
 * BASE_PATH=/oc, built into tests/.work/base-path (again only when its inputs changed, by the one
 * freshness rule, scripts/build-if-stale.sh) and served under /oc/ as such a host would. What a
 * reader or a crawler of that site would notice:
 * - no file says localhost (no address points back to the machine that built it);
 * - every link, script, stylesheet and image of every page, and every absolute address in the data
 *   files (sitemap, feeds, manifest, oEmbed, citations), is under /oc/ and answers (no 404);
 * - pages with islands work there with a clean console.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { join, relative, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '../../scripts/static-server'
import { withPage, fileBrowser } from './browser'

const ROOT = resolve(import.meta.dirname, '../..')
const OUT_DIR = 'tests/.work/base-path'
const DIR = resolve(ROOT, OUT_DIR)
const ORIGIN = 'https://outage-chronicle.example'
const BASE = '/oc'
const ENV = { OUT_DIR, SITE_ORIGIN: ORIGIN, BASE_PATH: BASE }
const PANGYO = '/incidents/2022-10-15-pangyo-datacenter-fire/'

let server: Server
let local = ''
const browser = fileBrowser()

/** `npm run build` with the settings above, unless that folder is already fresh; its output on failure. */
function buildIfStale(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('nice', ['-n', '10', 'bash', 'scripts/build-if-stale.sh'], {
      cwd: ROOT,
      env: { ...process.env, ...ENV },
    })
    let log = ''
    child.stdout.on('data', (c: Buffer) => {
      log += c.toString()
    })
    child.stderr.on('data', (c: Buffer) => {
      log += c.toString()
    })
    child.on('error', fail)
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`the base-path build failed (exit ${code}):\n${log.slice(-4000)}`)),
    )
  })
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else yield path
  }
}

const TEXT = /\.(?:html|xml|json|txt|webmanifest|csv|bib|ris|js|css|svg)$/

beforeAll(async () => {
  await buildIfStale()
  const started = await startStaticServer(DIR, 0, '127.0.0.1', { basePath: BASE })
  server = started.server
  local = `http://127.0.0.1:${started.port}`
}, 900_000)
afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()))
})

/** The page URL a built HTML file is served at. */
function pageUrl(file: string): string {
  const path = relative(DIR, file).split('\\').join('/')
  return `${local}${BASE}/${path.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith('/') ? '/' : ''))}`
}

const decode = (s: string): string =>
  s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&#39;', "'")

/** Every internal address the build refers to: as served here, and where it was found. */
function internalAddresses(): Map<string, string> {
  const found = new Map<string, string>()
  const add = (raw: string, against: string, where: string) => {
    let url: URL
    try {
      url = new URL(decode(raw), against)
    } catch {
      return
    }
    if (url.origin !== local && url.origin !== ORIGIN) return
    url.hash = ''
    const served = `${local}${url.pathname}${url.search}`
    if (!found.has(served)) found.set(served, where)
  }
  for (const file of files(DIR)) {
    if (!TEXT.test(file)) continue
    const text = readFileSync(file, 'utf8')
    const where = relative(DIR, file)
    if (file.endsWith('.html')) {
      const page = pageUrl(file)
      for (const m of text.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) add(m[1] ?? '', page, where)
      for (const m of text.matchAll(/\ssrcset="([^"]*)"/g)) {
        for (const part of (m[1] ?? '').split(',')) add(part.trim().split(/\s+/)[0] ?? '', page, where)
      }
    }
    // Absolute addresses in pages and data (canonical links, og:image, sitemap, feeds, JSON data,
    // citations); scripts hold the origin itself, as a value, not a link.
    if (/\.(?:js|css)$/.test(file)) continue
    for (const m of text.matchAll(/https:\/\/outage-chronicle\.example[^\s"'<>)\\{}]*/g)) {
      // A pattern in the data catalog (`…/share/<incident-id>.png`, `…/feeds/en/…`) names no file.
      const pattern = text[(m.index ?? 0) + m[0].length] === '<' || m[0].includes('…')
      if (!pattern) add(m[0], ORIGIN, where)
    }
  }
  return found
}

describe('a build for https://outage-chronicle.example/oc/', () => {
  it('writes no "localhost" in any file', () => {
    const hits: string[] = []
    for (const file of files(DIR)) {
      const text = readFileSync(file).toString('latin1')
      const at = text.indexOf('localhost')
      if (at >= 0) hits.push(`${relative(DIR, file)}: …${text.slice(Math.max(0, at - 60), at + 40)}…`)
    }
    expect(hits).toEqual([])
  })

  it('links only inside /oc/, and every internal address of every page and data file answers', async () => {
    const addresses = internalAddresses()
    expect(addresses.size).toBeGreaterThan(1000)
    const outside = [...addresses]
      .filter(([url]) => !new URL(url).pathname.startsWith(`${BASE}/`))
      .map(([url, where]) => `${where}: ${url}`)
    expect(outside).toEqual([])
    const broken: string[] = []
    const queue = [...addresses]
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let next = queue.pop(); next; next = queue.pop()) {
          const [url, where] = next
          const res = await fetch(url, { method: 'HEAD' })
          if (res.status !== 200) broken.push(`${where}: ${url} → ${res.status}`)
        }
      }),
    )
    expect(broken.sort()).toEqual([])
  }, 300_000)

  it.each([
    { path: '/', lang: 'ko' },
    { path: PANGYO, lang: 'ko' },
    { path: `/en${PANGYO}`, lang: 'en' },
    { path: '/search/', lang: 'ko' },
    { path: '/timeline/', lang: 'ko' },
    { path: '/embed/timeline/', lang: 'ko' },
  ])('$path: loads under /oc/ with its scripts, asking only for files under /oc/, console clean', ({ path, lang }) =>
    withPage(browser(), async ({ page, problems, requests }) => {
      const res = await page.goto(`${local}${BASE}${path}`, { waitUntil: 'networkidle' })
      expect(res?.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      const scripts = await page
        .locator('script[src]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? ''))
      expect(scripts.length).toBeGreaterThan(0)
      for (const src of scripts) expect(src).toMatch(/^\/oc\/(?:_islands\/|embed\/)/)
      expect(requests.filter((r) => !r.startsWith(`${local}${BASE}/`) && !r.startsWith('data:'))).toEqual([])
      expect(problems).toEqual([])
    }),
  )
})
