/**
 * A worker thread of the island step's page rewrite (scripts/islands/rewrite-pool.ts): sent a
 * batch of page files, it rewrites each in place (lib/islands/rewrite.ts) and answers with what
 * it did; a page it cannot rewrite is reported with the reason, not thrown.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { type IslandAsset, RewriteError, rewritePage } from '../../lib/islands/rewrite'
import type { BatchResult, PoolSetup } from './rewrite-pool'

const setup: PoolSetup = workerData
const assets = new Map<string, IslandAsset>(setup.assets)

function rewrite(files: readonly string[]): BatchResult {
  const result: BatchResult = { pages: 0, removed: 0, used: [], problems: [] }
  const used = new Map<string, number>()
  for (const file of files) {
    const html = readFileSync(file, 'utf8')
    try {
      const page = rewritePage(html, assets, { basePath: setup.basePath })
      result.pages += 1
      result.removed += page.removed
      for (const name of page.islands) used.set(name, (used.get(name) ?? 0) + 1)
      if (page.html !== html) writeFileSync(file, page.html)
    } catch (e) {
      if (!(e instanceof RewriteError)) throw e
      result.problems.push(`${file}: ${e.message}`)
    }
  }
  result.used = [...used]
  return result
}

parentPort?.on('message', (files: string[]) => parentPort?.postMessage(rewrite(files)))
