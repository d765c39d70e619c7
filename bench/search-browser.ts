/**
 * The search engine measured in a real browser: lib/search/engine bundled by esbuild, served with
 * its index files gzipped from a loopback node:http server, and run by Debian's Chromium through
 * playwright-core. Latency is timed in the page; bytes are the gzipped bodies the server sent,
 * attributed by an `x-q` request header to the index open or to the query in flight.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createSecureServer, type Http2SecureServer, type Http2Session } from 'node:http2'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

/**
 * p50/p95/max: each query end to end as a reader meets it, its index files fetched over loopback
 * HTTP (the first query also opens the index). engine*: the same queries again, each on a fresh
 * index whose files are already in memory: the search's own work in the page, without the network.
 */
export interface BrowserSearchMeasure {
  queries: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  engineP50Ms: number
  engineP95Ms: number
  engineMaxMs: number
  /** The median time of one fetch of a tiny file in the same page: the cost under each wave of fetches. */
  fetchFloorP50Ms: number
  firstQueryKB: number
  laterQueryMeanKB: number
  laterQueryMaxKB: number
  openKB: number
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))

// Runs in the page. The index opens lazily inside query 0's timing, as in the product; every
// index request carries `x-q: open` or `x-q: <query index>` so the server can attribute its bytes.
const DRIVER = `
import { SearchIndex } from './lib/search/engine'
Reflect.set(window, 'runBench', async (queries: string[]) => {
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
})
`

const HTML =
  '<!doctype html><meta charset=utf-8><title>bench</title><link rel=icon href="data:,"><script src="/bench.js"></script>'

const pct = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
const ms = (x: number) => Math.round(x * 100) / 100
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

function timesOf(value: unknown, field: 'times' | 'engine' | 'floor', n: number): number[] {
  const times: unknown =
    typeof value === 'object' && value !== null && field in value ? Reflect.get(value, field) : undefined
  if (
    !Array.isArray(times) ||
    times.length !== n ||
    !times.every((t): t is number => typeof t === 'number' && Number.isFinite(t))
  ) {
    throw new Error(`runBench returned an unexpected result: ${JSON.stringify(value)}`)
  }
  return times
}

interface Reply {
  writeHead(status: number, headers: Record<string, string | number>): unknown
  end(body: string | Uint8Array): unknown
}

function send(res: Reply, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra })
  res.end(body)
}

/**
 * A loopback server: HTTP/1.1 (as `npm start` serves), or HTTP/2 over TLS with a throwaway
 * self-signed certificate (as static hosts serve: every request on one connection, no queue of six).
 */
async function serve(
  http2: boolean,
  handle: (path: string, tag: string | undefined, res: Reply) => void,
): Promise<{ port: number; close: () => Promise<void> }> {
  const pathOf = (url: string | undefined) => decodeURIComponent(new URL(url ?? '/', 'http://x').pathname)
  const tagOf = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)
  let server: Server | Http2SecureServer
  const sessions = new Set<Http2Session>()
  if (http2) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'))
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    )
    const tls = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }
    rmSync(dir, { recursive: true, force: true })
    const h2 = createSecureServer(tls, (req, res) => handle(pathOf(req.url), tagOf(req.headers['x-q']), res))
    h2.on('session', (session) => {
      sessions.add(session)
      session.on('close', () => sessions.delete(session))
    })
    server = h2
  } else {
    server = createServer((req, res) => handle(pathOf(req.url), tagOf(req.headers['x-q']), res))
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      for (const session of sessions) session.destroy()
      if ('closeAllConnections' in server) server.closeAllConnections()
    })
  if (address === null || typeof address === 'string') {
    await close()
    throw new Error('the bench server has no TCP port')
  }
  return { port: address.port, close }
}

/** files: the index files (relative path such as 'meta.json', 'i/3.json' → body), as produced by buildIndexFiles in lib/search/build.ts. */
export async function measureInBrowser(
  files: ReadonlyMap<string, string>,
  queries: readonly string[],
  options: { http2?: boolean } = {},
): Promise<BrowserSearchMeasure> {
  if (queries.length === 0) throw new Error('measureInBrowser: no queries')
  const bundle = await build({
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    stdin: { contents: DRIVER, resolveDir: ROOT, sourcefile: 'bench-driver.ts', loader: 'ts' },
  })
  const js = bundle.outputFiles[0]?.text
  if (js === undefined) throw new Error('esbuild produced no bundle')
  // Compressed once up front, so the server's own work does not inflate the latencies.
  const gz = new Map([...files].map(([path, body]) => [path, gzipSync(body)]))
  const bytes = new Map<string, number>()

  const handle = (path: string, tag: string | undefined, res: Reply) => {
    const body = path.startsWith('/idx/') ? gz.get(path.slice('/idx/'.length)) : undefined
    if (path === '/ping') send(res, 200, 'application/json; charset=utf-8', '{}')
    else if (path === '/') send(res, 200, 'text/html; charset=utf-8', HTML)
    else if (path === '/bench.js') send(res, 200, 'text/javascript; charset=utf-8', js)
    else if (body) {
      const key = tag ?? 'untagged'
      bytes.set(key, (bytes.get(key) ?? 0) + body.length)
      send(res, 200, 'application/json; charset=utf-8', body, { 'Content-Encoding': 'gzip' })
    } else send(res, 404, 'text/plain', 'not found')
  }
  const { port, close } = await serve(options.http2 === true, handle)
  const origin = `${options.http2 === true ? 'https' : 'http'}://127.0.0.1:${port}`

  const browser = await chromium
    .launch({
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
    .catch(async (e: unknown) => {
      await close()
      throw e
    })
  try {
    const page = await browser.newPage({ ignoreHTTPSErrors: true })
    const problems: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
    await page.goto(`${origin}/`)
    const result: unknown = await page
      .evaluate(
        (qs) => {
          const run: unknown = Reflect.get(window, 'runBench')
          if (typeof run !== 'function') throw new Error('bench.js did not define runBench')
          return run(qs)
        },
        [...queries],
      )
      .catch((e: unknown) => {
        throw new Error(
          `runBench failed: ${e instanceof Error ? e.message : String(e)}${problems.length ? `\n${problems.join('\n')}` : ''}`,
          { cause: e },
        )
      })
    if (problems.length > 0) throw new Error(`the bench page reported errors:\n${problems.join('\n')}`)
    const times = timesOf(result, 'times', queries.length)
    const engine = [...timesOf(result, 'engine', queries.length)].sort((a, b) => a - b)
    const floor = [...timesOf(result, 'floor', 20)].sort((a, b) => a - b)
    if (bytes.has('untagged')) throw new Error('an index request arrived without an x-q header')

    const sorted = [...times].sort((a, b) => a - b)
    const open = bytes.get('open') ?? 0
    const later = queries.slice(1).map((_, i) => bytes.get(String(i + 1)) ?? 0)
    return {
      queries: times.length,
      p50Ms: ms(pct(sorted, 0.5)),
      p95Ms: ms(pct(sorted, 0.95)),
      maxMs: ms(Math.max(...times)),
      fetchFloorP50Ms: ms(pct(floor, 0.5)),
      engineP50Ms: ms(pct(engine, 0.5)),
      engineP95Ms: ms(pct(engine, 0.95)),
      engineMaxMs: ms(Math.max(...engine)),
      firstQueryKB: kb(open + (bytes.get('0') ?? 0)),
      laterQueryMeanKB: later.length ? kb(later.reduce((a, b) => a + b, 0) / later.length) : 0,
      laterQueryMaxKB: later.length ? kb(Math.max(...later)) : 0,
      openKB: kb(open),
    }
  } finally {
    await browser.close()
    await close()
  }
}
