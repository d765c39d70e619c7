/**
 * `npm run bench:embed`: everything the embed loads for the Pangyo incident (HTML, JS, CSS, data),
 * raw and gzipped, measured in Chromium through the loader on a host page of another origin, in the
 * list view and in the axis view (`data-view="axis"`, until its axis is drawn with the incident's
 * events), and the size of embed.js itself. Budgets: ≤ 60 KB gzipped for the embed (either view),
 * ≤ 8 KB for embed.js. Needs `npm run build` first. Prints a table and writes
 * bench/results/embed-weight.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'
import { type Browser, chromium } from 'playwright-core'
import { startStaticServer } from '../scripts/static-server'

const INCIDENT = '2022-10-15-pangyo-datacenter-fire'
const BUDGET = { embed: 60 * 1024, loader: 8 * 1024 }
const VIEWS = {
  list: { attrs: '', ready: '.ot-list li' },
  axis: { attrs: ' data-view="axis"', ready: `.axis-frame:not([aria-busy]) a[data-key^="event-${INCIDENT}-"]` },
} as const
type ViewName = keyof typeof VIEWS

const { server, port } = await startStaticServer('out', 0)
const site = `http://127.0.0.1:${port}`
const host = createServer((req, res) => {
  const view = VIEWS[req.url === '/axis' ? 'axis' : 'list']
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(
    `<!doctype html><html lang="en"><title>host</title><body><div data-outage-timeline data-incident="${INCIDENT}"${view.attrs}></div><script src="${site}/embed.js" async></script></body></html>`,
  )
})
await new Promise<void>((done) => host.listen(0, '127.0.0.1', done))
const address = host.address()
const hostPort = typeof address === 'object' && address ? address.port : 0

interface File {
  url: string
  raw: number
  gzip: number
}

async function measure(browser: Browser, view: ViewName): Promise<File[]> {
  const page = await browser.newPage()
  const bodies: Array<Promise<File>> = []
  const seen = new Set<string>()
  page.on('response', (r) => {
    // A file asked for twice is counted once: the axis view reads the incident's axis file for its
    // window, then the island reads it again, from the browser's cache (max-age=300).
    if (!r.url().startsWith(site) || seen.has(r.url())) return
    seen.add(r.url())
    bodies.push(
      r
        .body()
        .then((b) => ({ url: r.url().slice(site.length), raw: b.length, gzip: gzipSync(b).length }))
        .catch(() => ({ url: r.url(), raw: 0, gzip: 0 })),
    )
  })
  await page.goto(`http://localhost:${hostPort}/${view === 'axis' ? 'axis' : ''}`, { waitUntil: 'networkidle' })
  await page.frameLocator('iframe').locator(VIEWS[view].ready).first().waitFor()
  await page.waitForLoadState('networkidle')
  const files = await Promise.all(bodies)
  await page.close()
  return files
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const views = { list: await measure(browser, 'list'), axis: await measure(browser, 'axis') }
await browser.close()
server.close()
host.close()

const sum = (files: File[]) =>
  files.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 })
const totals = { list: sum(views.list), axis: sum(views.axis) }
const loader = readFileSync('out/embed.js')
const loaderSize = { raw: loader.length, gzip: gzipSync(loader).length }
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
for (const view of ['list', 'axis'] as const) {
  console.log(`\n${view} view: file | raw | gzip`)
  for (const f of views[view]) console.log(`${f.url} | ${kb(f.raw)} | ${kb(f.gzip)}`)
  console.log(
    `everything the ${view} view loads (${views[view].length} requests) | ${kb(totals[view].raw)} | ${kb(totals[view].gzip)} (budget ${kb(BUDGET.embed)})`,
  )
}
console.log(`\nembed.js | ${kb(loaderSize.raw)} | ${kb(loaderSize.gzip)} (budget ${kb(BUDGET.loader)})`)
mkdirSync('bench/results', { recursive: true })
writeFileSync(
  'bench/results/embed-weight.json',
  `${JSON.stringify({ incident: INCIDENT, views, totals, loader: loaderSize, budget: BUDGET }, null, 2)}\n`,
)
if (totals.list.gzip > BUDGET.embed || totals.axis.gzip > BUDGET.embed || loaderSize.gzip > BUDGET.loader) {
  console.error('over budget')
  process.exitCode = 1
}
