/**
 * `BENCH_PROFILE=file` for the search benches: a CPU profile of the bench page's main thread over
 * the queries (sampled every 0.1 ms; the engine's code is bundled unminified then, so that the
 * profile names its functions). Open the file in Chromium's DevTools (Performance panel).
 */
import { writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

/** Starts profiling when BENCH_PROFILE names a file; the returned function stops and writes it. */
export async function profileQueries(page: Page): Promise<() => Promise<void>> {
  const file = process.env.BENCH_PROFILE
  if (!file) return async () => {}
  const session = await page.context().newCDPSession(page)
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: 100 })
  await session.send('Profiler.start')
  return async () => {
    const { profile } = await session.send('Profiler.stop')
    writeFileSync(file, JSON.stringify(profile))
  }
}
