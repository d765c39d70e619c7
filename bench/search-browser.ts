/**
 * The search engine measured in a real browser: lib/search/engine bundled by esbuild, served with
 * its index files gzipped from a loopback node:http server, and run by Debian's Chromium through
 * playwright-core. Latency is timed in the page; bytes are the gzipped bodies the server sent,
 * attributed by an `x-q` request header to the index open or to the query in flight.
 */
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

declare global { interface Window { runBench?: (queries: string[]) => Promise<unknown> } }

/**
 * p50/p95/max: each query end to end as a reader meets it, its index files fetched over loopback
 * HTTP (the first query also opens the index). engine*: the same queries again, each on a fresh
 * index whose files are already in memory: the search's own work in the page, without the network.
 */
export interface BrowserSearchMeasure {
  queries: number; p50Ms: number; p95Ms: number; maxMs: number
  engineP50Ms: number; engineP95Ms: number; engineMaxMs: number
  /** The median time of one fetch of a tiny file in the same page: the cost under each wave of fetches. */
  fetchFloorP50Ms: number
  firstQueryKB: number; laterQueryMeanKB: number; laterQueryMaxKB: number; openKB: number
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))

// Runs in the page. The index opens lazily inside query 0's timing, as in the product; every
// index request carries `x-q: open` or `x-q: <query index>` so the server can attribute its bytes.
const DRIVER = `
import { SearchIndex } from './lib/search/engine'
window.runBench = async (queries: string[]) => {
  let tag = 'open'
  const memory = new Map<string, string>()
  const load = async (path: string) => {
    const res = await fetch('/idx/' + path, { headers: { 'x-q': tag } })
    if (!res.ok) throw new Error('index file ' + path + ': HTTP ' + res.status)
    const text = await res.text()
    memory.set(path, text)
    return text
  }
  const fromMemory = async (path: string) => {
    const text = memory.get(path)
    if (text === undefined) throw new Error('index file ' + path + ' was not fetched in the first pass')
    return text
  }
  let index: SearchIndex | undefined
  const times: number[] = []
  for (const [i, q] of queries.entries()) {
    const t = performance.now()
    if (!index) { tag = 'open'; index = await SearchIndex.open(load) }
    tag = String(i)
    await index.search(q, { limit: 10 })
    times.push(performance.now() - t)
  }
  const engine: number[] = []
  for (const q of queries) {
    const fresh = await SearchIndex.open(fromMemory)
    const t = performance.now()
    await fresh.search(q, { limit: 10 })
    engine.push(performance.now() - t)
  }
  // The floor under every fetch here: a 2-byte file fetched 20 times in a row.
  const floor: number[] = []
  for (let i = 0; i < 20; i += 1) {
    const t = performance.now()
    await (await fetch('/ping?' + i)).text()
    floor.push(performance.now() - t)
  }
  return { times, engine, floor }
}
`

const HTML = '<!doctype html><meta charset=utf-8><title>bench</title><link rel=icon href="data:,"><script src="/bench.js"></script>'

const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
const ms = (x: number) => Math.round(x * 100) / 100
const kb = (bytes: number) => Math.round(bytes / 1024 * 10) / 10

function timesOf(value: unknown, field: 'times' | 'engine' | 'floor', n: number): number[] {
  const times: unknown = typeof value === 'object' && value !== null && field in value ? Reflect.get(value, field) : undefined
  if (!Array.isArray(times) || times.length !== n || !times.every((t): t is number => typeof t === 'number' && Number.isFinite(t))) {
    throw new Error(`runBench returned an unexpected result: ${JSON.stringify(value)}`)
  }
  return times
}

/** files: the index files (relative path such as 'meta.json', 'i/3.json' → body), as produced by buildIndexFiles in lib/search/build.ts. */
export async function measureInBrowser(files: ReadonlyMap<string, string>, queries: readonly string[]): Promise<BrowserSearchMeasure> {
  if (queries.length === 0) throw new Error('measureInBrowser: no queries')
  const bundle = await build({
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent',
    stdin: { contents: DRIVER, resolveDir: ROOT, sourcefile: 'bench-driver.ts', loader: 'ts' },
  })
  const js = bundle.outputFiles[0]?.text
  if (js === undefined) throw new Error('esbuild produced no bundle')
  // Compressed once up front, so the server's own work does not inflate the latencies.
  const gz = new Map([...files].map(([path, body]) => [path, gzipSync(body)]))
  const bytes = new Map<string, number>()

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const body = path.startsWith('/idx/') ? gz.get(path.slice('/idx/'.length)) : undefined
    if (path === '/ping') res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end('{}')
    else if (path === '/') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HTML)
    else if (path === '/bench.js') res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(js)
    else if (body) {
      const tag = String(req.headers['x-q'] ?? 'untagged')
      bytes.set(tag, (bytes.get(tag) ?? 0) + body.length)
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Encoding': 'gzip', 'Content-Length': body.length }).end(body)
    }
    else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, '127.0.0.1', resolve) })
  const address = server.address()
  if (address === null || typeof address === 'string') { server.close(); throw new Error('the bench server has no TCP port') }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  }).catch((e: unknown) => { server.close(); throw e })
  try {
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`) })
    page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
    await page.goto(`http://127.0.0.1:${address.port}/`)
    const result: unknown = await page.evaluate((qs) => {
      if (!window.runBench) throw new Error('bench.js did not define runBench')
      return window.runBench(qs)
    }, [...queries])
      .catch((e: unknown) => { throw new Error(`runBench failed: ${e instanceof Error ? e.message : String(e)}${problems.length ? `\n${problems.join('\n')}` : ''}`, { cause: e }) })
    if (problems.length > 0) throw new Error(`the bench page reported errors:\n${problems.join('\n')}`)
    const times = timesOf(result, 'times', queries.length)
    const engine = [...timesOf(result, 'engine', queries.length)].sort((a, b) => a - b)
    const floor = [...timesOf(result, 'floor', 20)].sort((a, b) => a - b)
    if (bytes.has('untagged')) throw new Error('an index request arrived without an x-q header')

    const sorted = [...times].sort((a, b) => a - b)
    const open = bytes.get('open') ?? 0
    const later = queries.slice(1).map((_, i) => bytes.get(String(i + 1)) ?? 0)
    return {
      queries: times.length, p50Ms: ms(pct(sorted, 0.5)), p95Ms: ms(pct(sorted, 0.95)), maxMs: ms(Math.max(...times)),
      fetchFloorP50Ms: ms(pct(floor, 0.5)),
      engineP50Ms: ms(pct(engine, 0.5)), engineP95Ms: ms(pct(engine, 0.95)), engineMaxMs: ms(Math.max(...engine)),
      firstQueryKB: kb(open + (bytes.get('0') ?? 0)),
      laterQueryMeanKB: later.length ? kb(later.reduce((a, b) => a + b, 0) / later.length) : 0,
      laterQueryMaxKB: later.length ? kb(Math.max(...later)) : 0,
      openKB: kb(open),
    }
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections() })
  }
}
