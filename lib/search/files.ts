/**
 * The index files as a query needs them: meta.json once, then postings by key (shards and files
 * of their own), vocabulary chunks and fragments, each fetched once and kept. Pure apart from the
 * loader it is given (disk in Node, fetch in the browser).
 */
import { DOC_TYPES, type DocType } from './documents'
import type { DisplayRow } from './display'
import {
  type Fragment,
  type IndexLoader,
  type IndexMeta,
  META_PATH,
  fragmentPath,
  shardOf,
  shardPath,
  vocabPath,
} from './format'
import { chunkKey, type VocabularyChunk } from './fuzzy'
import { parseFragment, parseMeta, parseShard, parseVocabulary } from './index-files'
import { KeyFilter } from './key-filter'
import { decodePostings } from './postings'
import { EAGER_VOCAB_BYTES } from './weights'

export class IndexFiles {
  private readonly lists = new Map<string, Promise<Uint32Array>>()
  /** Shards as fetched: their text, parsed again only when a later query needs another of their keys (a parsed shard held for good would weigh on every garbage collection). */
  private readonly shards = new Map<number, Promise<string>>()
  private readonly rows = new Map<number, DisplayRow>()
  /** Per fetched shard, the records it carried display rows for. */
  private readonly rowsOf = new Map<number, Set<number>>()
  private readonly loaded = new Map<number, Fragment>()
  private readonly vocabulary = new Map<number, Promise<VocabularyChunk>>()
  private readonly parsed = new Map<number, VocabularyChunk>()
  private readonly fragments = new Map<number, Promise<Fragment | undefined>>()

  /** Which syllable-pair and trigram keys the index holds: a key it certainly lacks costs no request. */
  readonly keys: KeyFilter

  private constructor(
    readonly meta: IndexMeta,
    private readonly load: IndexLoader,
  ) {
    this.keys = new KeyFilter(meta.keyFilter)
  }

  static async open(load: IndexLoader): Promise<IndexFiles> {
    return new IndexFiles(parseMeta(await load(META_PATH)), load)
  }

  private cached<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
    let p = cache.get(key)
    if (!p) {
      p = make()
      cache.set(key, p)
    }
    return p
  }

  /** How many files reading these keys' postings would fetch (those not fetched yet). */
  filesFor(keys: Iterable<string>): number {
    const files = new Set<number>()
    for (const key of keys) {
      const s = shardOf(key, this.meta.shards)
      if (!this.lists.has(key) && !this.shards.has(s) && !this.keys.lacks(key)) files.add(s)
    }
    return files.size
  }

  /** Whether the vocabulary chunk of a word is already fetched (or on its way). */
  hasChunk(word: string): boolean {
    const key = chunkKey(word)
    return key !== undefined && this.vocabulary.has(this.meta.vocab.indexOf(key))
  }

  /** The postings of every key, all files requested at once; each shard parsed once per call. */
  async postings(keys: Iterable<string>): Promise<Map<string, Uint32Array>> {
    const N = this.meta.count
    const wanted = [...new Set(keys)]
    const parsed = new Map<number, Promise<Record<string, unknown>>>()
    const shard = (s: number) =>
      this.cached(parsed, s, async () => {
        const { postings, rows } = parseShard(await this.cached(this.shards, s, () => this.load(shardPath(s))))
        if (!this.rowsOf.has(s)) {
          for (const [n, row] of rows) this.rows.set(n, row)
          this.rowsOf.set(s, new Set(rows.keys()))
        }
        return postings
      })
    const found = await Promise.all(
      wanted.map((key) =>
        this.cached(this.lists, key, async () => {
          if (this.keys.lacks(key)) return new Uint32Array(0)
          const list = (await shard(shardOf(key, this.meta.shards)))[key]
          return decodePostings(Array.isArray(list) ? list : [], N)
        }),
      ),
    )
    return new Map(wanted.map((k, i) => [k, found[i] ?? new Uint32Array(0)]))
  }

  /**
   * Whether the shards of these keys (fetched) carried a record's display row: the same answer
   * for a query whatever was fetched before it.
   */
  carriedBy(keys: Iterable<string>): (n: number) => boolean {
    const sets = [...new Set([...keys].map((k) => shardOf(k, this.meta.shards)))].flatMap((s) => {
      const held = this.rowsOf.get(s)
      return held ? [held] : []
    })
    return (n) => sets.some((held) => held.has(n))
  }

  /** The vocabulary chunk of a word; with `eager`, only when it is small (else undefined until asked without). */
  chunk(word: string, eager = false): Promise<VocabularyChunk> | undefined {
    const key = chunkKey(word)
    const at = key === undefined ? -1 : this.meta.vocab.indexOf(key)
    if (at < 0 || (eager && !this.vocabulary.has(at) && (this.meta.vocabBytes[at] ?? 0) > EAGER_VOCAB_BYTES))
      return undefined
    return this.cached(this.vocabulary, at, async () => {
      const chunk = parseVocabulary(await this.load(vocabPath(at)))
      this.parsed.set(at, chunk)
      return chunk
    })
  }

  /** The vocabulary chunk of a word when an earlier query has already fetched it. */
  loadedChunk(word: string): VocabularyChunk | undefined {
    const key = chunkKey(word)
    return key === undefined ? undefined : this.parsed.get(this.meta.vocab.indexOf(key))
  }

  fragment(n: number): Promise<Fragment | undefined> {
    return this.cached(this.fragments, n, async () => {
      const f = parseFragment(await this.load(fragmentPath(n)))
      if (f) this.loaded.set(n, f)
      return f
    })
  }

  /** A record's fragment when it has arrived, else its display row when a fetched shard carried it. */
  shown(n: number): { fragment: Fragment } | { row: DisplayRow } | undefined {
    const fragment = this.loaded.get(n)
    if (fragment) return { fragment }
    const row = this.rows.get(n)
    return row ? { row } : undefined
  }

  typeOf(n: number): DocType {
    let t = 0
    for (let i = 0; i < DOC_TYPES.length; i += 1) if (n >= (this.meta.typeStarts[i] ?? 0)) t = i
    return DOC_TYPES[t] ?? 'source'
  }
}
