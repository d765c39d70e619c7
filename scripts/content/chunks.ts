/**
 * Splitting the content folder for contentlayer2 (issue #16): one contentlayer2 process holds every
 * document it builds, with its effect runtime's bookkeeping, until it writes them (about 200 KB of
 * heap a document; 10,000 incidents, 20,000 documents, ran out of the 4 GB heap). So a large
 * content folder is built in chunks, each in its own process over a folder of links to its files:
 * every incident with its English analysis in exactly one chunk, in the order of their file names,
 * and every other record (sources, entities, factors, policies, thesaurus) in the first chunk.
 * Contentlayer2 sees the same relative paths, so its documents and its errors are the same.
 */
import { existsSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

/** An incident's Markdown or its English analysis: `…/incidents/<name>.md` or `…/incidents/en/<name>.md`. */
const INCIDENT_FILE = /^((?:.*\/)?incidents)\/(?:en\/)?([^/]+\.md)$/

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(path, root)
    return entry.isFile() ? [relative(root, path)] : []
  })
}

/**
 * The files of each chunk, relative to the content folder: incidents grouped by their file name
 * (the Korean record and its English twin together), at most `perChunk` of them a chunk, spread
 * evenly; the other records in the first chunk.
 */
export function planChunks(files: readonly string[], perChunk: number): string[][] {
  const groups = new Map<string, string[]>()
  const others: string[] = []
  for (const file of files) {
    const m = INCIDENT_FILE.exec(file.split('\\').join('/'))
    if (!m) {
      others.push(file)
      continue
    }
    const key = `${m[1]}/${m[2]}`
    groups.set(key, [...(groups.get(key) ?? []), file])
  }
  const keys = [...groups.keys()].sort()
  const count = Math.max(1, Math.ceil(keys.length / Math.max(1, perChunk)))
  const chunks = Array.from({ length: count }, (_, i) => {
    const from = Math.floor((i * keys.length) / count)
    const to = Math.floor(((i + 1) * keys.length) / count)
    return keys.slice(from, to).flatMap((key) => groups.get(key) ?? [])
  })
  chunks[0]?.push(...others)
  return chunks
}

/** How many incidents the content folder holds, and each chunk's files. */
export function contentChunks(contentDir: string, perChunk: number): string[][] {
  return planChunks(listFiles(contentDir).sort(), perChunk)
}

/**
 * `<chunkDir>/content/<file>` → the content folder's file, for exactly `files`: links already there
 * and right are kept, the others removed, the missing ones made. A chunk's links are kept between
 * builds (scripts/content.ts leaves them in place): on this machine's ext4 without a journal,
 * files created right after many are deleted cost far more system time
 * (scripts/prune-runtime.ts), and 20,000 links deleted at the end of the content stage at
 * 10,000 incidents came just before `next build` creates hundreds of thousands of files.
 */
export function linkChunk(contentDir: string, chunkDir: string, files: readonly string[]): string {
  const linked = join(chunkDir, 'content')
  const wanted = new Map(files.map((file) => [join(linked, file), join(contentDir, file)]))
  const prune = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) prune(path)
      else if (!entry.isSymbolicLink() || readlinkSync(path) !== wanted.get(path)) rmSync(path)
      else wanted.delete(path)
    }
  }
  if (existsSync(linked)) prune(linked)
  for (const [to, from] of wanted) {
    mkdirSync(dirname(to), { recursive: true })
    symlinkSync(from, to)
  }
  return linked
}
