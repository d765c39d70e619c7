/**
 * The generated barrel (`.contentlayer/generated/index.mjs`) rewritten to read each collection's
 * `_index.json` when it loads, instead of importing it as a JSON module. Same exports, same
 * documents. Why (measured on 2,000 generated incidents, 16 MB of incidents): tsx turns an imported
 * JSON file into a JavaScript module first, so loading the collections in a script (`check`, the
 * data files, the search index) took 524 MiB and 1.4 s of CPU, against 123 MiB and 0.1 s read and
 * parsed directly; and Next bundled every document into one server chunk (27 MB, with a 71 MB
 * source map, at 3,000 incidents) that each page-generation worker parses as JavaScript. The path
 * is absolute: Next runs the module from its own chunk folder. Development (`contentlayer2 dev`)
 * keeps contentlayer2's own barrel.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const JSON_IMPORT = /^import (\w+) from '\.\/(\w+)\/_index\.json' with \{ type: 'json' \}$/

export function readCollectionsAtRuntime(generated: string): void {
  const path = join(generated, 'index.mjs')
  let found = 0
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => !/^\/\/ (NOTE During development|During \(production\))/.test(line))
    .map((line) => {
      const m = JSON_IMPORT.exec(line)
      if (!m?.[1] || !m[2]) return line
      found += 1
      const file = JSON.stringify(join(generated, m[2], '_index.json'))
      return `const ${m[1]} = JSON.parse(readFileSync(${file}, 'utf8'))`
    })
  if (found === 0) throw new Error(`${path}: no collection imports to rewrite (has contentlayer2 changed its output?)`)
  const at = lines.findIndex((line) => line.startsWith('export { isType }'))
  lines.splice(
    at + 1,
    0,
    '',
    '// Rewritten by scripts/content/runtime-index.ts: each collection is read when this module loads.',
    "import { readFileSync } from 'node:fs'",
  )
  writeFileSync(path, lines.join('\n'))
}
