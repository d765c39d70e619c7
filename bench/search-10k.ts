/**
 * `tsx bench/search-10k.ts`: the reader's wait at 10,000 generated records only, this search beside
 * Pagefind in Chromium as `npm run bench:search` measures it (no built site needed): for iterating
 * on the engine. Pagefind's files are kept in bench/results/pagefind-10k/ between runs. Prints
 * p50 / p95 of both, the wave table and the slowest queries here.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { loadavg } from 'node:os'
import { buildIndexFiles } from '../lib/search/build'
import { RELEVANCE_CASES } from '../tests/integrity/search-cases'
import { compareInBrowser } from './search-browser'
import { closePagefind, pagefindFiles, syntheticPages } from './search-pages'
import { breakdown, timelineOf } from './search-waves'
import { syntheticDocs } from './synthetic-corpus'

const CACHE = 'bench/results/pagefind-10k'
const queries = RELEVANCE_CASES.map((c) => c.query)
const docs = syntheticDocs(10_000)
const load = [loadavg()[0] ?? 0]
const ours = buildIndexFiles(docs)
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )
let pagefind: Map<string, Uint8Array>
if (existsSync(CACHE)) pagefind = new Map(walk(CACHE).map((f) => [relative(CACHE, f), new Uint8Array(readFileSync(f))]))
else {
  pagefind = (await pagefindFiles(syntheticPages(docs))).files
  await closePagefind()
  for (const [path, body] of pagefind) {
    mkdirSync(dirname(join(CACHE, path)), { recursive: true })
    writeFileSync(join(CACHE, path), body)
  }
}
const run = await compareInBrowser({ ours, pagefind }, queries, 10)
load.push(loadavg()[0] ?? 0)
const pct = (xs: readonly number[], p: number) =>
  +([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0).toFixed(1)
for (const name of ['ours', 'pagefind'] as const) {
  const r = run[name]
  const b = breakdown(r.traces.slice(1))
  console.log(
    `${name}: wait p50 ${pct(r.wait.slice(1), 0.5)} p95 ${pct(r.wait.slice(1), 0.95)} ms; engine p50 ${pct(r.engine, 0.5)} p95 ${pct(r.engine, 0.95)}; first query ${((r.openBytes + (r.bytes[0] ?? 0)) / 1024).toFixed(1)} KB; waves ${JSON.stringify(b.queriesByWaves)} files ${b.files} KB ${b.kB.map((x) => x.toFixed(0))} net ${b.networkMs} engine ${b.computeMs} paint ${b.paintMs}`,
  )
}
// The wait by the number of waves a query took (p50, and how many queries).
for (const name of ['ours', 'pagefind'] as const) {
  const by = new Map<number, number[]>()
  run[name].traces.slice(1).forEach((t, i) => {
    const list = by.get(t.waves.length) ?? []
    list.push(run[name].wait[i + 1] ?? 0)
    by.set(t.waves.length, list)
  })
  const cells = [...by].sort((a, b) => a[0] - b[0]).map(([w, xs]) => `${w} waves: ${pct(xs, 0.5)} ms (${xs.length})`)
  const parts = run[name].traces.slice(1).map((t) => [t.networkMs, t.computeMs, t.paintMs])
  const p50 = (i: number) =>
    pct(
      parts.map((x) => x[i] ?? 0),
      0.5,
    )
  console.log(
    `${name} wait p50 by waves: ${cells.join(', ')}; network / engine / paint p50 ${p50(0)} / ${p50(1)} / ${p50(2)} ms`,
  )
}
const slowest = queries
  .map((q, i) => ({ q, i, wait: run.ours.wait[i] ?? 0, trace: run.ours.traces[i], engine: run.ours.engine[i] }))
  .slice(1)
  .sort((a, b) => b.wait - a.wait)
  .slice(0, 10)
for (const { q, i, wait, trace, engine } of slowest)
  console.log(
    `  ${wait.toFixed(0)} ms #${i} ${q}: ${(trace?.waves ?? []).map((w) => `[${w.files} ${w.kinds.join('+')} ${(w.bytes / 1024).toFixed(0)} KB ${w.startMs}→${w.endMs}]`).join(' ')} engine ${trace?.computeMs} paint ${trace?.paintMs} (again ${engine?.toFixed(1)})`,
  )
console.log(`load ${load.map((l) => l.toFixed(1)).join(' → ')}`)
// The one-wave queries' timeline, p50 of each point (ms from the query), as the browser and the loader saw it.
{
  const lines = run.ours.traces
    .map((t, i) => ({ t, i }))
    .filter(({ t, i }) => i > 0 && t.waves.length === 1)
    .map(({ i }) =>
      timelineOf(run.ours.requests[i] ?? [], run.ours.loads[i] ?? [], run.ours.ready[i] ?? 0, run.ours.wait[i] ?? 0),
    )
  const keys = Object.keys(lines[0] ?? {}) as Array<keyof ReturnType<typeof timelineOf>>
  console.log(
    `ours, one-wave queries (${lines.length}), p50: ${keys
      .map(
        (k) =>
          `${k} ${pct(
            lines.map((l) => l[k]),
            0.5,
          )}`,
      )
      .join(', ')}`,
  )
}
// BENCH_DETAIL=n: the files of each query that took n waves, as the loader, Resource Timing and the browser saw them.
if (process.env.BENCH_DETAIL)
  run.ours.traces.forEach((t, i) => {
    if (i === 0 || t.waves.length !== Number(process.env.BENCH_DETAIL)) return
    const reqs = run.ours.requests[i] ?? []
    const files = (run.ours.loads[i] ?? []).map((l) => {
      const r = reqs.find((x) => x.path.endsWith(`/${l.path}`))
      const f = (x: number | undefined) => (x ?? -1).toFixed(1)
      const rt = ['rtStart', 'rtSent', 'rtFirst', 'rtEnd'].map((k) => f(Number(Reflect.get(l, k) ?? -1))).join('/')
      return `${l.path} ${(r?.bytes ?? 0) >> 10}K rt ${rt} a${f(l.asked)} s${f(r?.start)} q${f(r?.sent)} b${f(r?.firstByte)} e${f(r?.end)} h${f(l.headers)} r${f(l.read)}`
    })
    console.log(
      `#${i} ${queries[i]}: ready ${(run.ours.ready[i] ?? 0).toFixed(1)} wait ${(run.ours.wait[i] ?? 0).toFixed(1)}\n    ${files.join('\n    ')}`,
    )
  })
for (const name of ['ours', 'pagefind'] as const) {
  const r = run[name]
  const at = r.traces.map((t, i) => ({ t, i })).filter(({ i }) => i > 0)
  const part = (f: (i: number) => number) =>
    pct(
      at.map(({ i }) => f(i)),
      0.5,
    )
  const steps = (i: number) => r.paintSteps[i] ?? [0, 0]
  console.log(
    `${name} paint p50: render ${part((i) => steps(i)[0] - (r.ready[i] ?? 0))}, to frame ${part((i) => steps(i)[1] - steps(i)[0])}, frame to task ${part((i) => (r.wait[i] ?? 0) - steps(i)[1])} ms`,
  )
}
