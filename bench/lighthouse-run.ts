/**
 * Lighthouse (npm `lighthouse`, its default mobile settings: a mid-range phone on a slow 4G link,
 * simulated) over one URL in Debian's Chromium, run `runs` times one after another; each number
 * is the median of the runs. Lighthouse's simulation starts from a real page load, so a busy CPU
 * still moves the numbers: report the machine's load beside them.
 */
import { createServer } from 'node:net'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'

export interface LighthouseScores {
  performance: number
  accessibility: number
  seo: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
  speedIndexMs: number
  /** Audits that cost points in accessibility or SEO (first run), by id. */
  failing: string[]
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const address = s.address()
      const port = typeof address === 'object' && address ? address.port : 0
      s.close(() => done(port))
    })
  })
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

type Result = Omit<LighthouseScores, 'failing'> & { failing: string[] }

async function runOnce(url: string): Promise<Result> {
  const port = await freePort()
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROME_FLAGS, `--remote-debugging-port=${port}`],
  })
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'seo'],
    })
    if (!result) throw new Error(`lighthouse gave no result for ${url}`)
    const { categories, audits } = result.lhr
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN
    const failing = ['accessibility', 'seo'].flatMap((cat) =>
      (categories[cat]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${cat}: ${ref.id} (${audits[ref.id]?.title ?? ''})`),
    )
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      seo: score('seo'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      speedIndexMs: value('speed-index'),
      failing,
    }
  } finally {
    await browser.close()
  }
}

export async function lighthouseScores(url: string, runs: number): Promise<LighthouseScores & { runs: Result[] }> {
  const all: Result[] = []
  for (let i = 0; i < runs; i += 1) all.push(await runOnce(url))
  const m = (key: Exclude<keyof Result, 'failing'>) => median(all.map((r) => r[key]))
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    seo: m('seo'),
    fcpMs: m('fcpMs'),
    lcpMs: m('lcpMs'),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    speedIndexMs: m('speedIndexMs'),
    failing: [...new Set(all.flatMap((r) => r.failing))],
    runs: all,
  }
}
