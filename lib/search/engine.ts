/**
 * The search engine over the index files: fetches the facets once, then per query only the
 * posting shards of the query's keys and the fragments of the results it returns. Pure apart
 * from the loader it is given (disk in Node, fetch in the browser).
 */
import { DOC_TYPES, type DocType, type Text } from './documents'
import { type Fragment, type IndexLoader, type IndexMeta, INDEX_VERSION, META_PATH, type Shard, fragmentPath, shardPath } from './format'
import { type Passage, type Range, matchRanges, passage } from './highlight'
import { type WordQuery, hashKey, parseQuery, qwertyVariant } from './text'

/** Weight of a match by field class: title, alias, summary, body. */
const CLASS_WEIGHT = [10, 8, 3, 1] as const
/** Records of some types are what readers usually look for. */
const TYPE_WEIGHT: Record<DocType, number> = { incident: 1.3, entity: 1.1, policy: 1.1, factor: 1, event: 0.8, source: 0.6 }
/** Share of a word's jamo trigrams a record must hold to count as a fuzzy match. */
const FUZZY_MIN = 0.5

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
}

// ---- parsing the files without trusting them -------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number')
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const isText = (v: unknown): v is Text => isRecord(v) && typeof v.ko === 'string' && typeof v.en === 'string'
const isDocType = (v: unknown): v is DocType => DOC_TYPES.some((t) => t === v)

function parseMeta(raw: string): IndexMeta {
  const v: unknown = JSON.parse(raw)
  if (!isRecord(v) || v.version !== INDEX_VERSION || typeof v.count !== 'number' || typeof v.shards !== 'number'
    || !isStrings(v.factorIds) || !isNumbers(v.type) || !isRecord(v.titleLength) || !isNumbers(v.titleLength.ko) || !isNumbers(v.titleLength.en) || !isNumbers(v.year) || !Array.isArray(v.factors)) {
    throw new Error('search index: meta.json is not an index of this version')
  }
  const factors = v.factors.map((f) => (isNumbers(f) ? f : []))
  return { version: INDEX_VERSION, count: v.count, shards: v.shards, types: DOC_TYPES, factorIds: v.factorIds, type: v.type, year: v.year, factors, titleLength: { ko: v.titleLength.ko, en: v.titleLength.en } }
}

function parseShard(raw: string): Shard {
  const v: unknown = JSON.parse(raw)
  const out: Shard = {}
  if (!isRecord(v)) return out
  for (const [key, list] of Object.entries(v)) if (isNumbers(list)) out[key] = list
  return out
}

function parseFragment(raw: string): Fragment | undefined {
  const v: unknown = JSON.parse(raw)
  if (!isRecord(v) || typeof v.id !== 'string' || !isDocType(v.type) || !isText(v.title) || !isText(v.url) || !isText(v.text) || !isStrings(v.aliases)) return undefined
  return { id: v.id, type: v.type, title: v.title, url: v.url, aliases: v.aliases, text: v.text, ...(typeof v.date === 'string' ? { date: v.date } : {}) }
}

// ---- scoring -------------------------------------------------------------------------------

interface Scored { n: number; score: number; words: number }

export class SearchIndex {
  private shards = new Map<number, Promise<Shard>>()
  private fragments = new Map<number, Promise<Fragment | undefined>>()

  private constructor(readonly meta: IndexMeta, private readonly load: IndexLoader) {}

  static async open(load: IndexLoader): Promise<SearchIndex> {
    return new SearchIndex(parseMeta(await load(META_PATH)), load)
  }

  private shard(n: number): Promise<Shard> {
    let p = this.shards.get(n)
    if (!p) {
      p = this.load(shardPath(n)).then(parseShard)
      this.shards.set(n, p)
    }
    return p
  }

  fragment(n: number): Promise<Fragment | undefined> {
    let p = this.fragments.get(n)
    if (!p) {
      p = this.load(fragmentPath(n)).then(parseFragment)
      this.fragments.set(n, p)
    }
    return p
  }

  private async postings(keys: readonly string[]): Promise<Map<string, number[]>> {
    const byShard = new Map<number, string[]>()
    for (const key of keys) {
      const s = hashKey(key) % this.meta.shards
      const list = byShard.get(s)
      if (list) list.push(key)
      else byShard.set(s, [key])
    }
    const out = new Map<string, number[]>()
    await Promise.all([...byShard].map(async ([s, ks]) => {
      const shard = await this.shard(s)
      for (const k of ks) {
        const list = shard[k]
        if (list) out.set(k, list)
      }
    }))
    return out
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

  /** Scores every record against the words; a record's `words` is how many words it matched. */
  private async score(words: readonly WordQuery[], filters: SearchFilters): Promise<Scored[]> {
    const N = this.meta.count
    const keys = [...new Set(words.flatMap((w) => [...w.exact, ...w.fuzzy]))]
    const lists = await this.postings(keys)
    const idf = (k: string) => Math.log(1 + N / Math.max(1, (lists.get(k)?.length ?? 0)))
    const total = new Float64Array(N)
    const matched = new Uint8Array(N)
    const exactCov = new Float64Array(N)
    const exactW = new Float64Array(N)
    const fuzzyCov = new Float64Array(N)
    const fuzzyHits = new Uint16Array(N)
    const inTitle = new Uint8Array(N)
    const fuzzyW = new Float64Array(N)
    const touched: number[] = []
    const seen = new Uint8Array(N)

    for (const w of words) {
      exactCov.fill(0); exactW.fill(0); fuzzyCov.fill(0); fuzzyW.fill(0); fuzzyHits.fill(0)
      const local: number[] = []
      const accumulate = (key: string, cov: Float64Array, weight: Float64Array, hits?: Uint16Array) => {
        const list = lists.get(key)
        if (!list) return
        const k = idf(key)
        let n = 0
        for (const p of list) {
          n += Math.floor(p / 4)
          if (n >= N) break
          const cls = p % 4
          if (cov[n] === 0 && weight[n] === 0) local.push(n)
          cov[n] = (cov[n] ?? 0) + k
          if (hits) hits[n] = (hits[n] ?? 0) + 1
          weight[n] = (weight[n] ?? 0) + k * (CLASS_WEIGHT[cls] ?? 1)
        }
      }
      for (const key of w.exact) accumulate(key, exactCov, exactW)
      for (const key of w.fuzzy) accumulate(key, fuzzyCov, fuzzyW, fuzzyHits)
      const E = w.exact.reduce((s, k) => s + idf(k), 0)
      const F = w.fuzzy.reduce((s, k) => s + idf(k), 0)
      const latin = w.exact.some((k) => k.startsWith('t:'))
      for (const n of new Set(local)) {
        const ex = E > 0 ? (exactCov[n] ?? 0) / E : 0
        // The fuzzy gate counts keys: a typo's own trigrams are rare, and idf would let them veto.
        const fz = w.fuzzy.length > 0 ? (fuzzyHits[n] ?? 0) / w.fuzzy.length : 0
        let s = 0
        if (E > 0 && ex >= 0.999) {
          s = (exactW[n] ?? 0) / E
          if (s >= CLASS_WEIGHT[0] - 0.001) inTitle[n] = (inTitle[n] ?? 0) + 1
        }
        else if (fz >= FUZZY_MIN && !latin) {
          s = 0.6 * fz * fz * ((fuzzyW[n] ?? 0) / F)
          if ((fuzzyW[n] ?? 0) >= (fuzzyCov[n] ?? 0) * (CLASS_WEIGHT[0] - 0.001)) inTitle[n] = (inTitle[n] ?? 0) + 1
        }
        else if (latin && ex >= 0.5) s = 0.5 * ex * ex * ((exactW[n] ?? 0) / E)
        else if (E === 0 && fz >= FUZZY_MIN) s = 0.6 * fz * ((fuzzyW[n] ?? 0) / F)
        if (s <= 0) continue
        if (!seen[n]) { seen[n] = 1; touched.push(n) }
        total[n] = (total[n] ?? 0) + s
        matched[n] = (matched[n] ?? 0) + 1
      }
    }
    // Every word in the title: the shorter the title, the closer the match (카카오 → 카카오, not 카카오톡 장애).
    const latinQuery = words.every((w) => !/[\uAC00-\uD7A3\u3131-\u3163]/.test(w.word))
    const queryChars = words.reduce((s, w) => s + w.word.length, 0)
    const out: Scored[] = []
    for (const n of touched) {
      if (!this.allowed(n, filters)) continue
      const type = DOC_TYPES[this.meta.type[n] ?? 0] ?? 'source'
      const tlen = (latinQuery ? this.meta.titleLength.en[n] : this.meta.titleLength.ko[n]) ?? 100
      const bonus = inTitle[n] === words.length ? 6 * Math.min(1, queryChars / Math.max(1, tlen)) : 0
      out.push({ n, score: ((total[n] ?? 0) + bonus) * TYPE_WEIGHT[type], words: matched[n] ?? 0 })
    }
    return out
  }

  /** Ranked record numbers for a query; all words must match, or failing that as many as can. */
  async rank(query: string, filters: SearchFilters = {}): Promise<{ ranked: Scored[]; words: WordQuery[]; readAs?: string }> {
    const words = parseQuery(query)
    const variant = qwertyVariant(query)
    const variantWords = variant === undefined ? [] : parseQuery(variant)
    const runs: Array<{ words: WordQuery[]; scored: Scored[]; readAs?: string }> = []
    if (words.length > 0) runs.push({ words, scored: await this.score(words, filters) })
    if (variant !== undefined && variantWords.length > 0) runs.push({ words: variantWords, scored: await this.score(variantWords, filters), readAs: variant })
    let best: { words: WordQuery[]; ranked: Scored[]; readAs?: string } = { words, ranked: [] }
    let bestTop = 0
    for (const run of runs) {
      const need = run.words.length
      const full = run.scored.filter((s) => s.words === need)
      const most = Math.max(0, ...run.scored.map((s) => s.words))
      const ranked = (full.length > 0 ? full : run.scored.filter((s) => s.words === most && most > 0).map((s) => ({ ...s, score: s.score * 0.5 })))
        .sort((a, b) => b.score - a.score || a.n - b.n)
      const top = ranked[0]?.score ?? 0
      if (top > bestTop) { bestTop = top; best = { words: run.words, ranked, ...(run.readAs === undefined ? {} : { readAs: run.readAs }) } }
    }
    return best
  }

  /** The best `limit` records (from `offset`) with their fragments, highlighted for `lang`. */
  async search(query: string, options: { lang?: 'ko' | 'en'; filters?: SearchFilters; limit?: number; offset?: number } = {}): Promise<SearchResult> {
    const lang = options.lang ?? 'ko'
    const limit = Math.max(0, Math.min(options.limit ?? 10, 200))
    const offset = Math.max(0, options.offset ?? 0)
    const { ranked, words, readAs } = await this.rank(query, options.filters ?? {})
    const page = ranked.slice(offset, offset + limit)
    const frags = await Promise.all(page.map((s) => this.fragment(s.n)))
    const hits: SearchHit[] = []
    page.forEach((s, i) => {
      const f = frags[i]
      if (!f) return
      const other = lang === 'ko' ? 'en' : 'ko'
      let p = passage(f.text[lang], words)
      if (p.ranges.length === 0) {
        const q = passage(f.text[other], words)
        if (q.ranges.length > 0) p = q
      }
      if (p.ranges.length === 0) {
        const alias = f.aliases.find((a) => matchRanges(a, words).length > 0)
        if (alias !== undefined) p = { text: alias, ranges: matchRanges(alias, words) }
      }
      hits.push({
        n: s.n, id: f.id, type: f.type, title: f.title, url: f.url, score: s.score,
        titleRanges: matchRanges(f.title[lang], words), passage: p,
        ...(f.date === undefined ? {} : { date: f.date }),
      })
    })
    return { hits, total: ranked.length, ...(readAs === undefined ? {} : { readAs }) }
  }
}
