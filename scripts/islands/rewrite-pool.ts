/**
 * Rewrites the pages of out/ on every core: worker threads (rewrite-worker.ts) take batches of
 * files from one queue until it is empty. Each page is read, rewritten and written by one worker;
 * the result is the same as rewriting them one after another. A worker that fails stops the step.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { IslandAsset } from '../../lib/islands/rewrite'

export interface PoolSetup {
  assets: Array<[string, IslandAsset]>
  basePath: string
}

export interface BatchResult {
  pages: number
  removed: number
  /** Island name → pages that use it. */
  used: Array<[string, number]>
  /** "file: reason" for each page that could not be rewritten. */
  problems: string[]
}

/** Small enough that the workers finish together, large enough that messages cost nothing. */
const BATCH = 64

export async function rewritePages(
  files: readonly string[],
  setup: PoolSetup,
  size = availableParallelism(),
): Promise<BatchResult> {
  const total: BatchResult = { pages: 0, removed: 0, used: [], problems: [] }
  const used = new Map<string, number>()
  let next = 0
  const take = () => {
    const batch = files.slice(next, next + BATCH)
    next += batch.length
    return batch
  }
  const workers = Math.max(1, Math.min(size, Math.ceil(files.length / BATCH)))
  const run = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: setup })
      const send = () => {
        const batch = take()
        if (batch.length > 0) worker.postMessage(batch)
        else worker.terminate().then(() => done(), fail)
      }
      worker.on('message', (r: BatchResult) => {
        total.pages += r.pages
        total.removed += r.removed
        total.problems.push(...r.problems)
        for (const [name, n] of r.used) used.set(name, (used.get(name) ?? 0) + n)
        send()
      })
      worker.on('error', fail)
      worker.on('online', send)
    })
  await Promise.all(Array.from({ length: workers }, run))
  total.used = [...used]
  return total
}
