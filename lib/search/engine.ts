/**
 * The search engine over the index files: fetches the facets once, then per query only the
 * posting shards of the query's keys, the vocabulary chunk of a word that needs correcting, and
 * the fragments of the results it returns. Pure apart from the loader it is given (disk in Node,
 * fetch in the browser).
 */
import { DOC_TYPES, type DocType, type Text } from './documents'
import {
  type Fragment,
  type IndexLoader,
  type IndexMeta,
  INDEX_VERSION,
  META_PATH,
  type Shard,
  fragmentPath,
  keyPath,
  shardPath,
  vocabPath,
} from './format'
import { chunkKey, VocabularyChunk } from './fuzzy'
import { decodePostings, type EncodedPostings, isEncodedPostings } from './postings'
import { type Passage, type Range, matchRanges, passage } from './highlight'
import { type WordQuery, hashKey, parseQuery, qwertyVariant, wordKeys } from './text'

/** Weight of a match by field class: title, alias, summary, body. */
const CLASS_WEIGHT = [10, 8, 3, 1] as const
/** Records of some types are what readers usually look for. */
const TYPE_WEIGHT: Record<DocType, number> = {
  incident: 1.3,
  entity: 1.1,
  policy: 1.1,
  factor: 1,
  event: 0.8,
  source: 0.6,
}
/** A correction's weight against the word as typed (times 1 − its share of errors). */
const CORRECTION_WEIGHT = 0.6
/** Corrections are looked up for a word matched by fewer records than this (or a half-typed one). */
const FEW = 5

export interface SearchFilters {
  type?: DocType
  year?: number
  factor?: string
}

export interface SearchHit {
  n: number
  id: string
  type: DocType
  title: Text
  url: Text
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

// ---- parsing the files without trusting them -------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number')
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const isText = (v: unknown): v is Text => isRecord(v) && typeof v.ko === 'string' && typeof v.en === 'string'
const isDocType = (v: unknown): v is DocType => DOC_TYPES.some((t) => t === v)

function parseMeta(raw: string): IndexMeta {
  const v: unknown = JSON.parse(raw)
  if (
    !isRecord(v) ||
    v.version !== INDEX_VERSION ||
    typeof v.count !== 'number' ||
    typeof v.shards !== 'number' ||
    !isStrings(v.factorIds) ||
    !isNumbers(v.type) ||
    !isRecord(v.titleLength) ||
    !isNumbers(v.titleLength.ko) ||
    !isNumbers(v.titleLength.en) ||
    !isNumbers(v.year) ||
    !Array.isArray(v.factors) ||
    !isStrings(v.vocab) ||
    !isStrings(v.heavy)
  ) {
    throw new Error('search index: meta.json is not an index of this version')
  }
  const factors = v.factors.map((f) => (isNumbers(f) ? f : []))
  return {
    version: INDEX_VERSION,
    count: v.count,
    shards: v.shards,
    types: DOC_TYPES,
    factorIds: v.factorIds,
    type: v.type,
    year: v.year,
    factors,
    titleLength: { ko: v.titleLength.ko, en: v.titleLength.en },
    heavy: v.heavy,
    vocab: v.vocab,
  }
}

function parseShard(raw: string): Shard {
  const v: unknown = JSON.parse(raw)
  const out: Shard = {}
  if (!isRecord(v)) return out
  for (const [key, list] of Object.entries(v)) if (isEncodedPostings(list)) out[key] = list
  return out
}

function parseHeavy(raw: string): EncodedPostings {
  const v: unknown = JSON.parse(raw)
  return isEncodedPostings(v) ? v : []
}

function parseVocabulary(raw: string): VocabularyChunk {
  const v: unknown = JSON.parse(raw)
  return new VocabularyChunk(isStrings(v) ? v : [])
}

function parseFragment(raw: string): Fragment | undefined {
  const v: unknown = JSON.parse(raw)
  if (
    !isRecord(v) ||
    typeof v.id !== 'string' ||
    !isDocType(v.type) ||
    !isText(v.title) ||
    !isText(v.url) ||
    typeof v.text !== 'string' ||
    !isStrings(v.aliases)
  )
    return undefined
  return {
    id: v.id,
    type: v.type,
    title: v.title,
    url: v.url,
    aliases: v.aliases,
    text: v.text,
    ...(typeof v.date === 'string' ? { date: v.date } : {}),
  }
}

// ---- scoring -------------------------------------------------------------------------------

interface Scored {
  n: number
  score: number
  words: number
}

const better = (a: Scored, b: Scored) => b.score - a.score || a.n - b.n

/** The best `k` of `items`, best first, without sorting them all. */
function topK(items: readonly Scored[], k: number): Scored[] {
  if (items.length <= k * 4) return [...items].sort(better).slice(0, k)
  const kept: Scored[] = []
  for (const s of items) {
    if (kept.length === k && better(s, kept[k - 1] ?? s) >= 0) continue
    let at = kept.length
    while (at > 0 && better(s, kept[at - 1] ?? s) < 0) at -= 1
    kept.splice(at, 0, s)
    if (kept.length > k) kept.pop()
  }
  return kept
}

/**
 * One way a query word can be matched: its own keys, or a correction's, with a weight. A record
 * holding all the keys matches; with `loose`, a record holding that share of them (by count) also
 * matches, weaker.
 */
interface Variant {
  keys: string[]
  weight: number
  loose?: number
}

/** The share of a long Latin word's trigrams that still makes a match (KakaoTalk ~ Kakao Talk). */
const LATIN_LOOSE = 0.5
/** The share of a long Hangul word's syllable pairs that makes a match when nothing corrects it (테이터센터 ~ 데이터센터). */
const HANGUL_LOOSE = 0.7
interface Planned {
  query: WordQuery
  variants: Variant[]
}

/** Scratch arrays of one scoring pass, sized to the index. */
class Scratch {
  readonly cov: Float64Array
  readonly weighted: Float64Array
  readonly best: Float64Array
  readonly bestTitle: Uint8Array
  /** Keys of the variant held, by count (a typo's own keys are rare, and by idf they would veto a loose match). */
  readonly held: Uint8Array
  constructor(n: number) {
    this.cov = new Float64Array(n)
    this.weighted = new Float64Array(n)
    this.best = new Float64Array(n)
    this.bestTitle = new Uint8Array(n)
    this.held = new Uint8Array(n)
  }
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

  private allowed(n: number, filters: SearchFilters): boolean {
    const m = this.meta
    if (filters.type !== undefined && DOC_TYPES[m.type[n] ?? -1] !== filters.type) return false
    if (filters.year !== undefined && m.year[n] !== filters.year) return false
    if (filters.factor !== undefined) {
      const fi = m.factorIds.indexOf(filters.factor)
      if (fi < 0 || !(m.factors[n] ?? []).includes(fi)) return false
    }
    return true
  }

  /**
   * Scores one word over its variants into `x.best` (a record's best variant) and returns the
   * records touched, and those that hold all the keys of the word as typed.
   */
  private scoreWord(
    variants: readonly Variant[],
    lists: ReadonlyMap<string, Uint32Array>,
    x: Scratch,
  ): { touched: number[]; exact: number[] } {
    const N = this.meta.count
    const idf = (k: string) => Math.log(1 + N / Math.max(1, lists.get(k)?.length ?? 0))
    const { cov, weighted, best, bestTitle, held } = x
    const touched: number[] = []
    const exact: number[] = []
    variants.forEach((v, vi) => {
      const local: number[] = []
      for (const key of v.keys) {
        const k = idf(key)
        const list = lists.get(key)
        if (!list) continue
        for (let i = 0; i < list.length; i += 1) {
          const p: number = list[i] ?? 0
          const n = p >>> 2
          if (cov[n] === 0) local.push(n)
          cov[n] = (cov[n] ?? 0) + k
          held[n] = (held[n] ?? 0) + 1
          weighted[n] = (weighted[n] ?? 0) + k * (CLASS_WEIGHT[p & 3] ?? 1)
        }
      }
      const E = v.keys.reduce((sum, key) => sum + idf(key), 0)
      for (const n of local) {
        const share = (cov[n] ?? 0) / E
        const mean = (weighted[n] ?? 0) / E
        const counted = (held[n] ?? 0) / v.keys.length
        cov[n] = 0
        weighted[n] = 0
        held[n] = 0
        let score = 0
        if (share >= 0.999) {
          score = mean * v.weight
          if (vi === 0) exact.push(n)
        } else if (v.loose !== undefined && counted >= v.loose) score = 0.5 * counted * counted * mean * v.weight
        const had = best[n] ?? 0
        if (score <= had) continue
        if (had === 0) touched.push(n)
        best[n] = score
        bestTitle[n] = share >= 0.999 && mean >= CLASS_WEIGHT[0] - 0.001 ? 1 : 0
      }
    })
    return { touched, exact }
  }

  /** Plans each word (its keys, then corrections where it looks misspelled or half-typed) and scores the records. */
  private async score(
    words: readonly WordQuery[],
    filters: SearchFilters,
  ): Promise<{ scored: Scored[]; corrections: string[] }> {
    const N = this.meta.count
    const lists = new Map<string, Uint32Array>()
    const planned: Planned[] = words.map((query) => ({
      query,
      variants:
        query.exact.length === 0
          ? []
          : [
              {
                keys: query.exact,
                weight: query.partial ? 0.9 : 1,
                ...(query.exact.some((k) => k.startsWith('t:')) ? { loose: LATIN_LOOSE } : {}),
              },
            ],
    }))
    // A half-typed word's completions do not wait for the counts: its vocabulary comes with the postings.
    const completing = planned.map((p) =>
      p.query.partial && p.query.fuzzy !== undefined ? this.corrections(p.query.fuzzy, true) : undefined,
    )
    await this.postings(
      planned.flatMap((p) => p.variants.flatMap((v) => v.keys)),
      lists,
    )
    const x = new Scratch(N)
    // First pass: each word as typed; how many records each word, and all words together, match.
    const all = new Uint8Array(N)
    const asTyped = planned.map((p) => {
      const r = this.scoreWord(p.variants, lists, x)
      const result = {
        touched: r.touched,
        best: r.touched.map((n) => x.best[n] ?? 0),
        title: r.touched.map((n) => x.bestTitle[n] ?? 0),
      }
      for (const n of r.touched) {
        x.best[n] = 0
        x.bestTitle[n] = 0
      }
      for (const n of r.exact) all[n] = (all[n] ?? 0) + 1
      return { ...result, count: r.exact.length }
    })
    let together = 0
    for (const c of all) if (c === planned.length) together += 1
    const fewest = Math.min(...asTyped.map((r) => r.count))
    const corrected: string[] = []
    await Promise.all(
      planned.map(async (p, i) => {
        const word = p.query.fuzzy
        // A half-typed word, a rare one, or, when the words rarely meet, the rarest of them.
        const count = asTyped[i]?.count ?? 0
        if (word === undefined || !(p.query.partial || count < FEW || (together < FEW && count === fewest))) return
        const found = await (completing[i] ?? this.corrections(word, false))
        for (const c of found) {
          const keys = wordKeys(c)
          if (keys.length === 0) continue
          p.variants.push({ keys, weight: p.query.partial ? 1 : CORRECTION_WEIGHT })
          corrected.push(c)
        }
        // Nothing to correct towards (a typo in the first letter): most of the word's syllable pairs will do.
        const typed = p.variants[0]
        if (found.length === 0 && typed && typed.loose === undefined && typed.keys.length >= 3)
          p.variants.push({ keys: typed.keys, weight: CORRECTION_WEIGHT, loose: HANGUL_LOOSE })
      }),
    )
    await this.postings(
      planned.flatMap((p) => p.variants.flatMap((v) => v.keys)),
      lists,
    )

    // Second pass: only the words that gained corrections are scored again.
    const total = new Float64Array(N)
    const matched = new Uint8Array(N)
    const inTitle = new Uint8Array(N)
    const touched: number[] = []
    planned.forEach((p, i) => {
      const typed = asTyped[i]
      const again = typed === undefined || p.variants.length > (p.query.exact.length > 0 ? 1 : 0)
      const r = again ? this.scoreWord(p.variants, lists, x) : undefined
      const list = r?.touched ?? typed?.touched ?? []
      list.forEach((n, j) => {
        if (matched[n] === 0) touched.push(n)
        total[n] = (total[n] ?? 0) + (r ? (x.best[n] ?? 0) : (typed?.best[j] ?? 0))
        matched[n] = (matched[n] ?? 0) + 1
        inTitle[n] = (inTitle[n] ?? 0) + (r ? (x.bestTitle[n] ?? 0) : (typed?.title[j] ?? 0))
        x.best[n] = 0
        x.bestTitle[n] = 0
      })
    })
    // Every word in the title: the shorter the title, the closer the match (카카오 → 카카오, not 카카오톡 장애).
    const latinQuery = words.every((w) => !/[\uAC00-\uD7A3\u3131-\u3163]/.test(w.word))
    const queryChars = words.reduce((s, w) => s + w.word.length, 0)
    const scored: Scored[] = []
    for (const n of touched) {
      if (!this.allowed(n, filters)) continue
      const type = DOC_TYPES[this.meta.type[n] ?? 0] ?? 'source'
      const tlen = (latinQuery ? this.meta.titleLength.en[n] : this.meta.titleLength.ko[n]) ?? 100
      const bonus = inTitle[n] === words.length ? 6 * Math.min(1, queryChars / Math.max(1, tlen)) : 0
      scored.push({ n, score: ((total[n] ?? 0) + bonus) * TYPE_WEIGHT[type], words: matched[n] ?? 0 })
    }
    return { scored, corrections: [...new Set(corrected)] }
  }

  /**
   * The best `k` records for a query, best first, and how many matched in all. All words must
   * match, or failing that as many as can (at half the score).
   */
  async rank(
    query: string,
    filters: SearchFilters = {},
    k = 10,
  ): Promise<{ top: Scored[]; total: number; words: WordQuery[]; readAs?: string; corrections: string[] }> {
    const words = parseQuery(query)
    const variant = qwertyVariant(query)
    const variantWords = variant === undefined ? [] : parseQuery(variant)
    const runs: Array<{ words: WordQuery[]; scored: Scored[]; corrections: string[]; readAs?: string }> = []
    if (words.length > 0) runs.push({ words, ...(await this.score(words, filters)) })
    if (variant !== undefined && variantWords.length > 0)
      runs.push({ words: variantWords, ...(await this.score(variantWords, filters)), readAs: variant })
    let best: { top: Scored[]; total: number; words: WordQuery[]; readAs?: string; corrections: string[] } = {
      top: [],
      total: 0,
      words,
      corrections: [],
    }
    let bestTop = 0
    for (const run of runs) {
      let most = 0
      for (const s of run.scored) if (s.words > most) most = s.words
      const kept = most === 0 ? [] : run.scored.filter((s) => s.words === most)
      const scale = most === run.words.length ? 1 : 0.5
      const top = topK(kept, k).map((s) => ({ ...s, score: s.score * scale }))
      const score = top[0]?.score ?? 0
      if (score > bestTop) {
        bestTop = score
        best = {
          top,
          total: kept.length,
          words: run.words,
          corrections: run.corrections,
          ...(run.readAs === undefined ? {} : { readAs: run.readAs }),
        }
      }
    }
    return best
  }

  /** The best `limit` records (from `offset`) with their fragments, highlighted for `lang`. */
  async search(
    query: string,
    options: { lang?: 'ko' | 'en'; filters?: SearchFilters; limit?: number; offset?: number } = {},
  ): Promise<SearchResult> {
    const lang = options.lang ?? 'ko'
    const other = lang === 'ko' ? 'en' : 'ko'
    const limit = Math.max(0, Math.min(options.limit ?? 10, 200))
    const offset = Math.max(0, options.offset ?? 0)
    const {
      top,
      total,
      words: queryWords,
      readAs,
      corrections,
    } = await this.rank(query, options.filters ?? {}, offset + limit)
    // Corrections are highlighted like the words they stand for.
    const words = [
      ...queryWords,
      ...corrections.map((c): WordQuery => ({ word: c, exact: wordKeys(c), initials: false, partial: false })),
    ]
    const page = top.slice(offset, offset + limit)
    const crossScript = queryWords.some((w) => (lang === 'ko' ? /[a-z]/ : /[\uAC00-\uD7A3\u3131-\u3163]/).test(w.word))
    // A query in the other script (Pangyo on the Korean site) mostly matches the other language's
    // text: those fragments are fetched alongside, not after.
    const others = crossScript ? page.map((s) => this.fragment(s.n, other)) : []
    const frags = await Promise.all(page.map((s) => this.fragment(s.n, lang)))
    const hits = await Promise.all(
      page.map(async (s, i): Promise<SearchHit | undefined> => {
        const f = frags[i]
        if (!f) return undefined
        let p = passage(f.text, words)
        if (p.ranges.length === 0) {
          const alias = f.aliases.find((a) => matchRanges(a, words).length > 0)
          if (alias !== undefined) p = { text: alias, ranges: matchRanges(alias, words) }
        }
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
