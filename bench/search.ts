/**
 * `npm run bench:search`: search latency (p50/p95), bytes fetched (gzipped) by the first and by
 * later queries, and index build time, on the real content and on a generated 10,000-record
 * Korean corpus; in Node and in Debian's Chromium. Prints a table and writes
 * bench/results/search.json.
 *
 * Node: each query on a fresh index per pass, files read from memory; latency is the median of
 * three passes (the first pass is also reported: it includes the JIT's warm-up).
 * Browser: see search-browser.ts (end to end over loopback HTTP/1.1 and HTTP/2, and the engine's
 * own time).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { getCollections } from '../lib/content/source'
import { buildIndexFiles } from '../lib/search/build'
import { buildSearchDocs, type SearchDoc } from '../lib/search/documents'
import { SearchIndex } from '../lib/search/engine'
import { RELEVANCE_CASES } from '../tests/integrity/search-cases'
import { measureInBrowser } from './search-browser'
import { syntheticDocs } from './synthetic-corpus'

const QUERIES = [
  ...RELEVANCE_CASES.map((c) => c.query),
  '데이터센터 화재',
  '판교',
  '센터',
  '복구 지연',
  '이중화 백업',
  '카카오 먹통',
  'ㄷㅇㅌㅅㅌ',
  '데이타센타',
  '화제',
  '통신 장애',
  '서버',
  '메시지 지연 복구',
]
const PASSES = 3

const pct = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0
}
const ms = (x: number) => +x.toFixed(2)
const kb = (bytes: number) => +(bytes / 1024).toFixed(1)

async function inNode(files: ReadonlyMap<string, string>, gz: ReadonlyMap<string, number>) {
  const passes: number[][] = []
  const bytes: number[] = []
  let openBytes = 0
  for (let pass = 0; pass < PASSES; pass += 1) {
    let fetched = 0
    const index = await SearchIndex.open(async (path) => {
      fetched += gz.get(path) ?? 0
      return files.get(path) ?? '{}'
    })
    if (pass === 0) openBytes = fetched
    const times: number[] = []
    for (const q of QUERIES) {
      fetched = 0
      const t = performance.now()
      await index.search(q, { limit: 10 })
      times.push(performance.now() - t)
      if (pass === 0) bytes.push(fetched)
    }
    passes.push(times)
  }
  const medians = QUERIES.map((_, i) =>
    pct(
      passes.map((p) => p[i] ?? 0),
      0.5,
    ),
  )
  const later = bytes.slice(1)
  return {
    p50Ms: ms(pct(medians, 0.5)),
    p95Ms: ms(pct(medians, 0.95)),
    maxMs: ms(Math.max(...medians)),
    firstPassP95Ms: ms(pct(passes[0] ?? [], 0.95)),
    firstQueryKB: kb(openBytes + (bytes[0] ?? 0)),
    laterQueryMeanKB: kb(later.reduce((a, b) => a + b, 0) / later.length),
    laterQueryMaxKB: kb(Math.max(...later)),
  }
}

async function measure(corpus: string, docs: SearchDoc[]) {
  const t0 = performance.now()
  const files = buildIndexFiles(docs)
  const buildMs = Math.round(performance.now() - t0)
  const gz = new Map([...files].map(([p, body]) => [p, gzipSync(body).length]))
  globalThis.gc?.()
  const total = (prefix: string) => kb([...gz].filter(([p]) => p.startsWith(prefix)).reduce((a, [, b]) => a + b, 0))
  const row = {
    corpus,
    docs: docs.length,
    queries: QUERIES.length,
    buildMs,
    files: files.size,
    gzipKB: {
      meta: total('meta'),
      shards: total('i/'),
      ownKeyFiles: total('k/'),
      vocabulary: total('v/'),
      fragments: total('f/'),
    },
    node: await inNode(files, gz),
    browser: {
      http1: await measureInBrowser(files, QUERIES),
      http2: await measureInBrowser(files, QUERIES, { http2: true }),
    },
  }
  console.log(JSON.stringify(row, null, 1))
  return row
}

/** The engine's code as the browser loads it on first use (bundled and minified, gzipped). */
async function engineCodeKB() {
  const out = await build({
    entryPoints: ['lib/search/engine.ts'],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  })
  return kb(gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array()).length)
}

type Row = Awaited<ReturnType<typeof measure>>

/** The targets, each checked on one row: what was measured, and whether it is within. */
function targets(row: Row, latencyMs: number) {
  const b = row.browser.http1
  return [
    [`Node p95 ≤ ${latencyMs} ms`, row.node.p95Ms, row.node.p95Ms <= latencyMs],
    [`browser engine p95 ≤ ${latencyMs} ms`, b.engineP95Ms, b.engineP95Ms <= latencyMs],
    [
      'first query ≤ 150 KB (index + engine code)',
      +(row.node.firstQueryKB + engineKB).toFixed(1),
      row.node.firstQueryKB + engineKB <= 150,
    ],
    ['each later query ≤ 50 KB', row.node.laterQueryMaxKB, row.node.laterQueryMaxKB <= 50],
    ...(row.docs >= 10_000
      ? [['index build ≤ 60 s', +(row.buildMs / 1000).toFixed(1), row.buildMs <= 60_000] as const]
      : []),
  ].map(([target, measured, ok]) => ({ corpus: row.corpus, target, measured, within: ok }))
}

const engineKB = await engineCodeKB()
const real = await measure('real content', buildSearchDocs(getCollections()))
const synthetic = await measure('synthetic 10,000', syntheticDocs(10_000))
const rows = [real, synthetic]
const checked = [...targets(real, 20), ...targets(synthetic, 50)]
console.log(`engine code (minified, gzipped): ${engineKB} KB`)
console.table(checked)
for (const row of rows)
  console.log(
    `${row.corpus}: browser end to end (loopback, fetches included) p50/p95 ${row.browser.http1.p50Ms}/${row.browser.http1.p95Ms} ms over HTTP/1.1, ${row.browser.http2.p50Ms}/${row.browser.http2.p95Ms} ms over HTTP/2; one bare fetch takes ${row.browser.http1.fetchFloorP50Ms} ms (median)`,
  )
const result = { date: new Date().toISOString().slice(0, 10), engineCodeGzipKB: engineKB, rows, targets: checked }
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/search.json', `${JSON.stringify(result, null, 2)}\n`)
