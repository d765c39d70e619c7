/**
 * Builds the search index files from search documents. Pure: documents in, a map of
 * relative path → file contents out; the caller writes them (scripts/build-search.ts).
 */
import { DOC_TYPES, type SearchDoc } from './documents'
import {
  FRAGMENT_TEXT_CHARS,
  type Fragment,
  type IndexMeta,
  INDEX_VERSION,
  META_PATH,
  type Shard,
  fragmentPath,
  keyPath,
  shardPath,
  vocabPath,
} from './format'
import { chunkKey, vocabularyWords } from './fuzzy'
import { type EncodedPostings, encodePostings } from './postings'
import { clean, type FieldClass, hashKey, indexKeys } from './text'

/** Postings longer than this (in JSON characters) get a file of their own instead of a place in a shard. */
const HEAVY_CHARS = 1500
/** Average postings per shard the builder aims for; shards are a power of two. */
const TARGET_POSTINGS_PER_SHARD = 800

/** The first FRAGMENT_TEXT_CHARS characters, never half a surrogate pair. */
const cut = (text: string) =>
  text.length <= FRAGMENT_TEXT_CHARS ? text : Array.from(text).slice(0, FRAGMENT_TEXT_CHARS).join('')

/** Every key of a record with the strongest field class it appears in. */
export function docKeys(doc: SearchDoc): Map<string, FieldClass> {
  const best = new Map<string, FieldClass>()
  const add = (text: string, cls: FieldClass) => {
    for (const key of indexKeys(text, cls)) {
      const had = best.get(key)
      if (had === undefined || cls < had) best.set(key, cls)
    }
  }
  add(`${doc.title.ko}\n${doc.title.en}`, 0)
  for (const alias of doc.aliases) add(alias, 1)
  add(`${doc.summary.ko}\n${doc.summary.en}`, 2)
  add(`${doc.body.ko}\n${doc.body.en}`, 3)
  return best
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
  for (const w of [...df.keys()].sort((a, b) => (df.get(b) ?? 0) - (df.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0))) {
    const key = chunkKey(w)
    if (key === undefined) continue
    const list = chunks.get(key)
    if (list) list.push(w)
    else chunks.set(key, [w])
  }
  return chunks
}

export function buildIndexFiles(docs: readonly SearchDoc[]): Map<string, string> {
  const postings = new Map<string, Array<[number, FieldClass]>>()
  docs.forEach((doc, n) => {
    for (const [key, cls] of docKeys(doc)) {
      const list = postings.get(key)
      if (list) list.push([n, cls])
      else postings.set(key, [[n, cls]])
    }
  })
  // Long postings get a file each; the rest share shards of about TARGET_POSTINGS_PER_SHARD postings.
  const heavy = new Map<string, string>()
  const heavyFiles = new Set<string>()
  const light: Array<[string, EncodedPostings]> = []
  let total = 0
  for (const [key, list] of postings) {
    const encoded = encodePostings(list)
    const json = JSON.stringify(encoded)
    if (json.length > HEAVY_CHARS && !heavyFiles.has(keyPath(key))) {
      heavy.set(key, json)
      heavyFiles.add(keyPath(key))
    } else {
      light.push([key, encoded])
      total += list.length
    }
  }
  let shards = 1
  while (shards < 65536 && total / shards > TARGET_POSTINGS_PER_SHARD) shards *= 2
  const shardFiles: Shard[] = Array.from({ length: shards }, () => ({}))
  for (const [key, encoded] of light) {
    const shard = shardFiles[hashKey(key) % shards]
    if (shard) shard[key] = encoded
  }

  const vocab = vocabularyChunks(docs)
  const factorIds = [...new Set(docs.flatMap((d) => d.factors))].sort()
  const factorIndex = new Map(factorIds.map((id, i) => [id, i]))
  const meta: IndexMeta = {
    version: INDEX_VERSION,
    count: docs.length,
    shards,
    types: DOC_TYPES,
    factorIds,
    type: docs.map((d) => DOC_TYPES.indexOf(d.type)),
    year: docs.map((d) => (d.date === undefined ? 0 : Number(d.date.slice(0, 4)) || 0)),
    titleLength: { ko: docs.map((d) => d.title.ko.length), en: docs.map((d) => d.title.en.length) },
    factors: docs.map((d) =>
      d.factors.flatMap((f) => {
        const i = factorIndex.get(f)
        return i === undefined ? [] : [i]
      }),
    ),
    heavy: [...heavy.keys()],
    vocab: [...vocab.keys()],
  }

  const files = new Map<string, string>()
  files.set(META_PATH, JSON.stringify(meta))
  for (const [i, shard] of shardFiles.entries()) files.set(shardPath(i), JSON.stringify(shard))
  for (const [key, json] of heavy) files.set(keyPath(key), json)
  let chunk = 0
  for (const words of vocab.values()) files.set(vocabPath(chunk++), JSON.stringify(words))
  docs.forEach((d, n) => {
    for (const lang of ['ko', 'en'] as const) {
      const fragment: Fragment = {
        id: d.id,
        type: d.type,
        title: d.title,
        url: d.url,
        aliases: d.aliases,
        text: cut(`${d.summary[lang]}\n${d.body[lang]}`),
        ...(d.date === undefined ? {} : { date: d.date }),
      }
      files.set(fragmentPath(n, lang), JSON.stringify(fragment))
    }
  })
  return files
}
