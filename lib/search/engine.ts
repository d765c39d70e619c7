/**
 * The search engine over the index files: fetches the facets once, then per query only the
 * posting shards of the query's keys, the vocabulary chunk of a word that needs correcting, and
 * the fragments of the results it returns. Pure apart from the loader it is given (disk in Node,
 * fetch in the browser).
 */
import type { Localized } from '../i18n/lang'
import type { DocType } from './documents'
import {
  type Fragment,
  type IndexLoader,
  type IndexMeta,
  META_PATH,
  type Shard,
  fragmentPath,
  keyPath,
  shardPath,
  vocabPath,
} from './format'
import { chunkKey, type VocabularyChunk } from './fuzzy'
import { parseFragment, parseHeavy, parseMeta, parseShard, parseVocabulary } from './index-files'
import { decodePostings, type EncodedPostings } from './postings'
import { highlightWords, type Passage, type Range, matchRanges, passage, recordPassage } from './highlight'
import { bestRun, type Ranked, recordScores, type Run, type Scored, type SearchFilters } from './ranking'
import {
  addCorrections,
  combineWords,
  type Planned,
  Scratch,
  scoreAsTyped,
  typedVariants,
  wantsCorrections,
} from './scoring'
import { HANGUL, type WordQuery, hashKey, parseQuery, qwertyVariant } from './text'

/** Results a search returns unless asked for more, and the most one call returns. */
export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 200

export type { SearchFilters }

export interface SearchHit {
  n: number
  id: string
  type: DocType
  title: Localized
  url: Localized
  date?: string
  score: number
  /** Ranges in `title[lang]` and the passage in `lang` (or the other language if it matched there). */
  titleRanges: Range[]
  passage: Passage
}

export interface SearchResult {
  hits: SearchHit[]
  /** Every record that matched, before the limit. */
  total: number
  /** The query as read, when typed in English layout (zkzkdhxhr → 카카오톡). */
  readAs?: string
  /** Words searched in place of a query word that looked misspelled or half-typed (데이타센타 → 데이터센터). */
  corrections: string[]
}

export class SearchIndex {
  private readonly shards = new Map<number, Promise<Shard>>()
  /** Keys with a postings file of their own, and those files once fetched. */
  private readonly heavy: ReadonlySet<string>
  private readonly heavyLists = new Map<string, Promise<EncodedPostings>>()
  private readonly vocabulary = new Map<number, Promise<VocabularyChunk>>()
  private readonly fragments = new Map<string, Promise<Fragment | undefined>>()

  private constructor(
    readonly meta: IndexMeta,
    private readonly load: IndexLoader,
  ) {
    this.heavy = new Set(meta.heavy)
  }

  static async open(load: IndexLoader): Promise<SearchIndex> {
    return new SearchIndex(parseMeta(await load(META_PATH)), load)
  }

  private cached<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
    let p = cache.get(key)
    if (!p) {
      p = make()
      cache.set(key, p)
    }
    return p
  }

  private shard(n: number): Promise<Shard> {
    return this.cached(this.shards, n, () => this.load(shardPath(n)).then(parseShard))
  }

  fragment(n: number, lang: 'ko' | 'en'): Promise<Fragment | undefined> {
    return this.cached(this.fragments, `${lang}${n}`, () => this.load(fragmentPath(n, lang)).then(parseFragment))
  }

  /** Words of the vocabulary close to `word` (none when its chunk is not in the index). */
  private async corrections(word: string, partial: boolean): Promise<string[]> {
    const key = chunkKey(word)
    const chunk = key === undefined ? -1 : this.meta.vocab.indexOf(key)
    if (chunk < 0) return []
    const vocabulary = await this.cached(this.vocabulary, chunk, () =>
      this.load(vocabPath(chunk)).then(parseVocabulary),
    )
    return (partial ? vocabulary.completions(word) : vocabulary.corrections(word)).map((c) => c.word)
  }

  private async postings(keys: readonly string[], into: Map<string, Uint32Array>): Promise<void> {
    const byShard = new Map<number, string[]>()
    const own: Array<Promise<void>> = []
    for (const key of keys) {
      if (into.has(key)) continue
      if (this.heavy.has(key)) {
        own.push(
          this.cached(this.heavyLists, key, () => this.load(keyPath(key)).then(parseHeavy)).then((list) => {
            into.set(key, decodePostings(list, this.meta.count))
          }),
        )
        continue
      }
      const s = hashKey(key) % this.meta.shards
      const list = byShard.get(s)
      if (list) list.push(key)
      else byShard.set(s, [key])
    }
    await Promise.all([
      ...own,
      ...[...byShard].map(async ([s, ks]) => {
        const shard = await this.shard(s)
        for (const k of ks) into.set(k, decodePostings(shard[k] ?? [], this.meta.count))
      }),
    ])
  }

  /** Plans each word (its keys, then corrections where it looks misspelled or half-typed) and scores the records. */
  private async score(
    words: readonly WordQuery[],
    filters: SearchFilters,
  ): Promise<{ scored: Scored[]; corrections: string[] }> {
    const N = this.meta.count
    const lists = new Map<string, Uint32Array>()
    const planned: Planned[] = words.map((query) => ({ query, variants: typedVariants(query) }))
    // A half-typed word's completions do not wait for the counts: its vocabulary comes with the postings.
    const completing = planned.map((p) =>
      p.query.partial && p.query.fuzzy !== undefined ? this.corrections(p.query.fuzzy, true) : undefined,
    )
    await this.postings(
      planned.flatMap((p) => p.variants.flatMap((v) => v.keys)),
      lists,
    )
    const x = new Scratch(N)
    const { asTyped, together, fewest } = scoreAsTyped(planned, lists, x, N)
    const corrected: string[] = []
    await Promise.all(
      planned.map(async (p, i) => {
        const word = p.query.fuzzy
        if (word === undefined || !wantsCorrections(p.query, asTyped[i]?.count ?? 0, together, fewest)) return
        const found = await (completing[i] ?? this.corrections(word, false))
        corrected.push(...addCorrections(p, found))
      }),
    )
    await this.postings(
      planned.flatMap((p) => p.variants.flatMap((v) => v.keys)),
      lists,
    )
    const combined = combineWords(planned, asTyped, lists, x, N)
    return { scored: recordScores(words, combined, this.meta, filters), corrections: [...new Set(corrected)] }
  }

  /**
   * The best `k` records for a query, best first, and how many matched in all. All words must
   * match, or failing that as many as can (at half the score).
   */
  async rank(query: string, filters: SearchFilters = {}, k = DEFAULT_LIMIT): Promise<Ranked> {
    const words = parseQuery(query)
    const variant = qwertyVariant(query)
    const variantWords = variant === undefined ? [] : parseQuery(variant)
    const runs: Run[] = []
    if (words.length > 0) runs.push({ words, ...(await this.score(words, filters)) })
    if (variant !== undefined && variantWords.length > 0)
      runs.push({ words: variantWords, ...(await this.score(variantWords, filters)), readAs: variant })
    return bestRun(runs, words, k)
  }

  /** The best `limit` records (from `offset`) with their fragments, highlighted for `lang`. */
  async search(
    query: string,
    options: { lang?: 'ko' | 'en'; filters?: SearchFilters; limit?: number; offset?: number } = {},
  ): Promise<SearchResult> {
    const lang = options.lang ?? 'ko'
    const other = lang === 'ko' ? 'en' : 'ko'
    const limit = Math.max(0, Math.min(options.limit ?? DEFAULT_LIMIT, MAX_LIMIT))
    const offset = Math.max(0, options.offset ?? 0)
    const {
      top,
      total,
      words: queryWords,
      readAs,
      corrections,
    } = await this.rank(query, options.filters ?? {}, offset + limit)
    const words = highlightWords(queryWords, corrections)
    const page = top.slice(offset, offset + limit)
    const crossScript = queryWords.some((w) => (lang === 'ko' ? /[a-z]/ : HANGUL).test(w.word))
    // A query in the other script (Pangyo on the Korean site) mostly matches the other language's
    // text: those fragments are fetched alongside, not after.
    const others = crossScript ? page.map((s) => this.fragment(s.n, other)) : []
    const frags = await Promise.all(page.map((s) => this.fragment(s.n, lang)))
    const hits = await Promise.all(
      page.map(async (s, i): Promise<SearchHit | undefined> => {
        const f = frags[i]
        if (!f) return undefined
        let p = recordPassage(f, words)
        const pending = others[i]
        if (p.ranges.length === 0 && pending) {
          const o = await pending
          const q = o ? passage(o.text, words) : p
          if (q.ranges.length > 0) p = q
        }
        return {
          n: s.n,
          id: f.id,
          type: f.type,
          title: f.title,
          url: f.url,
          score: s.score,
          titleRanges: matchRanges(f.title[lang], words),
          passage: p,
          ...(f.date === undefined ? {} : { date: f.date }),
        }
      }),
    )
    return {
      hits: hits.filter((h): h is SearchHit => h !== undefined),
      total,
      corrections,
      ...(readAs === undefined ? {} : { readAs }),
    }
  }
}
