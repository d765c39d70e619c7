/**
 * Finds passages a text shares word for word with a reference text (whitespace ignored), to
 * catch sentences copied from a source instead of written in our own words.
 *
 * References are held as hashes of every window of `minLength` characters, never as text, so a
 * repository can carry what it needs to compare against articles it may not redistribute
 * (`tests/integrity/seed-windows.json`, made by `npm run seeds:hash`).
 */

/** The run length the own-words check compares: no record may share this many characters with a seed. */
export const OWN_WORDS_WINDOW = 20

/** The committed reference file: per article, the hashes of every window (`windowHashes`). */
export interface SeedWindows {
  window: number
  hash: 'cyrb53-base36'
  seeds: Record<string, string[]>
}

const squash = (s: string) => s.replace(/\s+/g, '')

/** cyrb53: a fast 53-bit string hash (public domain), written in base 36. Pure, no Node APIs. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/** The hash of every window of `minLength` characters of a text, whitespace removed. */
export function windowHashes(text: string, minLength: number): string[] {
  const t = squash(text)
  const out: string[] = []
  for (let i = 0; i + minLength <= t.length; i++) out.push(hash53(t.slice(i, i + minLength)))
  return out
}

/** A finder over references given as window hashes: name → hashes. */
export function hashedOverlapFinder(references: ReadonlyMap<string, readonly string[]>, minLength: number) {
  const grams = new Map<string, string>()
  for (const [name, hashes] of references) for (const h of hashes) grams.set(h, name)
  const at = (t: string, i: number) => grams.get(hash53(t.slice(i, i + minLength)))
  return (text: string): Array<{ reference: string; passage: string }> => {
    const t = squash(text)
    const found: Array<{ reference: string; passage: string }> = []
    let i = 0
    while (i + minLength <= t.length) {
      const reference = at(t, i)
      if (reference === undefined) {
        i++
        continue
      }
      let j = i + 1
      while (j + minLength <= t.length && at(t, j) !== undefined) j++
      found.push({ reference, passage: t.slice(i, j + minLength - 1) })
      i = j + minLength - 1
    }
    return found
  }
}

/** A finder over references given as text: name → text. */
export function overlapFinder(references: ReadonlyMap<string, string>, minLength: number) {
  const hashed = new Map([...references].map(([name, ref]) => [name, windowHashes(ref, minLength)] as const))
  return hashedOverlapFinder(hashed, minLength)
}

/** Every string in a record, for checks over all its text, leaving out the named keys. */
export function textsOf(value: unknown, skip: ReadonlySet<string>): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v, skip))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => (skip.has(k) ? [] : textsOf(v, skip)))
  }
  return []
}
