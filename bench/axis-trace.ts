/**
 * Where a frame of the time axis's gesture goes (issue #17): `npm run bench:axis-trace -- [path…]`
 * records a Chromium trace (devtools.timeline categories) of the same scripted pan and zoom as
 * `bench/axis-frames.ts`, on a 412 px phone with the CPU slowed 4×, and prints the renderer's main
 * thread time by kind (event dispatch and hit testing, style recalculation with the elements it
 * touched, layout, pre-paint, paint, layerize, commit, script, GC) over the whole gesture, then the
 * same for the slowest frames. Frames are the intervals between the renderer's BeginMainThreadFrame
 * events. Paths default to the timeline and the Pangyo page. A diagnostic, not a budget: the numbers
 * are what the trace's own overhead leaves, so compare pages within one run.
 */
import { chromium, type Page } from 'playwright-core'
import { startStaticServer } from '../scripts/static-server'
import { interact, PHONE, ROOT, THROTTLE } from './axis-frames'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time: what the machine's other load does not stretch. */
  tdur?: number
  pid: number
  tid: number
  args?: { data?: Record<string, unknown>; elementCount?: number; name?: string; beginData?: Record<string, unknown> }
}

/** Trace event names, grouped as a reader of the Performance panel would. */
const KINDS: Record<string, string> = {
  EventDispatch: 'event dispatch',
  HitTest: 'hit test',
  UpdateLayoutTree: 'recalc style',
  'Document::updateStyleAndLayoutTree': 'recalc style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  UpdateLayer: 'layerize',
  Commit: 'commit',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  FireAnimationFrame: 'animation frame callbacks',
  TimerFire: 'timers',
  ParseHTML: 'parse HTML',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  'V8.GC_MARK_COMPACTOR': 'GC',
  'BlinkGC.AtomicPhase': 'GC',
  ResourceReceivedData: 'network',
  'v8.parseOnBackground': 'script',
  'V8.ParseJSON': 'JSON parse',
  ScheduleStyleRecalculation: 'invalidation',
  InvalidateLayout: 'invalidation',
}

const round = (n: number) => Math.round(n * 10) / 10

function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  // The renderer with the most events is the page's.
  let best: { pid: number; tid: number } | undefined
  let most = -1
  for (const n of names) {
    const count = events.filter((e) => e.pid === n.pid && e.tid === n.tid).length
    if (count > most) {
      most = count
      best = { pid: n.pid, tid: n.tid }
    }
  }
  return best
}

/**
 * CPU (thread) time by kind of the complete events in [from, to). Kinds nest (an event dispatch
 * holds the script it runs), so the rows overlap and do not add up to the frame.
 */
function byKind(
  events: readonly TraceEvent[],
  from: number,
  to: number,
): Map<string, { ms: number; count: number; elements: number }> {
  const out = new Map<string, { ms: number; count: number; elements: number }>()
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < from || e.ts >= to) continue
    const kind =
      e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
        ? 'main thread busy (all tasks)'
        : KINDS[e.name]
    if (!kind) continue
    const row = out.get(kind) ?? { ms: 0, count: 0, elements: 0 }
    row.ms += (e.tdur ?? e.dur ?? 0) / 1000
    row.count += 1
    row.elements += Number(e.args?.elementCount ?? e.args?.data?.elementCount ?? 0) || 0
    out.set(kind, row)
  }
  return out
}

function print(title: string, rows: Map<string, { ms: number; count: number; elements: number }>): void {
  console.log(title)
  for (const [kind, r] of [...rows].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `  ${kind.padEnd(26)} ${round(r.ms).toString().padStart(8)} ms  ×${r.count}${r.elements > 0 ? `  (${r.elements} elements, ${Math.round(r.elements / r.count)} each)` : ''}`,
    )
}

async function traceOne(page: Page, path: string, base: string, style: string | undefined): Promise<void> {
  if (style)
    await page.addInitScript(
      `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(style)}; document.head.append(s) })`,
    )
  await page.goto(base + path, { waitUntil: 'load' })
  await page.locator(`${ROOT} .axis-chart a`).first().waitFor({ timeout: 30_000 })
  await page.locator(`${ROOT} .axis-frame:not([aria-busy])`).waitFor()
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
  const browser = page.context().browser()
  if (!browser) throw new Error('no browser')
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.frame',
      'blink.user_timing',
      'v8',
      'v8.execute',
      'blink',
      'cc',
      'toplevel',
    ],
  })
  await interact(page)
  const buffer = await browser.stopTracing()
  if (process.env.AXIS_TRACE_SAVE) (await import('node:fs')).writeFileSync(process.env.AXIS_TRACE_SAVE, buffer)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  const parsed: unknown = JSON.parse(buffer.toString('utf8'))
  const events: TraceEvent[] = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed !== null && 'traceEvents' in parsed && Array.isArray(parsed.traceEvents)
      ? parsed.traceEvents
      : []
  const main = mainThread(events)
  if (!main) throw new Error(`${path}: no renderer main thread in the trace`)
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid)
  const frames = own.filter((e) => e.name === 'BeginMainThreadFrame').map((e) => e.ts)
  const first = frames[0] ?? 0
  const last = frames.at(-1) ?? 0
  console.log(
    `\n${path}: ${elements} elements, ${frames.length} main-thread frames over ${round((last - first) / 1000)} ms`,
  )
  print('whole gesture, main thread CPU:', byKind(own, first, last))
  const busy = (from: number, to: number) =>
    own
      .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.ts >= from && e.ts < to)
      .reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000
  const gaps = frames.slice(1).map((t, i) => ({ from: frames[i] ?? 0, to: t, cpu: busy(frames[i] ?? 0, t) }))
  const sorted = [...gaps].sort((a, b) => b.cpu - a.cpu)
  const at = (q: number) => round(sorted[Math.floor(sorted.length * q)]?.cpu ?? 0)
  console.log(
    `main-thread CPU per frame (thread time, the trace's overhead included): p50 ${at(0.5)} ms, p90 ${at(0.1)} ms, p95 ${at(0.05)} ms, max ${at(0)} ms`,
  )
  for (const g of sorted.slice(0, 2)) print(`the busiest frame, ${round(g.cpu)} ms CPU:`, byKind(own, g.from, g.to))
  // The typical slow frame: those around the 95th percentile, averaged.
  const band = sorted.slice(Math.floor(sorted.length * 0.03), Math.floor(sorted.length * 0.1))
  const sum = new Map<string, { ms: number; count: number; elements: number }>()
  for (const g of band)
    for (const [k, r] of byKind(own, g.from, g.to)) {
      const s = sum.get(k) ?? { ms: 0, count: 0, elements: 0 }
      sum.set(k, { ms: s.ms + r.ms / band.length, count: s.count + r.count, elements: s.elements + r.elements })
    }
  print(`frames around p95 (${band.length}, mean per frame):`, sum)
}

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'))
/** `--style=file.css`: a stylesheet added to each page, to try a change without a rebuild. */
const styleFile = process.argv.find((a) => a.startsWith('--style='))?.slice('--style='.length)
const style = styleFile ? (await import('node:fs')).readFileSync(styleFile, 'utf8') : undefined
const { server, port } = await startStaticServer('out', 0, '127.0.0.1', { brotli: false })
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
})
try {
  for (const path of paths.length > 0 ? paths : ['/timeline/', '/incidents/2022-10-15-pangyo-datacenter-fire/']) {
    const context = await browser.newContext(PHONE)
    try {
      await traceOne(await context.newPage(), path, `http://127.0.0.1:${port}`, style)
    } finally {
      await context.close()
    }
  }
} finally {
  await browser.close()
  server.close()
}
