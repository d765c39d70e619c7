/**
 * Writes the data files of lib/export/data-files.ts into a folder, kind after kind, as the
 * builders yield them: a few writes in flight, one file's text held at a time per write, so
 * memory stays bounded however many incidents there are. A path outside the folder, or one that
 * two files share, stops the build with an error naming the kind and the path. A share card is
 * turned into PNG by the card renderer (worker threads: the writes in flight keep every core
 * busy); a failed render stops the build with the kind and the path.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { type DataContext, type DataFile, type DataFileKind, isSafePath } from '../lib/export/files'
import type { CardData } from '../lib/share/card'
import type { IconFile } from '../lib/site/icons'

/** Turns what is not text into bytes: share cards into PNG, icons into PNG or ICO. */
export interface Renderers {
  card?: (card: CardData) => Promise<Uint8Array>
  icon?: (icon: IconFile) => Promise<Uint8Array>
}

export interface KindReport {
  name: string
  files: number
  bytes: number
  ms: number
}

const IN_FLIGHT = 16

export async function writeDataFiles(
  kinds: readonly DataFileKind[],
  ctx: DataContext,
  outDir: string,
  renderers: Renderers = {},
): Promise<KindReport[]> {
  const owner = new Map<string, string>()
  const dirs = new Map<string, Promise<unknown>>()
  const reports: KindReport[] = []
  for (const kind of kinds) {
    const started = performance.now()
    const report: KindReport = { name: kind.name, files: 0, bytes: 0, ms: 0 }
    const pending = new Set<Promise<void>>()
    for (const file of kind.files(ctx)) {
      if (!isSafePath(file.path)) throw new Error(`data files (${kind.name}): unsafe path "${file.path}"`)
      const before = owner.get(file.path)
      if (before !== undefined) {
        throw new Error(`data files (${kind.name}): ${file.path} is also written by the kind "${before}"`)
      }
      owner.set(file.path, kind.name)
      const target = join(outDir, file.path)
      const dir = dirname(target)
      const made = dirs.get(dir) ?? mkdir(dir, { recursive: true })
      dirs.set(dir, made)
      report.files += 1
      const write = made.then(async () => {
        const bytes = await render(file, renderers, kind.name)
        report.bytes += typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength
        await writeFile(target, bytes)
      })
      const tracked = write.finally(() => pending.delete(tracked))
      pending.add(tracked)
      if (pending.size >= IN_FLIGHT) await Promise.race(pending)
    }
    await Promise.all(pending)
    report.ms = performance.now() - started
    reports.push(report)
  }
  return reports
}

async function render(file: DataFile, renderers: Renderers, kind: string): Promise<string | Uint8Array> {
  if ('content' in file) return file.content
  const { card, icon } = renderers
  const missing = (what: string) => new Error(`data files (${kind}): no ${what} renderer for ${file.path}`)
  const run = 'card' in file ? (card ? () => card(file.card) : undefined) : icon ? () => icon(file.icon) : undefined
  if (!run) throw missing('card' in file ? 'card' : 'icon')
  try {
    return await run()
  } catch (error) {
    throw new Error(`data files (${kind}): ${file.path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
