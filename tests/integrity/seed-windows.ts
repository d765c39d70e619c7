import { readFileSync } from 'node:fs'
import { OWN_WORDS_WINDOW, type SeedWindows } from '@/lib/validate/overlap'

const FILE = 'tests/integrity/seed-windows.json'

/** Reads the committed window hashes of the seed articles (made by `npm run seeds:hash`). */
export function readSeedWindows(): SeedWindows {
  const raw: unknown = JSON.parse(readFileSync(new URL('./seed-windows.json', import.meta.url), 'utf8'))
  if (typeof raw !== 'object' || raw === null || !('seeds' in raw) || !('window' in raw)) {
    throw new Error(`${FILE}: not a seed-window file; run \`npm run seeds:hash\``)
  }
  const { seeds, window } = raw
  if (window !== OWN_WORDS_WINDOW || typeof seeds !== 'object' || seeds === null) {
    throw new Error(`${FILE}: window must be ${OWN_WORDS_WINDOW}; run \`npm run seeds:hash\``)
  }
  const entries = Object.entries(seeds).map(([name, hashes]): [string, string[]] => {
    if (!Array.isArray(hashes) || !hashes.every((h): h is string => typeof h === 'string')) {
      throw new Error(`${FILE}: seeds.${name} must be a list of hashes`)
    }
    return [name, hashes]
  })
  return { window, hash: 'cyrb53-base36', seeds: Object.fromEntries(entries) }
}
