/**
 * Builds the search index files from search documents. Pure: documents in, a map of
 * relative path → file contents out; the caller writes them (scripts/build-search.ts).
 */
import { DOC_TYPES, type SearchDoc } from './documents'
import { type Fragment, type IndexMeta, INDEX_VERSION, META_PATH, type Shard, fragmentPath, shardPath } from './format'
import { type FieldClass, hashKey, indexKeys } from './text'

/** Characters of text kept per language in a fragment (for passages). */
const FRAGMENT_TEXT_CHARS = 2400
/** Average postings per shard the builder aims for; shards are a power of two. */
const TARGET_POSTINGS_PER_SHARD = 2500

const cut = (text: string) => (text.length <= FRAGMENT_TEXT_CHARS ? text : text.slice(0, FRAGMENT_TEXT_CHARS))

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

export function buildIndexFiles(docs: readonly SearchDoc[]): Map<string, string> {
  const postings = new Map<string, number[]>()
  let total = 0
  docs.forEach((doc, n) => {
    for (const [key, cls] of docKeys(doc)) {
      let list = postings.get(key)
      if (!list) postings.set(key, (list = []))
      list.push(n, cls)
      total += 1
    }
  })
  let shards = 1
  while (shards < 65536 && total / shards > TARGET_POSTINGS_PER_SHARD) shards *= 2

  const shardFiles: Shard[] = Array.from({ length: shards }, () => ({}))
  for (const [key, list] of postings) {
    const encoded: number[] = []
    let prev = 0
    for (let i = 0; i < list.length; i += 2) {
      const n = list[i] ?? 0
      encoded.push((n - prev) * 4 + (list[i + 1] ?? 3))
      prev = n
    }
    const shard = shardFiles[hashKey(key) % shards]
    if (shard) shard[key] = encoded
  }

  const factorIds = [...new Set(docs.flatMap((d) => d.factors))].sort()
  const factorIndex = new Map(factorIds.map((id, i) => [id, i]))
  const meta: IndexMeta = {
    version: INDEX_VERSION, count: docs.length, shards, types: DOC_TYPES, factorIds,
    type: docs.map((d) => DOC_TYPES.indexOf(d.type)),
    year: docs.map((d) => (d.date === undefined ? 0 : Number(d.date.slice(0, 4)) || 0)),
    titleLength: { ko: docs.map((d) => d.title.ko.length), en: docs.map((d) => d.title.en.length) },
    factors: docs.map((d) => d.factors.flatMap((f) => { const i = factorIndex.get(f); return i === undefined ? [] : [i] })),
  }

  const files = new Map<string, string>()
  files.set(META_PATH, JSON.stringify(meta))
  shardFiles.forEach((shard, i) => files.set(shardPath(i), JSON.stringify(shard)))
  docs.forEach((d, n) => {
    const fragment: Fragment = {
      id: d.id, type: d.type, title: d.title, url: d.url, aliases: d.aliases,
      text: { ko: cut(`${d.summary.ko}\n${d.body.ko}`), en: cut(`${d.summary.en}\n${d.body.en}`) },
      ...(d.date === undefined ? {} : { date: d.date }),
    }
    files.set(fragmentPath(n), JSON.stringify(fragment))
  })
  return files
}
