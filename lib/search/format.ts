/** The files of the search index, shared by the builder and the engine. Pure types and paths. */
import type { DocType, Text } from './documents'

export const INDEX_VERSION = 1

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
}

/** One posting shard: key → postings, each `docDelta * 4 + fieldClass`, records ascending. */
export type Shard = Record<string, number[]>

/** What a result shows, fetched for the records on screen only. */
export interface Fragment {
  id: string
  type: DocType
  title: Text
  url: Text
  date?: string
  aliases: string[]
  /** Summary then body, cut to a few thousand characters per language. */
  text: Text
}

export const META_PATH = 'meta.json'
export const shardPath = (n: number) => `i/${n}.json`
export const fragmentPath = (n: number) => `f/${n}.json`

/** Reads a file of the index: from disk (CLI, bench) or over HTTP (the browser). */
export type IndexLoader = (path: string) => Promise<string>
