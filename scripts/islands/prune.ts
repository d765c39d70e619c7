/**
 * Deletes what only Next's client runtime read from an exported site: the RSC payloads beside each
 * page (`index.txt`, `__next.*.txt`) and the runtime's JavaScript under `_next/static/` (its CSS
 * and fonts stay). The island step has removed every reference to them from the pages.
 */
import { readdirSync } from 'node:fs'
import { readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'

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

/** Folders read and files deleted at once: the work waits on the disk more than on the CPU. */
const AT_ONCE = 16

/** Deletes Next's runtime files under `out`, a level of folders at a time; returns how many. */
export async function pruneRuntimeFiles(out: string): Promise<number> {
  const staticDir = join(out, '_next', 'static')
  let deleted = 0
  for (let level = [out]; level.length > 0; ) {
    const next: string[] = []
    let i = 0
    const worker = async () => {
      for (let dir = level[i++]; dir !== undefined; dir = level[i++]) {
        for (const entry of await readdir(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name)
          if (entry.isDirectory()) next.push(path)
          else if ((path.startsWith(staticDir) && path.endsWith('.js')) || isFlightFile(entry.name)) {
            await unlink(path)
            deleted += 1
          }
        }
      }
    }
    await Promise.all(Array.from({ length: AT_ONCE }, worker))
    level = next
  }
  return deleted
}
