/** The files of the search index, shared by the builder and the engine. Pure types and paths. */
import type { Localized } from '../i18n/lang'
import type { DocType } from './documents'
import type { KeyFilterData } from './key-filter'
import type { EncodedPostings } from './postings'

export const INDEX_VERSION = 6

/** Loaded once, when search is first opened: the layout of the other files and what every query needs. */
export interface IndexMeta {
  version: number
  /** Number of records. */
  count: number
  /** Number of posting shards: a key lives in shard `hashKey(key) % shards`. */
  shards: number
  /** Records are numbered by type: records of `DOC_TYPES[i]` start at `typeStarts[i]`. */
  typeStarts: number[]
  /** Per record, one character (see `lengthCode`): its title's length per language, by bucket (closer title matches rank higher). */
  titleLength: { ko: string; en: string }
  /** Vocabulary chunk keys (see fuzzy.ts `chunkKey`); chunk `i` is the file `vocabPath(i)`: its words, the most widespread first. */
  vocab: string[]
  /** The size of each vocabulary chunk file in bytes: a small one is fetched with a query's postings, in case a word needs correcting. */
  vocabBytes: number[]
  /** The thesaurus (content/thesaurus/): groups of terms searched for one another. */
  thesaurus: string[][]
  /** Which syllable-pair and trigram keys exist (key-filter.ts): a loose match that cannot happen costs no request. */
  keyFilter: KeyFilterData
}

/** Title lengths by bucket: a title of up to LENGTH_BUCKETS[i] characters is code i ('0'–'7'). */
const LENGTH_BUCKETS = [3, 6, 10, 15, 22, 32, 48, 70]
/** A title length as one character, its bucket: enough to tell a title close to the query from a long one. */
export const lengthCode = (n: number): string => {
  const i = LENGTH_BUCKETS.findIndex((b) => n <= b)
  return String(i < 0 ? LENGTH_BUCKETS.length - 1 : i)
}
/** The length a bucket stands for (its upper bound). */
export const lengthOf = (code: string | undefined): number | undefined =>
  code === undefined ? undefined : LENGTH_BUCKETS[Number(code)]

/** Filter keys: the year of a record's own date, and each factor it is about. */
export const yearKey = (year: number) => `fy:${year}`
export const factorKey = (id: string) => `ff:${id}`

/** One posting shard: key → its postings (see postings.ts); its display rows (display.ts) are read apart. */
export type Shard = Record<string, EncodedPostings>

/** What a result shows, fetched for the records on screen only: one file per record, both languages. */
export interface Fragment {
  id: string
  type: DocType
  title: Localized
  url: Localized
  date?: string
  aliases: string[]
  /** Summary then body in each language, cut to `FRAGMENT_TEXT_CHARS` (a query in the other script matches the other's). */
  text: Localized
}

/** Characters of text kept in a fragment: enough for the passage of most matches. */
export const FRAGMENT_TEXT_CHARS = 1000

/**
 * The group of keys that share a shard: the keys of one thesaurus group (g:<group>:<term>), so a
 * word of the thesaurus costs one file with all its terms; the date keys of one year (y:2022,
 * ym:2022-10, ymd:2022-10-15), so a date query costs one file and later ones in that year none.
 */
export function shardGroup(key: string): string {
  if (key.startsWith('g:')) return key.slice(0, key.indexOf(':', 2) + 1)
  const year = /^(?:y|ym|ymd):(\d{4})/.exec(key)
  return year ? `y:${year[1]}` : key
}
/** The shard a key lives in (see `shardGroup`). */
export const shardOf = (key: string, shards: number): number => hashKey(shardGroup(key)) % shards
/** The key of a thesaurus term's records: those holding every word of term `i` of group `g`. */
export const termKey = (g: number, i: number) => `g:${g}:${i}`

export const META_PATH = 'meta.json'
export const shardPath = (n: number) => `i/${n}.json`
export const fragmentPath = (n: number) => `f/${n}.json`
export const vocabPath = (n: number) => `v/${n}.json`

/** Reads a file of the index: from disk (CLI, bench) or over HTTP (the browser). */
export type IndexLoader = (path: string) => Promise<string>

/** A stable 32-bit FNV-1a hash of a key: its shard is hash % shardCount. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
