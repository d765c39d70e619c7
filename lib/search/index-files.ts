/**
 * Reading the index files without trusting them: each parser checks the shape of what it is given
 * and returns a well-typed value (or throws, for meta.json, whose shape everything depends on).
 * Pure: text in, values out.
 */
import type { Localized } from '../i18n/lang'
import { DOC_TYPES, type DocType } from './documents'
import { type DisplayRow, readRow, ROWS_ENTRY } from './display'
import { type Fragment, type IndexMeta, INDEX_VERSION, type Shard } from './format'
import { VocabularyChunk } from './fuzzy'
import { isEncodedPostings } from './postings'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number')
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const isText = (v: unknown): v is Localized => isRecord(v) && typeof v.ko === 'string' && typeof v.en === 'string'
const isDocType = (v: unknown): v is DocType => DOC_TYPES.some((t) => t === v)

export function parseMeta(raw: string): IndexMeta {
  const v: unknown = JSON.parse(raw)
  if (
    !isRecord(v) ||
    v.version !== INDEX_VERSION ||
    typeof v.count !== 'number' ||
    typeof v.shards !== 'number' ||
    !isNumbers(v.typeStarts) ||
    v.typeStarts.length !== DOC_TYPES.length ||
    !isText(v.titleLength) ||
    !isStrings(v.vocab) ||
    !isNumbers(v.vocabBytes) ||
    !Array.isArray(v.thesaurus) ||
    !isRecord(v.keyFilter) ||
    typeof v.keyFilter.bits !== 'string' ||
    typeof v.keyFilter.size !== 'number'
  ) {
    throw new Error('search index: meta.json is not an index of this version')
  }
  return {
    version: INDEX_VERSION,
    count: v.count,
    shards: v.shards,
    typeStarts: v.typeStarts,
    titleLength: { ko: v.titleLength.ko, en: v.titleLength.en },
    vocab: v.vocab,
    vocabBytes: v.vocabBytes,
    thesaurus: v.thesaurus.filter(isStrings),
    keyFilter: { bits: v.keyFilter.bits, size: v.keyFilter.size },
  }
}

/** A posting shard: its keys' postings, and the display rows it carries by record number. */
export function parseShard(raw: string): { postings: Shard; rows: Map<number, DisplayRow> } {
  const v: unknown = JSON.parse(raw)
  const postings: Shard = {}
  const rows = new Map<number, DisplayRow>()
  if (!isRecord(v)) return { postings, rows }
  for (const [key, list] of Object.entries(v)) if (isEncodedPostings(list)) postings[key] = list
  const held = v[ROWS_ENTRY]
  if (isRecord(held))
    for (const [n, stored] of Object.entries(held)) {
      const row = readRow(stored)
      if (row && /^\d+$/.test(n)) rows.set(Number(n), row)
    }
  return { postings, rows }
}

export function parseVocabulary(raw: string): VocabularyChunk {
  const v: unknown = JSON.parse(raw)
  return new VocabularyChunk(isStrings(v) ? v : [])
}

export function parseFragment(raw: string): Fragment | undefined {
  const v: unknown = JSON.parse(raw)
  if (
    !isRecord(v) ||
    typeof v.id !== 'string' ||
    !isDocType(v.type) ||
    !isText(v.title) ||
    !isText(v.url) ||
    !isText(v.text) ||
    !isStrings(v.aliases)
  )
    return undefined
  return {
    id: v.id,
    type: v.type,
    title: v.title,
    url: v.url,
    aliases: v.aliases,
    text: { ko: v.text.ko, en: v.text.en },
    ...(typeof v.date === 'string' ? { date: v.date } : {}),
  }
}
