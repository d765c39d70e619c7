/**
 * `npm run bench`: the built site (out/, served gzip-only like a plain static host) measured per
 * page type: bytes at load by kind (raw and gzip), requests before and in the 4 s after the load
 * event, and Lighthouse's mobile scores (median of 3 runs, one run at a time). Prints every budget
 * with the measured value and whether it holds, and writes bench/results/site.json.
 *
 *   npm run bench                      weights and Lighthouse, 3 runs per page
 *   npm run bench -- --runs=1          one Lighthouse run per page
 *   npm run bench -- --no-lighthouse   weights only
 *   npm run bench -- --only=pangyo     the page types whose name contains the text
 *
 * On the page types marked `axis`, also the time axis (bench/axis-frames.ts): its JavaScript
 * (gzip, budget 40 KB) and the 95th-percentile frame time while panning and zooming with the CPU
 * slowed 4× (budget 16.7 ms).
 *
 * Lighthouse numbers move when other work loads the CPU: the machine's load average is printed
 * and written beside them.
 */
import { cpus, loadavg } from 'node:os'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { startStaticServer } from '../scripts/static-server'
import { type LighthouseScores, lighthouseScores } from './lighthouse-run'
import { KINDS, measurePage, type PageWeight } from './page-weight'
import { AXIS_BUDGET, type AxisMeasure, FRAME_SLACK_MS, measureAxis, THROTTLE } from './axis-frames'

const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const KB = 1024

interface PageType {
  name: string
  path: string
  /** Bytes at load, gzip, fonts included. */
  bytesBudget?: number
  /** At most this many requests in the 4 s after load (none for a search, which fetches its index then). */
  lateRequestsBudget?: number
  lighthouse: boolean
  /** Measure the time axis here (bench/axis-frames.ts), where the page has one. */
  axis?: boolean
}

const PAGES: PageType[] = [
  { name: 'home (ko)', path: '/', bytesBudget: 150 * KB, lateRequestsBudget: 5, lighthouse: true },
  { name: 'home (en)', path: '/en/', bytesBudget: 150 * KB, lateRequestsBudget: 5, lighthouse: false },
  {
    name: 'pangyo (ko)',
    path: `/incidents/${PANGYO}/`,
    bytesBudget: 200 * KB,
    lateRequestsBudget: 5,
    lighthouse: true,
    axis: true,
  },
  {
    name: 'pangyo (en)',
    path: `/en/incidents/${PANGYO}/`,
    bytesBudget: 200 * KB,
    lateRequestsBudget: 5,
    lighthouse: true,
  },
  { name: 'timeline', path: '/timeline/', lateRequestsBudget: 5, lighthouse: true, axis: true },
  { name: 'incident index', path: '/incidents/', lateRequestsBudget: 5, lighthouse: true },
  { name: 'analysis', path: '/analysis/', lateRequestsBudget: 5, lighthouse: true },
  { name: 'search results', path: `/search/?q=${encodeURIComponent('판교')}`, lighthouse: true },
  { name: 'factor', path: '/factors/single-site-concentration/', lateRequestsBudget: 5, lighthouse: false },
  { name: 'source', path: '/sources/seed-000/', lateRequestsBudget: 5, lighthouse: false },
]
const SCORE_BUDGET = { performance: 95, accessibility: 100, seo: 100 }

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const runs = Number(arg('runs') ?? 3)
const withLighthouse = !process.argv.includes('--no-lighthouse')
const only = arg('only')
const pages = PAGES.filter((p) => only === undefined || p.name.includes(only))

if (!existsSync('out/index.html')) {
  console.error('out/index.html not found: run `npm run build` first.')
  process.exit(1)
}

function dirSize(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      const sub = dirSize(path)
      files += sub.files
      bytes += sub.bytes
    } else {
      files += 1
      bytes += statSync(path).size
    }
  }
  return { files, bytes }
}

const load = () => loadavg().map((n) => Number(n.toFixed(2)))
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`

const { server, port } = await startStaticServer('out', 0, '127.0.0.1', { brotli: false })
const base = `http://127.0.0.1:${port}`
const machine = { cpus: cpus().length, loadBefore: load(), loadAfter: [] as number[] }

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
})
const weights = new Map<string, PageWeight>()
for (const p of pages) weights.set(p.name, await measurePage(browser, base + p.path))
const axes = new Map<string, AxisMeasure>()
for (const p of pages.filter((x) => x.axis)) {
  console.error(`time axis: ${p.name}, CPU ${THROTTLE}× slower, load ${load().join(' ')}`)
  axes.set(p.name, await measureAxis(browser, base, p.path))
}
await browser.close()

const scores = new Map<string, LighthouseScores>()
if (withLighthouse) {
  for (const p of pages.filter((x) => x.lighthouse)) {
    console.error(`lighthouse: ${p.name} (${runs} run${runs === 1 ? '' : 's'}), load ${load().join(' ')}`)
    scores.set(p.name, await lighthouseScores(base + p.path, runs))
  }
}
machine.loadAfter = load()
server.close()

console.log(`\nbytes at load (everything until 4 s after the load event), gzip; served gzip-only from out/`)
console.log(
  ['page', 'requests (at/after load)', 'total raw', 'total gzip', ...KINDS.map((k) => `${k} gz`), 'DOM elements'].join(
    ' | ',
  ),
)
for (const p of pages) {
  const w = weights.get(p.name)
  if (!w) continue
  console.log(
    [
      p.name,
      `${w.requests.atLoad}/${w.requests.afterLoad}`,
      kb(w.total.raw),
      kb(w.total.gzip),
      ...KINDS.map((k) => kb(w.byKind[k].gzip)),
      w.domElements,
    ].join(' | '),
  )
}
if (scores.size > 0) {
  console.log(`\nLighthouse ${runs === 1 ? '(one run)' : `(median of ${runs})`}, mobile, simulated slow 4G`)
  console.log('page | performance | accessibility | SEO | FCP | LCP | TBT | CLS | speed index')
  for (const [name, s] of scores) {
    const ms = (n: number) => `${(n / 1000).toFixed(2)} s`
    console.log(
      [
        name,
        s.performance,
        s.accessibility,
        s.seo,
        ms(s.fcpMs),
        ms(s.lcpMs),
        `${Math.round(s.tbtMs)} ms`,
        s.cls.toFixed(3),
        ms(s.speedIndexMs),
      ].join(' | '),
    )
    if (s.failing.length > 0) console.log(`  costs points: ${s.failing.join(', ')}`)
  }
}

if (axes.size > 0) {
  console.log(
    `\ntime axis: JavaScript (island + chunks, gzip), data fetched, frame times panning and zooming (CPU ${THROTTLE}× slower, 412 px phone)`,
  )
  console.log(
    'page | JS gz | data gz (files) | frames | p50 | p95 | max | over 16.7 ms | redraw frames p95 | quiet frames p95 | idle p95 | script took',
  )
  for (const [name, a] of axes) {
    if (!a.found || !a.frames || !a.redraws) {
      console.log(`${name} | no time axis on this page`)
      continue
    }
    console.log(
      [
        name,
        kb(a.js.gzip),
        `${kb(a.data.gzip)} (${a.data.files.length})`,
        a.frames.frames,
        `${a.frames.p50} ms`,
        `${a.frames.p95} ms`,
        `${a.frames.max} ms`,
        a.frames.over,
        `${a.redraws.p95} ms (${a.redraws.frames})`,
        `${a.quiet?.p95 ?? '–'} ms (${a.quiet?.frames ?? 0})`,
        `${a.idle?.p95 ?? '–'} ms`,
        `${((a.durationMs ?? 0) / 1000).toFixed(1)} s`,
      ].join(' | '),
    )
    console.log(`  JS: ${a.js.files.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ')}`)
  }
}

interface Budget {
  what: string
  limit: string
  measured: string
  pass: boolean
}
const budgets: Budget[] = []
for (const p of pages) {
  const w = weights.get(p.name)
  if (w && p.bytesBudget !== undefined) {
    budgets.push({
      what: `${p.name}: bytes at load, gzip`,
      limit: `≤ ${kb(p.bytesBudget)}`,
      measured: kb(w.total.gzip),
      pass: w.total.gzip <= p.bytesBudget,
    })
  }
  if (w && p.lateRequestsBudget !== undefined) {
    budgets.push({
      what: `${p.name}: requests in the 4 s after load`,
      limit: `≤ ${p.lateRequestsBudget}`,
      measured: String(w.requests.afterLoad),
      pass: w.requests.afterLoad <= p.lateRequestsBudget,
    })
  }
  const a = axes.get(p.name)
  if (a?.found && a.frames) {
    budgets.push(
      {
        what: `${p.name}: time axis JavaScript, gzip`,
        limit: `≤ ${kb(AXIS_BUDGET.jsGzip)}`,
        measured: kb(a.js.gzip),
        pass: a.js.gzip <= AXIS_BUDGET.jsGzip,
      },
      {
        what: `${p.name}: time axis p95 frame time panning and zooming, CPU ${THROTTLE}× slower`,
        limit: `≤ ${AXIS_BUDGET.p95Ms} ms`,
        measured: `${a.frames.p95} ms`,
        pass: a.frames.p95 <= AXIS_BUDGET.p95Ms + FRAME_SLACK_MS,
      },
    )
  }
  const s = scores.get(p.name)
  if (s) {
    for (const [key, min] of Object.entries(SCORE_BUDGET)) {
      const value = key === 'performance' ? s.performance : key === 'accessibility' ? s.accessibility : s.seo
      budgets.push({
        what: `${p.name}: Lighthouse ${key}`,
        limit: `≥ ${min}`,
        measured: String(value),
        pass: value >= min,
      })
    }
  }
}
console.log(
  `\nbudgets (load average ${machine.loadBefore.join(' ')} before, ${machine.loadAfter.join(' ')} after, ${machine.cpus} CPUs)`,
)
for (const b of budgets) console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.what}: ${b.measured} (budget ${b.limit})`)
const site = dirSize('out')
console.log(`\nout/: ${site.files} files, ${(site.bytes / KB / KB).toFixed(1)} MB`)

mkdirSync('bench/results', { recursive: true })
writeFileSync(
  'bench/results/site.json',
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      machine,
      lighthouseRuns: withLighthouse ? runs : 0,
      pages: pages.map((p) => ({
        ...p,
        weight: weights.get(p.name),
        lighthouse: scores.get(p.name),
        timeAxis: axes.get(p.name),
      })),
      budgets,
      out: site,
    },
    null,
    2,
  )}\n`,
)
console.log('written: bench/results/site.json')
