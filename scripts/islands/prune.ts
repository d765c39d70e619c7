/**
 * Deletes what only Next's client runtime read from an exported site: the RSC payloads beside each
 * page (`index.txt`, `__next.*.txt`) and the runtime's JavaScript under `_next/static/` (its CSS
 * and fonts stay). The island step has removed every reference to them from the pages.
 */
import { readdirSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'

/** True for the RSC payloads Next writes beside each page for its client router. */
export const isFlightFile = (name: string): boolean => name === 'index.txt' || /^__next\..+\.txt$/.test(name)

/** Every file under `dir`, depth first. */
export function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else yield path
  }
}

/** Deletes Next's runtime files under `out`; returns how many. */
export function pruneRuntimeFiles(out: string): number {
  const staticDir = join(out, '_next', 'static')
  let deleted = 0
  for (const file of [...files(out)]) {
    const runtime = file.startsWith(staticDir) && file.endsWith('.js')
    if (runtime || isFlightFile(basename(file))) {
      rmSync(file)
      deleted += 1
    }
  }
  return deleted
}
