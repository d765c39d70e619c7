/**
 * This site's search and Pagefind measured side by side in a real browser: both engines' files
 * served from one loopback HTTP/1.1 server (gzip, as `npm start` serves), one page running both,
 * each query given to one engine and then the other. For each engine and query: the reader's wait
 * (from the query to its first page of results painted, fetches included; the index is opened
 * first, as the search box's focus does), the engine's own time (the same query again, every file
 * already fetched), the gzipped bytes fetched, and the URLs of the first page (for relevance).
 */
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { siteConfigPlugin } from '../scripts/site-config-plugin'
import { profileQueries } from './search-profile'
import { type LoaderTimes as Load, type Request, shifted, type Trace, traceOf } from './search-waves'

export type EngineName = 'ours' | 'pagefind'

export interface EngineRun {
  /** Per query: reader's wait, engine time (ms), bytes fetched (gzip), URLs of the first page. */
  wait: number[]
  engine: number[]
  bytes: number[]
  urls: string[][]
  /** Per query: its requests in waves, and the wait split into network, engine work and paint. */
  traces: Trace[]
  /** Bytes fetched to open the index (code, entry files), before the first query. */
  openBytes: number
  /** Per query: its requests as the browser saw them (ms from the query), and this search's loads as its loader saw them. */
  requests: Request[][]
  loads: Load[][]
  /** Per query: when the engine handed its results over (ms from the query). */
  ready: number[]
  /** Per query: when its rows were in the list and when the next frame began (ms from the query). */
  paintSteps: Array<[number, number]>
}

const isLoad = (v: unknown): v is Load =>
  typeof v === 'object' &&
  v !== null &&
  typeof Reflect.get(v, 'path') === 'string' &&
  ['asked', 'headers', 'read'].every((k) => typeof Reflect.get(v, k) === 'number')

const ROOT = fileURLToPath(new URL('..', import.meta.url))

const HTML =
  '<!doctype html><html lang="ko"><meta charset=utf-8><title>bench</title><link rel=icon href="data:,"><ol id=ours></ol><ol id=pagefind></ol><script src="/bench.js"></script></html>'

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
}
const typeOf = (path: string) =>
  path === '/' ? 'text/html; charset=utf-8' : (TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream')
/** Pagefind compresses its index, fragment and wasm files itself (they start with gzip's magic bytes). */
const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b

async function bundle(entry: string, format: 'iife' | 'esm'): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: !process.env.BENCH_PROFILE,
    format,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    // The engine reaches lib/site/env.ts (page paths); the browser has no process.env.
    plugins: [siteConfigPlugin()],
  })
  const js = out.outputFiles[0]?.text
  if (js === undefined) throw new Error('esbuild produced no bundle')
  return js
}

/** Both engines over one corpus: `ours` is this site's index files, `pagefind` Pagefind's. */
export async function compareInBrowser(
  files: { ours: ReadonlyMap<string, string>; pagefind: ReadonlyMap<string, Uint8Array> },
  queries: readonly string[],
  k: number,
): Promise<{ ours: EngineRun; pagefind: EngineRun; fetchFloorMs: number }> {
  const [driver, engine] = await Promise.all([
    bundle(`${ROOT}bench/search-driver.ts`, 'iife'),
    bundle(`${ROOT}lib/search/engine.ts`, 'esm'),
  ])
  // Everything compressed once up front, so the server's own work does not inflate the waits.
  const served = new Map<string, { body: Uint8Array; gzip: boolean }>()
  const gz = (s: string | Uint8Array) => ({ body: new Uint8Array(gzipSync(s)), gzip: true })
  served.set('/', gz(HTML))
  served.set('/bench.js', gz(driver))
  served.set('/ours/engine.js', gz(engine))
  for (const [p, body] of files.ours) served.set(`/ours/idx/${p}`, gz(body))
  for (const [p, body] of files.pagefind) served.set(`/pagefind/${p}`, isGzip(body) ? { body, gzip: false } : gz(body))
  let tag = 'page'
  const bytes = new Map<string, number>()
  let lastRequest = Date.now()
  /** Waits until no file has been asked for in 300 ms (Pagefind loads its wasm after init returns). */
  const settle = async () => {
    while (Date.now() - lastRequest < 300) await new Promise((r) => setTimeout(r, 50))
  }
  const server = createServer((req, res) => {
    lastRequest = Date.now()
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/mark') {
      tag = url.searchParams.get('tag') ?? 'page'
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('ok')
      return
    }
    if (url.pathname === '/ping') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end('{}')
      return
    }
    const file = served.get(decodeURIComponent(url.pathname))
    if (!file) {
      res.writeHead(404).end('not found')
      return
    }
    bytes.set(tag, (bytes.get(tag) ?? 0) + file.body.length)

    if (process.env.BENCH_REQUESTS) console.log(tag, url.pathname, file.body.length)
    res
      .writeHead(200, {
        'Content-Type': typeOf(url.pathname),
        'Content-Length': file.body.length,
        'Cache-Control': 'max-age=300',
        ...(file.gzip ? { 'Content-Encoding': 'gzip' } : {}),
      })
      .end(file.body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
    // Every request as the browser saw it, a worker's too (Pagefind fetches from one): wall-clock times.
    const requests: Request[] = []
    page.on('requestfinished', (r) => {
      const t = r.timing()
      const path = new URL(r.url()).pathname
      const bytes = served.get(decodeURIComponent(path))?.body.length ?? 0
      requests.push({
        path,
        start: t.startTime,
        end: t.startTime + t.responseEnd,
        bytes,
        sent: t.startTime + t.requestStart,
        firstByte: t.startTime + t.responseStart,
        connected: t.connectStart >= 0,
      })
    })
    await page.goto(`http://127.0.0.1:${port}/`)
    const call = async (fn: string, ...args: unknown[]): Promise<unknown> => {
      const value: unknown = await page.evaluate(
        ([f, a]) => {
          const bench: unknown = Reflect.get(window, 'bench')
          const method: unknown =
            typeof bench === 'object' && bench !== null ? Reflect.get(bench, String(f)) : undefined
          if (typeof method !== 'function') throw new Error(`bench.${String(f)} is missing`)
          return method(...(Array.isArray(a) ? a : []))
        },
        [fn, args] as const,
      )
      if (problems.length > 0) throw new Error(`the bench page reported problems:\n${problems.join('\n')}`)
      return value
    }
    const mark = (t: string) => page.evaluate((x) => fetch(`/mark?tag=${x}`).then((r) => r.text()), t)
    const fresh = (): EngineRun => ({
      ...{ wait: [], engine: [], bytes: [], urls: [], traces: [], requests: [] },
      ...{ loads: [], ready: [], paintSteps: [], openBytes: 0 },
    })
    const runs: Record<EngineName, EngineRun> = { ours: fresh(), pagefind: fresh() }
    const names: EngineName[] = ['ours', 'pagefind']
    // Opening (as the search box's focus does) loads each engine's code and entry files; what an
    // engine loads in the background after opening is counted as opening too.
    for (const name of names) {
      await mark(`${name}:open`)
      await call('open', name)
      await settle()
      runs[name].openBytes = bytes.get(`${name}:open`) ?? 0
    }
    const stopProfile = await profileQueries(page)
    for (const [i, q] of queries.entries()) {
      // Each engine answers the same query in turn (the order alternates), so both meet the same load.
      for (const name of i % 2 === 0 ? names : [...names].reverse()) {
        await mark(`${name}:${i}`)
        const r = await call('query', name, q, k)
        const run = runs[name]
        const rec = typeof r === 'object' && r !== null ? r : {}
        const num = (key: string) => {
          const v: unknown = Reflect.get(rec, key)
          if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`bench.query returned no ${key}`)
          return v
        }
        const urls: unknown = Reflect.get(rec, 'urls')
        run.wait.push(num('wait'))
        run.engine.push(num('engine'))
        run.urls.push(Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string') : [])
        run.bytes.push(bytes.get(`${name}:${i}`) ?? 0)
        const at = num('at')
        const asked = requests
          .filter((x) => x.start >= at && x.start <= at + num('wait') && x.path !== '/mark')
          .map((x) => shifted(x, at))
        run.requests.push(asked)
        const loads: unknown = Reflect.get(rec, 'loads')
        run.loads.push(Array.isArray(loads) ? loads.filter(isLoad) : [])
        run.traces.push(traceOf(asked, num('ready'), num('wait')))
        run.ready.push(num('ready'))
        run.paintSteps.push([num('rendered'), num('frame')])
      }
    }
    await stopProfile()
    await mark('page')
    const floor = await call('floor')
    return { ...runs, fetchFloorMs: typeof floor === 'number' ? floor : 0 }
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
