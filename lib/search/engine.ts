/**
 * The search engine over the index files. Opening reads meta.json (the reader's first focus on a
 * search box is the time to do it); a query then asks for every file it needs at once: the
 * postings of all its keys and filters, and the vocabulary of a word that may need correcting.
 * Only a misspelled or half-typed word costs a second wave (its corrections' postings), and the
 * results' fragments a last one. Pure apart from the loader it is given (disk in Node, fetch in
 * the browser).
 */
import { DOC_TYPES, type DocType, type Text } from './documents'
import {
  type Fragment,
  type IndexLoader,
  type IndexMeta,
  META_PATH,
  factorKey,
  fragmentPath,
  keyPath,
  lengthOf,
  shardPath,
  vocabPath,
  yearKey,
} from './format'
import { chunkKey, type VocabularyChunk } from './fuzzy'
import { type Passage, type Range, matchRanges, passage } from './highlight'
import { parseFragment, parseHeavy, parseMeta, parseShard, parseVocabulary } from './index-files'
import { decodePostings } from './postings'
import { type Concept, type Plan, planQuery, Thesaurus } from './query'
import { type ConceptMatch, type Ranked, Scratch, matchConcept, rankRecords, topK } from './scoring'
import { type WordQuery, hashKey, qwertyVariant, wordKeys, words as splitWords } from './text'
import {
  CORRECTION_WEIGHT,
  EAGER_VOCAB_BYTES,
  FEW,
  HANGUL_LOOSE,
  MIN_LOOSE_KEYS,
  TYPE_WEIGHT,
  UNKNOWN_TITLE_LENGTH,
} from './weights'

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

/** A query word also searched as other terms of its thesaurus group (정전 → 전원 장애). */
export interface Expansion {
  word: string
  terms: string[]
}

export interface SearchResult {
  hits: SearchHit[]
  /** Every record that matched, before the limit. */
  total: number
  /** The query as read, when typed in English layout (zkzkdhxhr → 카카오톡). */
  readAs?: string
  /** Words searched in place of a query word that looked misspelled or half-typed (데이타센타 → 데이터센터). */
  corrections: string[]
  /** Thesaurus terms that found records, by the query word they stand for. */
  expansions: Expansion[]
  /** Dates and figures read as such (2022년 10월, 17시간). */
  readings: string[]
}

interface Reading {
  plan: Plan
  readAs?: string
  matches: ConceptMatch[]
  corrections: string[]
}

/** A word worth looking up in the vocabulary: one script, long enough to have a close neighbour. */
const correctable = (c: Concept) => c.kind === 'word' && c.word?.fuzzy !== undefined && c.also.length === 0

export class SearchIndex {
  private readonly lists = new Map<string, Promise<Uint32Array>>()
  private readonly shards = new Map<number, Promise<Record<string, unknown>>>()
  private readonly vocabulary = new Map<number, Promise<VocabularyChunk>>()
  private readonly fragments = new Map<string, Promise<Fragment | undefined>>()
  private readonly heavy: ReadonlySet<string>
  private readonly thesaurus: Thesaurus

  private constructor(
    readonly meta: IndexMeta,
    private readonly load: IndexLoader,
  ) {
    this.heavy = new Set(meta.heavy)
    this.thesaurus = new Thesaurus(meta.thesaurus)
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

  /** The postings of every key, all files requested at once. */
  private async postings(keys: Iterable<string>): Promise<Map<string, Uint32Array>> {
    const N = this.meta.count
    const wanted = [...new Set(keys)]
    const found = await Promise.all(
      wanted.map((key) =>
        this.cached(this.lists, key, async () => {
          if (this.heavy.has(key)) return decodePostings(parseHeavy(await this.load(keyPath(key))), N)
          const s = hashKey(key) % this.meta.shards
          const shard = await this.cached(this.shards, s, () => this.load(shardPath(s)).then(parseShard))
          const list = shard[key]
          return decodePostings(Array.isArray(list) ? list : [], N)
        }),
      ),
    )
    return new Map(wanted.map((k, i) => [k, found[i] ?? new Uint32Array(0)]))
  }

  /** The vocabulary chunk of a word; with `eager`, only when it is small (else undefined until asked without). */
  private chunk(word: string, eager = false): Promise<VocabularyChunk> | undefined {
    const key = chunkKey(word)
    const at = key === undefined ? -1 : this.meta.vocab.indexOf(key)
    if (at < 0 || (eager && !this.vocabulary.has(at) && (this.meta.vocabBytes[at] ?? 0) > EAGER_VOCAB_BYTES))
      return undefined
    return this.cached(this.vocabulary, at, () => this.load(vocabPath(at)).then(parseVocabulary))
  }

  fragment(n: number, lang: 'ko' | 'en'): Promise<Fragment | undefined> {
    return this.cached(this.fragments, `${lang}${n}`, () => this.load(fragmentPath(n, lang)).then(parseFragment))
  }

  typeOf(n: number): DocType {
    let t = 0
    for (let i = 0; i < DOC_TYPES.length; i += 1) if (n >= (this.meta.typeStarts[i] ?? 0)) t = i
    return DOC_TYPES[t] ?? 'source'
  }

  /** Adds corrections (or completions) to the concepts that need them; returns the words added. */
  private async correct(
    reading: Reading,
    chunks: ReadonlyMap<Concept, Promise<VocabularyChunk> | undefined>,
  ): Promise<Concept[]> {
    const { plan, matches } = reading
    const counts = plan.concepts.map((c, i) =>
      c.kind === 'word' ? (matches[i]?.asTyped ?? 0) : Number.POSITIVE_INFINITY,
    )
    const fewest = Math.min(...counts)
    const together = this.together(matches)
    const changed: Concept[] = []
    await Promise.all(
      plan.concepts.map(async (c, i) => {
        const word = c.word
        const count = counts[i] ?? 0
        if (!word?.fuzzy || !correctable(c)) return
        if (!(word.partial || count < FEW || (together < FEW && count === fewest))) return
        const before = c.variants.length
        const chunk = await (chunks.get(c) ?? this.chunk(word.fuzzy))
        const found = chunk ? (word.partial ? chunk.completions(word.fuzzy) : chunk.corrections(word.fuzzy)) : []
        for (const { word: w } of found) {
          const keys = wordKeys(w)
          if (keys.length === 0) continue
          c.variants.push({ keys, weight: word.partial ? 1 : CORRECTION_WEIGHT })
          reading.corrections.push(w)
        }
        // Nothing to correct towards (a typo in the first letter): most of the word's syllable pairs will do.
        const typed = c.variants[0]
        if (found.length === 0 && typed && typed.loose === undefined && typed.keys.length >= MIN_LOOSE_KEYS)
          c.variants.push({ keys: typed.keys, weight: CORRECTION_WEIGHT, loose: HANGUL_LOOSE })
        if (c.variants.length > before) changed.push(c)
      }),
    )
    return changed
  }

  /** How many records every concept matched. */
  private together(matches: readonly ConceptMatch[]): number {
    const count = new Map<number, number>()
    for (const m of matches) for (const n of m.records) count.set(n, (count.get(n) ?? 0) + 1)
    let all = 0
    for (const c of count.values()) if (c === matches.length) all += 1
    return all
  }

  /**
   * The best `k` records for a query, best first, and how many matched in all. The query is read
   * as typed and, when it looks like Hangul typed in English layout, as Hangul too; the reading
   * whose best record scores higher wins.
   */
  async rank(
    query: string,
    filters: SearchFilters = {},
    k = 10,
  ): Promise<{ top: Ranked[]; total: number; reading?: Reading }> {
    const plans: Array<{ plan: Plan; readAs?: string }> = [{ plan: planQuery(query, this.thesaurus) }]
    const variant = qwertyVariant(query)
    if (variant !== undefined) plans.push({ plan: planQuery(variant, this.thesaurus), readAs: variant })
    const filterKeys = [
      ...(filters.year === undefined ? [] : [yearKey(filters.year)]),
      ...(filters.factor === undefined ? [] : [factorKey(filters.factor)]),
    ]
    const keysOf = (p: Plan) => [
      ...p.concepts.flatMap((c) => c.variants.flatMap((v) => v.keys)),
      ...p.pairs.flatMap((x) => x.keys),
    ]
    // The vocabulary of every word that may need correcting is asked for with the postings.
    const chunks = new Map<Concept, Promise<VocabularyChunk> | undefined>()
    for (const { plan } of plans)
      for (const c of plan.concepts)
        if (correctable(c) && c.word?.fuzzy) chunks.set(c, this.chunk(c.word.fuzzy, !c.word.partial))
    let lists = await this.postings([...plans.flatMap((p) => keysOf(p.plan)), ...filterKeys])
    const x = new Scratch(this.meta.count)
    const readings: Reading[] = plans.map(({ plan, readAs }) => ({
      plan,
      matches: plan.concepts.map((c) => matchConcept(c.variants, lists, x)),
      corrections: [],
      ...(readAs === undefined ? {} : { readAs }),
    }))
    const changed = (await Promise.all(readings.map((r) => this.correct(r, chunks)))).flat()
    if (changed.length > 0) {
      lists = new Map([...lists, ...(await this.postings(changed.flatMap((c) => c.variants.flatMap((v) => v.keys))))])
      for (const r of readings) r.matches = r.plan.concepts.map((c) => matchConcept(c.variants, lists, x))
    }
    const allowed = this.allowed(filters, lists)
    let best: { top: Ranked[]; total: number; reading?: Reading } = { top: [], total: 0 }
    for (const reading of readings) {
      const ranked = this.scored(reading, lists, allowed)
      const top = topK(ranked, k)
      if ((top[0]?.score ?? 0) > (best.top[0]?.score ?? 0)) best = { top, total: ranked.length, reading }
    }
    return best.reading ? best : { top: [], total: 0, reading: readings[0] }
  }

  private allowed(filters: SearchFilters, lists: ReadonlyMap<string, Uint32Array>): (n: number) => boolean {
    const sets = [
      filters.year === undefined ? undefined : yearKey(filters.year),
      filters.factor === undefined ? undefined : factorKey(filters.factor),
    ]
      .filter((k): k is string => k !== undefined)
      .map((k) => new Set(Array.from(lists.get(k) ?? [], (p) => p >>> 2)))
    return (n) => (filters.type === undefined || this.typeOf(n) === filters.type) && sets.every((s) => s.has(n))
  }

  private scored(reading: Reading, lists: ReadonlyMap<string, Uint32Array>, allowed: (n: number) => boolean): Ranked[] {
    const { plan, matches } = reading
    const latin = plan.concepts.every((c) => !/[\uAC00-\uD7A3\u3131-\u3163]/.test(c.text))
    const lengths = latin ? this.meta.titleLength.en : this.meta.titleLength.ko
    const pairs = plan.pairs.map((p) => {
      const held = new Map<number, number>()
      for (const key of p.keys)
        for (const v of lists.get(key) ?? []) {
          const n = v >>> 2
          held.set(n, Math.min(held.get(n) ?? 3, v & 3))
        }
      return { left: p.left, right: p.right, held }
    })
    return rankRecords({
      N: this.meta.count,
      matches,
      pairs,
      queryChars: plan.concepts.reduce((s, c) => s + c.text.replace(/\s/g, '').length, 0),
      titleLength: (n) => lengthOf(lengths[n]) ?? UNKNOWN_TITLE_LENGTH,
      weight: (n) => (allowed(n) ? TYPE_WEIGHT[this.typeOf(n)] : 0),
    })
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
    const { top, total, reading } = await this.rank(query, options.filters ?? {}, offset + limit)
    const concepts = reading?.plan.concepts ?? []
    const expansions = this.expansions(reading)
    // Every word searched is highlighted: as typed, its corrections and the thesaurus terms that found something.
    const asWord = (w: string): WordQuery => ({ word: w, exact: wordKeys(w), initials: false, partial: false })
    const words: WordQuery[] = [
      ...concepts.flatMap((c) => (c.word ? [c.word] : splitWords(c.text).map(asWord))),
      ...(reading?.corrections ?? []).map(asWord),
      ...expansions.flatMap((e) => e.terms.map(asWord)),
    ]
    const page = top.slice(offset, offset + limit)
    const crossScript = concepts.some((c) => (lang === 'ko' ? /[a-z]/ : /[\uAC00-\uD7A3\u3131-\u3163]/).test(c.text))
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
      corrections: [...new Set(reading?.corrections ?? [])],
      expansions,
      readings: concepts.filter((c) => c.kind !== 'word').map((c) => c.text),
      ...(reading?.readAs === undefined ? {} : { readAs: reading.readAs }),
    }
  }

  /** The thesaurus terms of each concept that matched at least one record. */
  private expansions(reading: Reading | undefined): Expansion[] {
    if (!reading) return []
    return reading.plan.concepts.flatMap((c, i) => {
      const found = reading.matches[i]?.found ?? []
      const terms = c.variants.flatMap((v, j) => (v.term !== undefined && (found[j] ?? 0) > 0 ? [v.term] : []))
      return terms.length > 0 ? [{ word: c.text, terms }] : []
    })
  }
}
