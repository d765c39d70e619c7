/** The files of the search index, shared by the builder and the engine. Pure types and paths. */
import type { Localized } from '../i18n/lang'
import type { DocType } from './documents'
import type { EncodedPostings } from './postings'
import { hashKey } from './text'

export const INDEX_VERSION = 2

/** Loaded once, on the first query: facets of every record and the layout of the other files. */
export interface IndexMeta {
  version: number
  /** Number of records. */
  count: number
  /** Number of posting shards: a key lives in shard `hashKey(key) % shards`. */
  shards: number
  types: readonly DocType[]
  factorIds: string[]
  /** Per record, by number: index into `types`. */
  type: number[]
  /** Per record: year, or 0. */
  year: number[]
  /** Per record: length of the title in characters, per language (closer title matches rank higher). */
  titleLength: { ko: number[]; en: number[] }
  /** Per record: indexes into `factorIds`. */
  factors: number[][]
  /** Keys whose postings are too long to share a shard: each is the file `keyPath(key)`. */
  heavy: string[]
  /** Vocabulary chunk keys (see fuzzy.ts `chunkKey`); chunk `i` is the file `vocabPath(i)`: its words, the most widespread first. */
  vocab: string[]
}

/** One posting shard: key → its postings (see postings.ts). */
export type Shard = Record<string, EncodedPostings>

/** What a result shows, fetched for the records on screen only, one file per language. */
export interface Fragment {
  id: string
  type: DocType
  title: Localized
  url: Localized
  date?: string
  aliases: string[]
  /** Summary then body in the file's language, cut to `FRAGMENT_TEXT_CHARS`. */
  text: string
}

/** Characters of text kept in a fragment: enough for the passage of most matches. */
export const FRAGMENT_TEXT_CHARS = 1000

export const META_PATH = 'meta.json'
export const shardPath = (n: number) => `i/${n}.json`
export const keyPath = (key: string) => `k/${hashKey(key).toString(36)}.json`
export const fragmentPath = (n: number, lang: 'ko' | 'en') => `f/${lang}/${n}.json`
export const vocabPath = (n: number) => `v/${n}.json`

/** Reads a file of the index: from disk (CLI, bench) or over HTTP (the browser). */
export type IndexLoader = (path: string) => Promise<string>
