/**
 * `tsx bench/search-engine.ts [query…]`: the relevance set's queries (or those given) over the
 * 10,000 generated records' index in Node, one index for all as in the browser bench, each file
 * read from memory after 2 ms (a loopback fetch): per query the waves of requests until the first
 * page could be painted (display rows, else fragments), the engine's own time on the same query
 * again (files already read), and why a page waited for fragments. For iterating on the engine;
 * the reader's wait is measured in Chromium (npm run bench:search).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { buildIndexFiles } from '../lib/search/build'
import { SearchIndex } from '../lib/search/engine'
import { RELEVANCE_CASES } from '../tests/integrity/search-cases'
import { type Request, traceOf } from './search-waves'
import { syntheticDocs } from './synthetic-corpus'

const args = process.argv.slice(2)
const queries = args.length > 0 ? args : RELEVANCE_CASES.map((c) => c.query)
let t = performance.now()
// With INDEX=file: the index files kept there between runs (build again after changing the builder).
const cached = process.env.INDEX
const files: Map<string, string> =
  cached && existsSync(cached)
    ? new Map(JSON.parse(readFileSync(cached, 'utf8')))
    : buildIndexFiles(syntheticDocs(10_000))
if (cached && !existsSync(cached)) writeFileSync(cached, JSON.stringify([...files]))
console.log(`index ready in ${(performance.now() - t).toFixed(0)} ms, ${files.size} files`)
let requests: Request[] = []
let origin = 0
const index = await SearchIndex.open(async (path) => {
  const start = performance.now() - origin
  await new Promise((r) => setTimeout(r, 2))
  const body = files.get(path) ?? ''
  requests.push({ path: `/ours/idx/${path}`, start, end: performance.now() - origin, bytes: gzipSync(body).length })
  return body
})
/** The heap after a full collection (with node --expose-gc), in MB. */
const heapMB = () => {
  const gc: unknown = Reflect.get(globalThis, 'gc')
  if (typeof gc === 'function') gc()
  return process.memoryUsage().heapUsed / 1048576
}
const heapBefore = heapMB()
const rows: Array<{
  q: string
  waves: string
  early: boolean
  engine: number
  kb: number
  total: number
  top: string[]
}> = []
for (const q of queries) {
  requests = []
  origin = performance.now()
  let ready = 0
  await index.search(q, {
    early: () => {
      ready = performance.now() - origin
    },
  })
  const early = ready > 0
  if (!early) ready = performance.now() - origin
  const trace = traceOf(requests, ready, ready)
  t = performance.now()
  const again = await index.search(q)
  const engine = performance.now() - t
  const waves = trace.waves.map((w) => `${w.files}${w.kinds.map((k) => k[0]).join('')}`).join(' ')
  const kb = trace.waves.reduce((sum, w) => sum + w.bytes, 0) / 1024
  rows.push({ q, waves, early, engine, kb, total: again.total, top: again.hits.map((h) => h.id) })
}
const heapHeld = heapMB() - heapBefore
let indexBytes = 0
for (const body of files.values()) indexBytes += Buffer.byteLength(body)
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] ?? 0
const later = rows.slice(1)
const byWaves: Record<number, number> = {}
for (const r of later) byWaves[r.waves.split(' ').length] = (byWaves[r.waves.split(' ').length] ?? 0) + 1
console.log(
  `waves ${JSON.stringify(byWaves)}; painted early ${later.filter((r) => r.early).length}/${later.length}; engine p50 ${pct(
    later.map((r) => r.engine),
    0.5,
  ).toFixed(1)} p95 ${pct(
    later.map((r) => r.engine),
    0.95,
  ).toFixed(1)} max ${pct(
    later.map((r) => r.engine),
    1,
  ).toFixed(1)} ms; KB waited for p50 ${pct(
    later.map((r) => r.kb),
    0.5,
  ).toFixed(1)} p95 ${pct(
    later.map((r) => r.kb),
    0.95,
  ).toFixed(
    1,
  )}; first query ${rows[0]?.kb.toFixed(1)} KB + meta ${(gzipSync(files.get('meta.json') ?? '').length / 1024).toFixed(1)} KB; index ${(indexBytes / 1048576).toFixed(1)} MB (raw); heap held by the engine after the queries ${heapHeld.toFixed(1)} MB`,
)
if (process.env.VERBOSE === '1')
  for (const r of rows)
    console.log(
      `${r.engine.toFixed(1).padStart(6)} ${r.early ? 'E' : ' '} ${r.waves.padEnd(16)} ${String(r.total).padStart(5)} ${r.q}`,
    )
// With TOP=file: each query's first page, to compare the ranking before and after a change.
if (process.env.TOP)
  writeFileSync(
    process.env.TOP,
    `${JSON.stringify(Object.fromEntries(rows.map((r) => [r.q, [r.total, ...r.top]])), null, 1)}\n`,
  )
