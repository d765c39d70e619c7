/**
 * How a key's postings are stored: per field class (title, alias, summary, body), the records
 * holding the key either as a delta-coded list of record numbers or, when that is longer, as a
 * base64 bitmap over record numbers. A common key (one in most records) is thus a bitmap of a
 * bit per record instead of a number per record. Pure: no I/O.
 */
import type { FieldClass } from './text'

/** Per field class 0..3: delta-coded record numbers, or a base64 bitmap of them. */
export type EncodedPostings = Array<number[] | string>

/** A decoded posting is `record * 4 + class`: the record is `p >>> POSTING_CLASS_BITS`, the class `p & POSTING_CLASS_MASK`. */
export const POSTING_CLASS_BITS = 2
export const POSTING_CLASS_MASK = 3

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** Each base64 character's value by its code (0 for any other character). */
const VALUE = new Uint8Array(128)
for (let i = 0; i < ALPHABET.length; i += 1) VALUE[ALPHABET.charCodeAt(i)] = i

export function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0,
      b = bytes[i + 1] ?? 0,
      c = bytes[i + 2] ?? 0
    const chunk = (a << 16) | (b << 8) | c
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k += 1) out += ALPHABET[(chunk >> (18 - 6 * k)) & 63] ?? ''
  }
  return out
}

export function fromBase64(text: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8))
  let bits = 0,
    acc = 0,
    at = 0
  for (let i = 0; i < text.length; i += 1) {
    acc = ((acc << 6) | (VALUE[text.charCodeAt(i) & 127] ?? 0)) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (acc >> bits) & 255
    }
  }
  return bytes
}

/** Encodes (record, class) pairs, records ascending within each class. */
export function encodePostings(pairs: ReadonlyArray<readonly [number, FieldClass]>): EncodedPostings {
  return encodePacked(pairs.map(([n, cls]) => n * 4 + cls))
}

/** Encodes `record * 4 + class` values, records ascending within each class. */
export function encodePacked(values: readonly number[]): EncodedPostings {
  const byClass: number[][] = [[], [], [], []]
  for (const v of values) byClass[v & POSTING_CLASS_MASK]?.push(v >>> POSTING_CLASS_BITS)
  const out: EncodedPostings = byClass.map((docs) => {
    const deltas = docs.map((n, i) => n - (docs[i - 1] ?? 0))
    const last = docs[docs.length - 1]
    if (last === undefined) return []
    const bitmapChars = Math.ceil(((last + 1) / 8) * (4 / 3))
    if (JSON.stringify(deltas).length <= bitmapChars + 2) return deltas
    const bytes = new Uint8Array(Math.floor(last / 8) + 1)
    for (const n of docs) bytes[n >> 3] = (bytes[n >> 3] ?? 0) | (1 << (n & 7))
    return toBase64(bytes)
  })
  while (out.length > 0 && Array.isArray(out[out.length - 1]) && (out[out.length - 1]?.length ?? 0) === 0) out.pop()
  return out
}

/** Decodes to `record * 4 + class` values (each record once), ignoring records at or past `count`. */
export function decodePostings(encoded: EncodedPostings, count: number): Uint32Array {
  const parts = encoded.slice(0, 4).map((part) => (typeof part === 'string' ? fromBase64(part) : part))
  let size = 0
  for (const part of parts) {
    if (Array.isArray(part)) size += part.length
    else for (const byte of part) for (let b = byte; b !== 0; b &= b - 1) size += 1
  }
  const out = new Uint32Array(size)
  let at = 0
  parts.forEach((part, cls) => {
    if (Array.isArray(part)) {
      let n = 0
      for (const d of part) {
        n += d
        if (n >= count) break
        out[at++] = n * 4 + cls
      }
      return
    }
    for (let i = 0; i < part.length; i += 1) {
      // Only the set bits: lowest first, each cleared in turn.
      for (let byte = part[i] ?? 0; byte !== 0; byte &= byte - 1) {
        const n = i * 8 + (31 - Math.clz32(byte & -byte))
        if (n < count) out[at++] = n * 4 + cls
      }
    }
  })
  return at === size ? out : out.subarray(0, at)
}

export const isEncodedPostings = (v: unknown): v is EncodedPostings =>
  Array.isArray(v) &&
  v.length <= 4 &&
  v.every(
    (p) =>
      typeof p === 'string' ||
      (Array.isArray(p) && p.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0)),
  )
