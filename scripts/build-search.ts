/** Writes the search index of the real content into out/search-index/ (run after `next build`). */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { OUT_SEARCH, realIndexFiles } from './search-index'

const started = performance.now()
const files = realIndexFiles()
await rm(OUT_SEARCH, { recursive: true, force: true })
let bytes = 0
for (const [path, body] of files) {
  const target = resolve(OUT_SEARCH, path)
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, body)
  bytes += Buffer.byteLength(body)
}
console.log(
  `search index: ${files.size} files, ${(bytes / 1024).toFixed(0)} KiB in out/search-index/ (${(performance.now() - started).toFixed(0)} ms)`,
)
