/**
 * `npm run bench`: what a reader's browser downloads for the main page types of the built site
 * (out/), by kind, raw and gzipped, plus the size of out/. Needs `npm run build` first.
 * Prints a table and writes bench/results/site-weight.json.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { startStaticServer } from '../scripts/static-server'

const PAGES = [
  '/',
  '/incidents/2022-10-15-pangyo-datacenter-fire/',
  '/en/incidents/2022-10-15-pangyo-datacenter-fire/',
  '/timeline/',
  '/analysis/',
  '/sources/seed-000/',
]

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

const kindOf = (url: string, type: string) =>
  url.endsWith('.woff2')
    ? 'font'
    : type.includes('javascript')
      ? 'js'
      : type.includes('css')
        ? 'css'
        : type.includes('html')
          ? 'html'
          : 'other'

const { server, port } = await startStaticServer('out', 0)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const results = []
for (const path of PAGES) {
  const page = await browser.newPage()
  const bodies: Array<Promise<{ kind: string; raw: number; gzip: number }>> = []
  page.on('response', (r) => {
    bodies.push(
      r
        .body()
        .then((b) => ({
          kind: kindOf(r.url(), r.headers()['content-type'] ?? ''),
          raw: b.length,
          gzip: gzipSync(b).length,
        }))
        .catch(() => ({ kind: 'other', raw: 0, gzip: 0 })),
    )
  })
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' })
  const all = await Promise.all(bodies)
  const byKind: Record<string, { raw: number; gzip: number }> = {}
  for (const b of all) {
    const k = byKind[b.kind] ?? { raw: 0, gzip: 0 }
    k.raw += b.raw
    k.gzip += b.gzip
    byKind[b.kind] = k
  }
  const total = all.reduce((s, b) => ({ raw: s.raw + b.raw, gzip: s.gzip + b.gzip }), { raw: 0, gzip: 0 })
  results.push({ path, requests: all.length, total, byKind })
  await page.close()
}
await browser.close()
server.close()

const site = dirSize('out')
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
console.log('page | requests | total raw | total gzip | html gz | js gz | css gz | fonts')
for (const r of results) {
  console.log(
    [
      r.path,
      r.requests,
      kb(r.total.raw),
      kb(r.total.gzip),
      kb(r.byKind.html?.gzip ?? 0),
      kb(r.byKind.js?.gzip ?? 0),
      kb(r.byKind.css?.gzip ?? 0),
      kb(r.byKind.font?.raw ?? 0),
    ].join(' | '),
  )
}
console.log(`out/: ${site.files} files, ${(site.bytes / 1024 / 1024).toFixed(1)} MB`)
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/site-weight.json', `${JSON.stringify({ pages: results, out: site }, null, 2)}\n`)
