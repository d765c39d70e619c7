/**
 * Which keys of a kind the index holds, as a Bloom filter in meta.json: a query can tell from
 * the entry files alone that a key is certainly absent (and so never fetches its shard), at the
 * price of a key now and then wrongly thought present. Used for the keys of loose matching
 * (syllable pairs, Latin trigrams), which a typo in a word's first letter falls back on. Pure.
 */
import { hashKey } from './format'
import { fromBase64, toBase64 } from './postings'

/** Bits per key and hashes per key: about 2% of absent keys pass for present. */
const BITS_PER_KEY = 8
const HASHES = 5

/** The key kinds the filter covers: those of `looseKeys` (text.ts). */
export const FILTERED_KINDS = ['b:', 't:'] as const
export const isFiltered = (key: string) => FILTERED_KINDS.some((k) => key.startsWith(k))

/** The filter as meta.json holds it: its bits (base64) and their number. */
export interface KeyFilterData {
  bits: string
  size: number
}

/** The positions of a key's bits (double hashing: h1 + i·h2). */
function positions(key: string, size: number): number[] {
  const h1 = hashKey(key)
  const h2 = hashKey(`${key}\u0001`) | 1
  return Array.from({ length: HASHES }, (_, i) => (h1 + Math.imul(i, h2)) >>> 0).map((h) => h % size)
}

export function buildKeyFilter(keys: Iterable<string>): KeyFilterData {
  const list = [...keys].filter(isFiltered)
  const size = Math.max(64, Math.ceil((list.length * BITS_PER_KEY) / 8) * 8)
  const bytes = new Uint8Array(size / 8)
  for (const key of list) for (const p of positions(key, size)) bytes[p >> 3] = (bytes[p >> 3] ?? 0) | (1 << (p & 7))
  return { bits: toBase64(bytes), size }
}

export class KeyFilter {
  private readonly bytes: Uint8Array
  constructor(private readonly data: KeyFilterData) {
    this.bytes = fromBase64(data.bits)
  }
  /**
   * Whether the index certainly lacks a word's key (b:, s:, w:, p:): a record holding a Hangul
   * piece holds each of its syllable pairs, and one holding a Latin word or prefix each of its
   * trigrams, so one pair or trigram certainly absent rules the key out (no file is fetched for it).
   */
  lacks(key: string): boolean {
    const kind = key.slice(0, 2)
    const chars = Array.from(key.slice(2))
    if (kind === 'b:' || kind === 's:')
      return chars.some((c, i) => i + 1 < chars.length && !this.mayHave(`b:${c}${chars[i + 1]}`))
    if (kind === 'w:' || kind === 'p:')
      return chars.some((_, i) => i + 2 < chars.length && !this.mayHave(`t:${chars.slice(i, i + 3).join('')}`))
    return false
  }

  /** False when the index certainly does not hold the key; true when it may (or the key is of a kind not covered). */
  mayHave(key: string): boolean {
    if (!isFiltered(key)) return true
    const size = this.data.size
    if (size <= 0 || this.bytes.length * 8 < size) return true
    return positions(key, size).every((p) => ((this.bytes[p >> 3] ?? 0) & (1 << (p & 7))) !== 0)
  }
}
