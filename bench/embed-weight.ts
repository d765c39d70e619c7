/**
 * `npm run bench:embed`: everything the embed loads for the Pangyo incident (HTML, JS, CSS, data),
 * raw and gzipped, measured in Chromium through the loader on a host page of another origin,
 * and the size of embed.js itself. Budgets: ≤ 60 KB gzipped for the embed, ≤ 8 KB for embed.js.
 * Needs `npm run build` first. Prints a table and writes bench/results/embed-weight.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { startStaticServer } from '../scripts/static-server'

const INCIDENT = '2022-10-15-pangyo-datacenter-fire'
const BUDGET = { embed: 60 * 1024, loader: 8 * 1024 }

const { server, port } = await startStaticServer('out', 0)
const site = `http://127.0.0.1:${port}`
const host = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(
    `<!doctype html><html lang="en"><title>host</title><body><div data-outage-timeline data-incident="${INCIDENT}"></div><script src="${site}/embed.js" async></script></body></html>`,
  )
})
await new Promise<void>((done) => host.listen(0, '127.0.0.1', done))
const address = host.address()
const hostPort = typeof address === 'object' && address ? address.port : 0

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const page = await browser.newPage()
const bodies: Array<Promise<{ url: string; raw: number; gzip: number }>> = []
page.on('response', (r) => {
  if (!r.url().startsWith(site)) return
  bodies.push(
    r
      .body()
      .then((b) => ({ url: r.url().slice(site.length), raw: b.length, gzip: gzipSync(b).length }))
      .catch(() => ({ url: r.url(), raw: 0, gzip: 0 })),
  )
})
await page.goto(`http://localhost:${hostPort}/`, { waitUntil: 'networkidle' })
await page.frameLocator('iframe').locator('.ot-list li').first().waitFor()
const files = await Promise.all(bodies)
await browser.close()
server.close()
host.close()

const total = files.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 })
const loader = readFileSync('out/embed.js')
const loaderSize = { raw: loader.length, gzip: gzipSync(loader).length }
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
console.log('file | raw | gzip')
for (const f of files) console.log(`${f.url} | ${kb(f.raw)} | ${kb(f.gzip)}`)
console.log(
  `everything the embed loads (${files.length} requests) | ${kb(total.raw)} | ${kb(total.gzip)} (budget ${kb(BUDGET.embed)})`,
)
console.log(`embed.js | ${kb(loaderSize.raw)} | ${kb(loaderSize.gzip)} (budget ${kb(BUDGET.loader)})`)
mkdirSync('bench/results', { recursive: true })
writeFileSync(
  'bench/results/embed-weight.json',
  `${JSON.stringify({ incident: INCIDENT, files, total, loader: loaderSize, budget: BUDGET }, null, 2)}\n`,
)
if (total.gzip > BUDGET.embed || loaderSize.gzip > BUDGET.loader) {
  console.error('over budget')
  process.exitCode = 1
}
