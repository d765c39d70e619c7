/**
 * `npx tsx --tsconfig tsconfig.scripts.json bench/islands-rewrite.ts <folder> [--limit N]`: the
 * island step's page rewrite (lib/islands/rewrite.ts) alone, on one thread, over the HTML pages of
 * a folder as `next build` wrote them (copy out/ before `npm run islands:build`, or keep a
 * `bench:build -- --keep` folder and rerun `next build` there). Nothing is written. Prints the CPU
 * milliseconds a page (mean, median, p95, largest page) and the pages' mean size. Every
 * `components/<feature>/<name>.island.ts` stands for an island with one chunk to preload.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { type IslandAsset, rewritePage } from '../lib/islands/rewrite'
import { files } from '../scripts/islands/prune'

const folder = process.argv[2]
if (!folder) throw new Error('usage: bench/islands-rewrite.ts <folder of built pages> [--limit N]')
const at = process.argv.indexOf('--limit')
const limit = at === -1 ? Number.POSITIVE_INFINITY : Number(process.argv[at + 1])

const assets = new Map<string, IslandAsset>(
  [...files('components')]
    .filter((f) => f.endsWith('.island.ts'))
    .map((f) => {
      const name = basename(f, '.island.ts')
      return [name, { script: `/_islands/${name}-BENCH.js`, preload: ['/_islands/chunk-BENCH.js'] }]
    }),
)
const pages = [...files(folder)]
  .filter((f) => f.endsWith('.html'))
  .sort()
  .slice(0, limit)

// Warm up the JIT on a few pages, then time each page (read one at a time: the reading is not timed).
for (const file of pages.slice(0, 50)) rewritePage(readFileSync(file, 'utf8'), assets)
const ms: number[] = []
let bytes = 0
for (const file of pages) {
  const html = readFileSync(file, 'utf8')
  const t = process.cpuUsage()
  rewritePage(html, assets)
  const d = process.cpuUsage(t)
  ms.push((d.user + d.system) / 1000)
  bytes += html.length
}
ms.sort((a, b) => a - b)
const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? 0
const total = ms.reduce((s, x) => s + x, 0)
console.log(
  `${pages.length} pages, mean ${(bytes / pages.length / 1024).toFixed(1)} KiB (UTF-16 units): ` +
    `${(total / pages.length).toFixed(2)} ms CPU a page (median ${q(0.5).toFixed(2)}, p95 ${q(0.95).toFixed(2)}, ` +
    `max ${q(1).toFixed(2)}), ${(total / 1000).toFixed(1)} s in all`,
)
