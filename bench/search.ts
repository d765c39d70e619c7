/**
 * `npm run bench:search`: this site's search beside Pagefind 1.6 (over the same built record
 * pages) and MiniSearch (over the same records), in one run, on the real content and on a
 * generated 10,000-record corpus. Needs a built out/ (npm run build).
 *
 * Reported per engine: recall@5 and MRR on the relevance set (tests/integrity/search-cases.ts),
 * by page, for the plain questions and for the rest; the reader's wait from a query to its first
 * page of results painted in Chromium over loopback HTTP with gzip (p50/p95 over the queries after
 * the first); the engine's own time; bytes fetched by the first query (code and entry files
 * included) and by later ones. Prints a table and the issue's targets, and writes
 * bench/results/search.json. Timings depend on the machine's load: the load average is printed.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { gzipSync } from 'node:zlib'
import { getCollections } from '../lib/content/source'
import { buildIndexFiles, buildSiteIndex } from '../lib/search/build'
import { buildSearchDocs, type SearchDoc } from '../lib/search/documents'
import { RELEVANCE_CASES } from '../tests/integrity/search-cases'
import { compareInBrowser, type EngineRun } from './search-browser'
import { breakdown, type Trace } from './search-waves'
import { builtRecordPages, closePagefind, pageKey, pagefindFiles, syntheticPages } from './search-pages'
import { miniSearchRanked, relevance } from './search-relevance'
import { syntheticDocs } from './synthetic-corpus'

/** Results on the first page, for both engines (the search page shows ten). */
const FIRST_PAGE = 10
const cases = RELEVANCE_CASES
const queries = cases.map((c) => c.query)
const plain = (c: (typeof cases)[number] | undefined) => c?.plain === true

const pct = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return +(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0).toFixed(1)
}
const kb = (bytes: number) => +(bytes / 1024).toFixed(1)
const sizeKB = (files: Iterable<string | Uint8Array>) =>
  kb([...files].reduce((sum, f) => sum + (typeof f === 'string' ? gzipSync(f).length : f.length), 0))

/** The reader's waits (after the first query) on the queries both engines answer with something. */
function bothAnswered(a: EngineRun, b: EngineRun) {
  const at = a.wait
    .map((_, i) => i)
    .filter((i) => i > 0 && (a.urls[i]?.length ?? 0) > 0 && (b.urls[i]?.length ?? 0) > 0)
  const pick = (run: EngineRun) => at.map((i) => run.wait[i] ?? 0)
  return {
    queries: at.length,
    ours: [pct(pick(a), 0.5), pct(pick(a), 0.95)],
    pagefind: [pct(pick(b), 0.5), pct(pick(b), 0.95)],
  }
}

function timing(run: EngineRun) {
  const later = (xs: readonly number[]) => xs.slice(1)
  return {
    emptyQueries: run.urls.filter((u) => u.length === 0).length,
    waitP50Ms: pct(later(run.wait), 0.5),
    waitP95Ms: pct(later(run.wait), 0.95),
    firstWaitMs: +(run.wait[0] ?? 0).toFixed(1),
    engineP50Ms: pct(run.engine, 0.5),
    engineP95Ms: pct(run.engine, 0.95),
    firstQueryKB: kb(run.openBytes + (run.bytes[0] ?? 0)),
    laterQueryMeanKB: kb(later(run.bytes).reduce((a, b) => a + b, 0) / Math.max(1, run.bytes.length - 1)),
    laterQueryMaxKB: kb(Math.max(0, ...later(run.bytes))),
  }
}

async function corpus(
  name: string,
  docs: SearchDoc[],
  ours: Map<string, string>,
  pages: Array<{ url: string; content: string }>,
  oursBuildMs: number,
) {
  const pf = await pagefindFiles(pages)
  const run = await compareInBrowser({ ours, pagefind: pf.files }, queries, FIRST_PAGE)
  return {
    bothAnswered: bothAnswered(run.ours, run.pagefind),
    corpus: name,
    records: docs.length,
    pages: pages.length,
    index: {
      ours: { buildMs: oursBuildMs, files: ours.size, gzipKB: sizeKB(ours.values()) },
      pagefind: { buildMs: pf.buildMs, files: pf.files.size, gzipKB: sizeKB(pf.files.values()) },
    },
    fetchFloorMs: +run.fetchFloorMs.toFixed(1),
    ours: timing(run.ours),
    pagefind: timing(run.pagefind),
    run,
  }
}

const load = [loadavg()[0] ?? 0]
const c = getCollections()
const docs = buildSearchDocs(c)
let t = performance.now()
const oursReal = buildSiteIndex(c)
const real = await corpus('real content', docs, oursReal, builtRecordPages('out'), Math.round(performance.now() - t))
const synthetic = syntheticDocs(10_000)
t = performance.now()
const oursSynthetic = buildIndexFiles(synthetic)
const large = await corpus(
  'synthetic 10,000',
  synthetic,
  oursSynthetic,
  syntheticPages(synthetic),
  Math.round(performance.now() - t),
)
await closePagefind()
load.push(loadavg()[0] ?? 0)

// Relevance by page, on the real content.
const pageOfRecord = new Map(docs.map((d) => [d.id, pageKey(d.url.ko)]))
const mini = miniSearchRanked(docs, queries)
const split = (ranked: readonly (readonly string[])[]) => ({
  all: relevance(cases, ranked, pageOfRecord),
  plain: relevance(
    cases.filter(plain),
    ranked.filter((_, i) => plain(cases[i])),
    pageOfRecord,
  ),
  rest: relevance(
    cases.filter((x) => !plain(x)),
    ranked.filter((_, i) => !plain(cases[i])),
    pageOfRecord,
  ),
})
const rel = { ours: split(real.run.ours.urls), pagefind: split(real.run.pagefind.urls), minisearch: split(mini) }
const emptyHere = queries.filter(
  (_, i) => (real.run.pagefind.urls[i]?.length ?? 0) > 0 && (real.run.ours.urls[i]?.length ?? 0) === 0,
)

const cell = (a: number | string, b: number | string) => `${a} / ${b}`
const table = [
  '| | this project | Pagefind 1.6 | MiniSearch 7 |',
  '| --- | --- | --- | --- |',
  `| recall@5, the ${rel.ours.rest.queries} other queries (초성, typos, layout, romanized, names, dates) | ${rel.ours.rest.recallAt5} | ${rel.pagefind.rest.recallAt5} | ${rel.minisearch.rest.recallAt5} |`,
  `| recall@5, the ${rel.ours.plain.queries} plain questions | ${rel.ours.plain.recallAt5} | ${rel.pagefind.plain.recallAt5} | ${rel.minisearch.plain.recallAt5} |`,
  `| MRR, all ${rel.ours.all.queries} | ${rel.ours.all.mrr} | ${rel.pagefind.all.mrr} | ${rel.minisearch.all.mrr} |`,
  `| engine time p50 / p95, Chromium (files already fetched) | ${cell(real.ours.engineP50Ms, real.ours.engineP95Ms)} ms | ${cell(real.pagefind.engineP50Ms, real.pagefind.engineP95Ms)} ms | – |`,
  `| reader waits per later query, p50 / p95 (fetches included) | ${cell(real.ours.waitP50Ms, real.ours.waitP95Ms)} ms | ${cell(real.pagefind.waitP50Ms, real.pagefind.waitP95Ms)} ms | – |`,
  `| first query, gzip (code, entry files, query) | ${real.ours.firstQueryKB} KB | ${real.pagefind.firstQueryKB} KB | – |`,
  `| later query, gzip, mean / max | ${cell(real.ours.laterQueryMeanKB, real.ours.laterQueryMaxKB)} KB | ${cell(real.pagefind.laterQueryMeanKB, real.pagefind.laterQueryMaxKB)} KB | – |`,
  `| at 10,000 records: reader waits p50 / p95; first query | ${cell(large.ours.waitP50Ms, large.ours.waitP95Ms)} ms; ${large.ours.firstQueryKB} KB | ${cell(large.pagefind.waitP50Ms, large.pagefind.waitP95Ms)} ms; ${large.pagefind.firstQueryKB} KB | – |`,
  `| reader waits on the queries both answer, p50 / p95 (real, ${real.bothAnswered.queries}; 10,000, ${large.bothAnswered.queries}) | ${real.bothAnswered.ours.join(' / ')} ms; ${large.bothAnswered.ours.join(' / ')} ms | ${real.bothAnswered.pagefind.join(' / ')} ms; ${large.bothAnswered.pagefind.join(' / ')} ms | – |`,
  `| queries answered with nothing (real; 10,000) | ${real.ours.emptyQueries}; ${large.ours.emptyQueries} | ${real.pagefind.emptyQueries}; ${large.pagefind.emptyQueries} | – |`,
  `| index, gzip (real; 10,000) | ${real.index.ours.gzipKB} KB; ${large.index.ours.gzipKB} KB | ${real.index.pagefind.gzipKB} KB; ${large.index.pagefind.gzipKB} KB | – |`,
  `| index build (real; 10,000) | ${real.index.ours.buildMs} ms; ${large.index.ours.buildMs} ms | ${real.index.pagefind.buildMs} ms; ${large.index.pagefind.buildMs} ms | – |`,
].join('\n')

const targets = [
  ['reader wait p50 ≤ Pagefind, real', real.ours.waitP50Ms, real.pagefind.waitP50Ms],
  ['reader wait p95 ≤ Pagefind, real', real.ours.waitP95Ms, real.pagefind.waitP95Ms],
  ['reader wait p50 ≤ Pagefind, 10,000', large.ours.waitP50Ms, large.pagefind.waitP50Ms],
  ['reader wait p95 ≤ Pagefind, 10,000', large.ours.waitP95Ms, large.pagefind.waitP95Ms],
  ['plain recall@5 ≥ Pagefind', rel.pagefind.plain.recallAt5, rel.ours.plain.recallAt5],
  ['plain recall@5 ≥ MiniSearch', rel.minisearch.plain.recallAt5, rel.ours.plain.recallAt5],
  ['first query ≤ 80 KB at 10,000', large.ours.firstQueryKB, 80],
  ['no query Pagefind answers comes back empty', emptyHere.length, 0],
].map(([target, ours, limit]) => ({ target, measured: ours, against: limit, met: Number(ours) <= Number(limit) }))

// Where the wait goes, per engine and corpus (queries after the first).
const waveRow = (label: string, traces: readonly Trace[]) => {
  const b = breakdown(traces.slice(1))
  const byWaves = Object.entries(b.queriesByWaves)
    .map(([w, n]) => `${w}: ${n}`)
    .join(', ')
  return `| ${label} | ${byWaves} | ${b.files.join(' / ')} | ${b.kB.map((x) => x.toFixed(0)).join(' / ')} | ${b.networkMs.join(' / ')} | ${b.computeMs.join(' / ')} | ${b.paintMs.join(' / ')} |`
}
const waves = [
  '| engine, corpus | queries by waves of requests | files p50 / p95 | KB p50 / p95 | network ms p50 / p95 | engine after last response ms | paint ms |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  waveRow('this project, real', real.run.ours.traces),
  waveRow('Pagefind, real', real.run.pagefind.traces),
  waveRow('this project, 10,000', large.run.ours.traces),
  waveRow('Pagefind, 10,000', large.run.pagefind.traces),
].join('\n')
const slowest = queries
  .map((q, i) => ({ q, wait: large.run.ours.wait[i] ?? 0, trace: large.run.ours.traces[i] }))
  .slice(1)
  .sort((a, b) => b.wait - a.wait)
  .slice(0, 8)
  .map(
    ({ q, wait, trace }) =>
      `  ${wait.toFixed(0)} ms  ${q}: ${(trace?.waves ?? []).map((w) => `[${w.files} ${w.kinds.join('+')} ${(w.bytes / 1024).toFixed(0)} KB ${w.startMs}→${w.endMs}]`).join(' ')} engine ${trace?.computeMs} paint ${trace?.paintMs}`,
  )

console.log(`\n${table}\n\nWhere the wait goes:\n\n${waves}\n\nslowest here at 10,000:\n${slowest.join('\n')}\n`)
console.table(targets)
console.log(
  `load average (1 min) ${load.map((l) => l.toFixed(1)).join(' → ')}; one bare fetch takes ${real.fetchFloorMs} ms (real run), ${large.fetchFloorMs} ms (10,000 run)`,
)
if (emptyHere.length > 0) console.log('answered by Pagefind, not here:', emptyHere)
const emptyHere10k = queries.flatMap((q, i) =>
  (large.run.pagefind.urls[i]?.length ?? 0) > 0 && (large.run.ours.urls[i]?.length ?? 0) === 0
    ? [`${q} (Pagefind: ${(large.run.pagefind.urls[i] ?? []).slice(0, 3).join(' ')})`]
    : [],
)
if (emptyHere10k.length > 0) console.log('at 10,000, answered by Pagefind, not here:', emptyHere10k)
const strip = ({ run: _run, ...rest }: typeof real) => rest
const perQuery10k = queries.map((q, i) => ({
  query: q,
  ours: {
    waitMs: +(large.run.ours.wait[i] ?? 0).toFixed(1),
    results: large.run.ours.urls[i]?.length ?? 0,
    trace: large.run.ours.traces[i],
  },
  pagefind: {
    waitMs: +(large.run.pagefind.wait[i] ?? 0).toFixed(1),
    results: large.run.pagefind.urls[i]?.length ?? 0,
    trace: large.run.pagefind.traces[i],
  },
}))
const perQuery = queries.map((q, i) => ({
  query: q,
  ours: { waitMs: +(real.run.ours.wait[i] ?? 0).toFixed(1), top: (real.run.ours.urls[i] ?? []).slice(0, 5) },
  pagefind: {
    waitMs: +(real.run.pagefind.wait[i] ?? 0).toFixed(1),
    top: (real.run.pagefind.urls[i] ?? []).slice(0, 5),
  },
  minisearch: { top: (mini[i] ?? []).slice(0, 5) },
}))
mkdirSync('bench/results', { recursive: true })
writeFileSync(
  'bench/results/search.json',
  `${JSON.stringify({ date: new Date().toISOString(), loadAverage: load, table, waves, targets, relevance: rel, corpora: [strip(real), strip(large)], perQuery, perQuery10k }, null, 1)}\n`,
)
