/**
 * The time axis on a phone (issue #17), part of `npm run bench` (bench/site.ts) on the page types
 * marked `axis` (alone: `npm run bench -- --only=timeline --no-lighthouse`). The axis is found on any
 * page by its island root; a page without one says so. For each page: the JavaScript the axis needs (its island module and every chunk it imports,
 * gzip; budget 40 KB) and, apart, the axis data it fetched; then the frame times while a script
 * pans and zooms it in Debian's Chromium at a mid-range phone's size with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate): the 95th percentile against 16.7 ms (60 frames a second).
 *
 * Frame times are the deltas between requestAnimationFrame callbacks, recorded by a loop started
 * after the page has loaded and before the first input. That is what a reader sees: a frame that
 * takes longer (input handling, the island's redraw in its own rAF callback, style, layout, paint)
 * delays the next callback. CDP tracing would split that time further, but its frame events in
 * headless Chromium without a GPU are harder to read and pair; the rAF loop needs nothing but the page.
 * A MutationObserver on the frame marks which frames redrew the axis, reported apart.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'

export const AXIS_BUDGET = { jsGzip: 40 * 1024, p95Ms: 16.7 }
/**
 * How far a frame may read over the budget and still be one frame at 60 Hz: requestAnimationFrame
 * timestamps follow the display's vsync ticks, which jitter by a fraction of a millisecond, so a frame
 * of exactly one vsync (16.67 ms) reads anywhere from 16.2 to 17.2 ms; two frames read 33.3 ms.
 */
export const FRAME_SLACK_MS = 0.5
export const ROOT = '[data-island="time-axis"]'
export const THROTTLE = 4
/** A mid-range phone, as Lighthouse's mobile profile (Moto G Power): 412 × 823 CSS px at 1.75×. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }

export interface FileSize {
  path: string
  gzip: number
}
export interface FrameStats {
  frames: number
  p50: number
  p95: number
  max: number
  /** Frames longer than the budget. */
  over: number
}
export interface AxisMeasure {
  found: boolean
  js: { files: FileSize[]; gzip: number }
  data: { files: FileSize[]; gzip: number }
  /** A second of frames before the interaction, nothing to do: what the machine's load costs. */
  idle?: FrameStats
  /** Every frame during the interaction, only those that redrew or moved the axis, and only those that did not. */
  frames?: FrameStats
  redraws?: FrameStats
  /** Frames during the interaction in which the axis changed nothing: input handling and the machine's load. */
  quiet?: FrameStats
  /** How long the scripted interaction took, ms. */
  durationMs?: number
}

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

export function frameStats(deltas: readonly number[], budget = AXIS_BUDGET.p95Ms): FrameStats {
  const sorted = [...deltas].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    frames: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? 0),
    over: sorted.filter((d) => d > budget + FRAME_SLACK_MS).length,
  }
}

/** The island module and its static imports, recursively (files in outDir, by site path). */
export function islandFiles(outDir: string, script: string): string[] {
  const seen = new Set<string>()
  const visit = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    const code = readFileSync(join(outDir, path), 'utf8')
    const dir = path.slice(0, path.lastIndexOf('/') + 1)
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.\/[^"']+)["']/g)) {
      const rel = m[1]
      if (rel) visit(dir + rel.slice(2))
    }
  }
  visit(script)
  return [...seen]
}

/** Pans and zooms the axis as a reader would: wheel, drag, keys. */
export async function interact(page: Page): Promise<void> {
  const frame = page.locator(`${ROOT} .axis-frame`)
  // Mouse positions are in the viewport: the axis must be on screen (on an incident page it sits below a phone's fold).
  await frame.scrollIntoViewIfNeeded()
  const box = await frame.boundingBox()
  if (!box) throw new Error('the axis frame has no box')
  const y = box.y + box.height / 2
  // Zoom by wheel towards the 2022 incidents (about three quarters along the whole range).
  await page.mouse.move(box.x + box.width * 0.78, y)
  for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, -240)
  // Drag one way and back (pans).
  await page.mouse.move(box.x + box.width * 0.8, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.2, y, { steps: 30 })
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 30 })
  await page.mouse.up()
  // Keys: focus the axis (its one tab stop), zoom in to minutes and out, pan, step through marks.
  await page.locator(`${ROOT} .axis-chart a[tabindex="0"], ${ROOT} .axis-frame[tabindex="0"]`).first().focus()
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('+')
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Shift+ArrowRight')
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight')
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('-')
  for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, 240)
  await page.keyboard.press('0')
  await page.waitForTimeout(300)
}

/** Measures the axis on one page of the served site (`base` + `path`); `outDir` holds its files. */
export async function measureAxis(browser: Browser, base: string, path: string, outDir = 'out'): Promise<AxisMeasure> {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  const data: FileSize[] = []
  page.on('response', (r) => {
    const url = new URL(r.url())
    if (!url.pathname.includes('/data/axis/')) return
    void r
      .body()
      .then((b) => data.push({ path: url.pathname, gzip: gzipSync(b, { level: 9 }).length }))
      .catch(() => undefined)
  })
  try {
    await page.goto(base + path, { waitUntil: 'load' })
    if ((await page.locator(ROOT).count()) === 0)
      return { found: false, js: { files: [], gzip: 0 }, data: { files: [], gzip: 0 } }
    const script = await page.locator('script[type="module"][src*="/_islands/time-axis-"]').first().getAttribute('src')
    if (!script) throw new Error(`${path}: the axis's island script is not linked`)
    const js = islandFiles(outDir, new URL(script, base).pathname).map((p) => ({ path: p, gzip: gz(join(outDir, p)) }))
    await page.locator(`${ROOT} .axis-chart a`).first().waitFor({ timeout: 30_000 })
    await page.locator(`${ROOT} .axis-frame:not([aria-busy])`).waitFor()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
    // The machine's own noise: a second of frames with nothing to do, at the same throttling.
    const idle: unknown = await page.evaluate(`new Promise((done) => {
      const d = []
      let last = 0
      const tick = (t) => {
        if (last > 0) d.push(t - last)
        last = t
        if (d.length < 60) requestAnimationFrame(tick)
        else done(d)
      }
      requestAnimationFrame(tick)
    })`)
    // A string, not a function: tsx's transform would name the inner arrow functions with a helper the page lacks.
    await page.evaluate(`(() => {
      const frame = document.querySelector(${JSON.stringify(`${ROOT} .axis-frame`)})
      const rec = { deltas: [], redrawn: [], on: true, dirty: false, last: 0 }
      window.__axisFrames = rec
      if (frame) new MutationObserver(() => { rec.dirty = true }).observe(frame, { subtree: true, childList: true, attributes: true, characterData: true })
      const tick = (t) => {
        if (rec.last > 0) {
          rec.deltas.push(t - rec.last)
          rec.redrawn.push(rec.dirty)
        }
        rec.dirty = false
        rec.last = t
        if (rec.on) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })()`)
    const started = Date.now()
    await interact(page)
    const durationMs = Date.now() - started
    const rec = await page.evaluate((): { deltas: number[]; redrawn: boolean[] } => {
      const r: unknown = Reflect.get(window, '__axisFrames')
      if (typeof r !== 'object' || r === null) return { deltas: [], redrawn: [] }
      Reflect.set(r, 'on', false)
      const deltas: unknown = Reflect.get(r, 'deltas')
      const redrawn: unknown = Reflect.get(r, 'redrawn')
      return {
        deltas: Array.isArray(deltas) ? deltas.map(Number) : [],
        redrawn: Array.isArray(redrawn) ? redrawn.map(Boolean) : [],
      }
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await page.locator(`${ROOT} .axis-frame:not([aria-busy])`).waitFor()
    return {
      found: true,
      js: { files: js, gzip: js.reduce((s, f) => s + f.gzip, 0) },
      data: { files: data, gzip: data.reduce((s, f) => s + f.gzip, 0) },
      idle: frameStats(Array.isArray(idle) ? idle.map(Number) : []),
      frames: frameStats(rec.deltas),
      redraws: frameStats(rec.deltas.filter((_, i) => rec.redrawn[i])),
      quiet: frameStats(rec.deltas.filter((_, i) => !rec.redrawn[i])),
      durationMs,
    }
  } finally {
    await context.close()
  }
}
