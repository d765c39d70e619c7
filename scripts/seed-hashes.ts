/**
 * `npm run seeds:hash`: writes tests/integrity/seed-windows.json, the hashes of every 20-character
 * window (whitespace removed) of each seed article in ../shared/seeds. The repository keeps only
 * these hashes, never the articles' text, so the own-words test runs on any clone. Run it again
 * when the seed articles change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { OWN_WORDS_WINDOW, type SeedWindows, windowHashes } from '../lib/validate/overlap'

const root = resolve(import.meta.dirname, '..')
const seedsDir = resolve(root, '../shared/seeds')
if (!existsSync(seedsDir)) {
  console.error(`No seed articles at ${seedsDir}: nothing to hash (the committed hashes stay as they are).`)
  process.exit(1)
}
const files = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const out: SeedWindows = {
  window: OWN_WORDS_WINDOW,
  hash: 'cyrb53-base36',
  seeds: Object.fromEntries(
    files.map((f) => [f, [...new Set(windowHashes(readFileSync(resolve(seedsDir, f), 'utf8'), OWN_WORDS_WINDOW))]]),
  ),
}
const target = resolve(root, 'tests/integrity/seed-windows.json')
writeFileSync(target, `${JSON.stringify(out)}\n`)
console.log(`${files.length} seed articles → ${target}`)
