/**
 * Builds the search index files from search documents. Pure: documents in, a map of
 * relative path → file contents out; the caller writes them (scripts/build-search.ts).
 *
 * Records are numbered by type (incidents, then events, entities, policies, factors, sources), so
 * a record's type is a range of numbers, and the records of one incident sit side by side.
 */
import { readNumbers, dateKeys, partsOf } from './dates'
import type { Collections } from '../content/types'
import { buildSearchDocs, DOC_TYPES, type SearchDoc } from './documents'
import { carriesRows, ROW_CHARS, ROWS_ENTRY, ROWS_PER_KEY, shardRecords, storeRow, wordStarts } from './display'
import {
  FRAGMENT_TEXT_CHARS,
  type Fragment,
  type IndexMeta,
  INDEX_VERSION,
  META_PATH,
  factorKey,
  fragmentPath,
  lengthCode,
  shardOf,
  shardPath,
  termKey,
  vocabPath,
  yearKey,
} from './format'
import { chunkKey, vocabularyWords } from './fuzzy'
import { buildKeyFilter } from './key-filter'
import { encodePacked, POSTING_CLASS_BITS, POSTING_CLASS_MASK } from './postings'
import { clean, type FieldClass, indexKeys, pairKeys, wordKeys, words } from './text'
import { type ThesaurusGroups, thesaurusGroups } from './thesaurus'

/** Average size of a posting shard (JSON characters) the builder aims for; shards are a power of two. */
const TARGET_SHARD_BYTES = 5000
const MAX_SHARDS = 1 << 20

/** The first FRAGMENT_TEXT_CHARS characters, never half a surrogate pair. */
const cut = (text: string) =>
  text.length <= FRAGMENT_TEXT_CHARS ? text : Array.from(text).slice(0, FRAGMENT_TEXT_CHARS).join('')

/** Every key of a record with the strongest field class it appears in. */
export function docKeys(doc: SearchDoc): Map<string, FieldClass> {
  const best = new Map<string, FieldClass>()
  const put = (key: string, cls: FieldClass) => {
    const had = best.get(key)
    if (had === undefined || cls < had) best.set(key, cls)
  }
  const add = (raw: string, cls: FieldClass) => {
    const text = clean(raw)
    const keys = indexKeys(text, cls, true)
    pairKeys(text, keys, true)
    for (const r of readNumbers(text)) for (const k of r.kind === 'date' ? dateKeysOf(r.keys) : r.keys) keys.add(k)
    for (const key of keys) put(key, cls)
  }
  add(`${doc.title.ko}\n${doc.title.en}`, 0)
  for (const alias of doc.aliases) add(alias, 1)
  add(`${doc.summary.ko}\n${doc.summary.en}`, 2)
  add(`${doc.body.ko}\n${doc.body.en}`, 3)
  // The record's own dates rank like its title; its year and factors are also filters.
  for (const date of doc.dates) {
    const parts = partsOf(date)
    if (parts) for (const key of dateKeys(parts)) put(key, 0)
  }
  const year = doc.date === undefined ? undefined : partsOf(doc.date)?.year
  if (year !== undefined) put(yearKey(year), 0)
  for (const f of doc.factors) put(factorKey(f), 0)
  return best
}

/** A date written in a text answers to every key of its parts (10월 15일 → md:10-15, m:10, d:15). */
function dateKeysOf(queryKeys: readonly string[]): string[] {
  const out: string[] = []
  for (const key of queryKeys) {
    const [kind, value = ''] = key.split(':')
    const [a, b, c] = value.split('-').map(Number)
    if (kind === 'ymd') out.push(...dateKeys({ year: a, month: b, day: c }))
    else if (kind === 'ym') out.push(...dateKeys({ year: a, month: b }))
    else if (kind === 'md') out.push(...dateKeys({ month: a, day: b }))
    else out.push(key)
  }
  return out
}

/**
 * The records holding every word of a thesaurus term (as a query word would be matched), each in
 * the weakest field class of its words.
 */
function termPostings(term: string, postings: ReadonlyMap<string, readonly number[]>): number[] {
  const keys = [...new Set(words(term).flatMap(wordKeys))]
  let held: Map<number, number> | undefined
  for (const key of keys) {
    const next = new Map<number, number>()
    for (const p of postings.get(key) ?? []) {
      const n = p >>> POSTING_CLASS_BITS
      if (held && !held.has(n)) continue
      next.set(n, Math.max(p & POSTING_CLASS_MASK, held?.get(n) ?? 0))
    }
    held = next
  }
  return [...(held ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]).map(([n, cls]) => n * 4 + cls)
}

/** The vocabulary in chunks by first letter, each chunk's words by how many records hold them. */
export function vocabularyChunks(docs: readonly SearchDoc[]): Map<string, string[]> {
  const df = new Map<string, number>()
  for (const d of docs) {
    const text = clean(
      [d.title.ko, d.title.en, ...d.aliases, d.summary.ko, d.summary.en, d.body.ko, d.body.en].join('\n'),
    )
    for (const w of new Set(vocabularyWords(text))) df.set(w, (df.get(w) ?? 0) + 1)
  }
  const chunks = new Map<string, string[]>()
  const byCount = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  for (const [w] of byCount) {
    const key = chunkKey(w)
    if (key === undefined) continue
    const list = chunks.get(key)
    if (list) list.push(w)
    else chunks.set(key, [w])
  }
  return chunks
}

/** The records in index order: by type, in their given order within a type. */
export const inIndexOrder = (docs: readonly SearchDoc[]): SearchDoc[] =>
  DOC_TYPES.flatMap((t) => docs.filter((d) => d.type === t))

export function buildIndexFiles(input: readonly SearchDoc[], thesaurus: ThesaurusGroups = []): Map<string, string> {
  const docs = inIndexOrder(input)
  // Postings as record * 4 + field class, records ascending.
  const postings = new Map<string, number[]>()
  docs.forEach((doc, n) => {
    for (const [key, cls] of docKeys(doc)) {
      const list = postings.get(key)
      if (list) list.push(n * 4 + cls)
      else postings.set(key, [n * 4 + cls])
    }
  })
  thesaurus.forEach((terms, g) => {
    terms.forEach((term, i) => {
      postings.set(termKey(g, i), termPostings(term, postings))
    })
  })
  // Shards of about TARGET_SHARD_BYTES each, a power of two of them: every key's postings in its
  // shard, a common key's as a bitmap (no list of such keys to fetch first).
  const encoded: Array<[string, string]> = []
  const starts = wordStarts(docs)
  let total = 0
  for (const [key, list] of postings) {
    const json = JSON.stringify(encodePacked(list))
    encoded.push([key, json])
    // A key's display rows weigh in too (display.ts), so that a shard stays small with them.
    total +=
      json.length + key.length + 4 + (carriesRows(key, starts) ? Math.min(list.length, ROWS_PER_KEY) * ROW_CHARS : 0)
  }
  let shards = 1
  while (shards < MAX_SHARDS && total / shards > TARGET_SHARD_BYTES) shards *= 2
  const shardParts: string[][] = Array.from({ length: shards }, () => [])
  const shardKeys: string[][] = Array.from({ length: shards }, () => [])
  for (const [key, json] of encoded) {
    shardParts[shardOf(key, shards)]?.push(`${JSON.stringify(key)}:${json}`)
    shardKeys[shardOf(key, shards)]?.push(key)
  }
  // Each shard also carries the display rows of its keys' likeliest first page (display.ts).
  const rows = docs.map(storeRow)
  shardKeys.forEach((keys, i) => {
    const held = [...shardRecords(keys, postings, docs, starts)].sort((a, b) => a - b)
    const stored = held.map((n) => `${JSON.stringify(String(n))}:${JSON.stringify(rows[n])}`)
    if (stored.length > 0) shardParts[i]?.push(`${JSON.stringify(ROWS_ENTRY)}:{${stored.join(',')}}`)
  })

  const vocab = vocabularyChunks(docs)
  const vocabFiles = [...vocab.values()].map((words) => JSON.stringify(words))
  const meta: IndexMeta = {
    version: INDEX_VERSION,
    count: docs.length,
    shards,
    typeStarts: DOC_TYPES.map((t) => docs.findIndex((d) => d.type === t)).map((at, i, all) =>
      at >= 0 ? at : (all.slice(i + 1).find((x) => x >= 0) ?? docs.length),
    ),
    titleLength: {
      ko: docs.map((d) => lengthCode(Array.from(d.title.ko).length)).join(''),
      en: docs.map((d) => lengthCode(Array.from(d.title.en).length)).join(''),
    },
    vocab: [...vocab.keys()],
    vocabBytes: vocabFiles.map((f) => new TextEncoder().encode(f).length),
    thesaurus,
    keyFilter: buildKeyFilter(postings.keys()),
  }

  const files = new Map<string, string>()
  files.set(META_PATH, JSON.stringify(meta))
  for (const [i, parts] of shardParts.entries()) files.set(shardPath(i), `{${parts.join(',')}}`)
  for (const [i, f] of vocabFiles.entries()) files.set(vocabPath(i), f)
  docs.forEach((d, n) => {
    const fragment: Fragment = {
      id: d.id,
      type: d.type,
      title: d.title,
      url: d.url,
      aliases: d.aliases,
      text: { ko: cut(`${d.summary.ko}\n${d.body.ko}`), en: cut(`${d.summary.en}\n${d.body.en}`) },
      ...(d.date === undefined ? {} : { date: d.date }),
    }
    files.set(fragmentPath(n), JSON.stringify(fragment))
  })
  return files
}

/** The index of the site's content: every record of the collections, and the thesaurus. */
export const buildSiteIndex = (c: Collections): Map<string, string> =>
  buildIndexFiles(buildSearchDocs(c), thesaurusGroups(c.thesaurus))
