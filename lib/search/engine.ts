/**
 * The search engine over the index files. Opening reads meta.json (the reader's first focus on a
 * search box is the time to do it); a query then asks for every file it needs at once: the
 * postings of all its keys and filters, and the vocabulary of a word that may need correcting.
 * Only a misspelled or half-typed word costs a second wave (its corrections' postings), and the
 * results' fragments a last one. Pure apart from the loader it is given (disk in Node, fetch in
 * the browser).
 */
import type { DocType } from './documents'
import { correct, correctable, correctionsAhead, type Reading } from './corrections'
import { IndexFiles } from './files'
import { type IndexLoader, type IndexMeta, factorKey, lengthOf, yearKey } from './format'
import type { VocabularyChunk } from './fuzzy'
import { type SearchHit, hitsOf, paintedHits } from './hits'
import { type Concept, type Plan, planQuery, qwertyVariant, stemOf, Thesaurus } from './query'
import { type Ranked, Scratch, matchConcept, rankTop } from './scoring'
import { POSTING_CLASS_BITS, POSTING_CLASS_MASK } from './postings'
import { HANGUL, type WordQuery, wordKeys, words as splitWords } from './text'
import { MAX_WAVE_FILES, TYPE_WEIGHT, UNKNOWN_TITLE_LENGTH } from './weights'

export type { SearchHit } from './hits'

export interface SearchFilters {
  type?: DocType
  year?: number
  factor?: string
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

export class SearchIndex {
  private readonly thesaurus: Thesaurus
  private readonly scratch: Scratch

  private constructor(private readonly files: IndexFiles) {
    this.thesaurus = new Thesaurus(files.meta.thesaurus)
    this.scratch = new Scratch(files.meta.count)
  }

  static async open(load: IndexLoader): Promise<SearchIndex> {
    return new SearchIndex(await IndexFiles.open(load))
  }

  get meta(): IndexMeta {
    return this.files.meta
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
    const conceptKeys = (p: Plan) => p.concepts.flatMap((c) => c.variants.flatMap((v) => v.keys))
    const keys = [...plans.flatMap((p) => conceptKeys(p.plan)), ...filterKeys]
    // One wave, kept within the six requests a browser makes at once to a host (HTTP/1.1): the
    // concepts' postings; the vocabulary of a word that may need correcting while there is room (a
    // half-typed word's always: it is completed from it); then words side by side while there is room.
    let room = MAX_WAVE_FILES - this.files.filesFor(keys)
    const chunks = new Map<Concept, Promise<VocabularyChunk> | undefined>()
    for (const { plan } of plans)
      for (const c of plan.concepts) {
        const word = c.word
        if (!correctable(c) || !word?.fuzzy) continue
        const fetched = this.files.hasChunk(word.fuzzy)
        if (!word.partial && !fetched && room <= 0) continue
        const chunk = this.files.chunk(word.fuzzy, !word.partial)
        if (chunk && !fetched) room -= 1
        chunks.set(c, chunk)
      }
    const ahead = correctionsAhead(this.files, plans, keys, room)
    room = ahead.room
    // A word the index certainly lacks as typed is side by side with nothing: no pair of it is asked for.
    const mayMatch = (c: Concept | undefined) => c?.variants.some((v) => !v.keys.some((k) => this.files.keys.lacks(k)))
    for (const { plan } of plans)
      plan.pairs = plan.pairs.filter((pair) => {
        if (!mayMatch(plan.concepts[pair.left]) || !mayMatch(plan.concepts[pair.right])) return false
        const more = this.files.filesFor([...keys, ...pair.keys]) - this.files.filesFor(keys)
        if (more > room) return false
        room -= more
        keys.push(...pair.keys)
        return true
      })
    let lists = await this.files.postings(keys)
    const x = this.scratch
    const readings: Reading[] = plans.map(({ plan, readAs }) => ({
      plan,
      matches: plan.concepts.map((c) => matchConcept(c.variants, lists, x)),
      corrections: [],
      ...(readAs === undefined ? {} : { readAs }),
    }))
    const mayHave = (key: string) => this.files.keys.mayHave(key)
    const changed = (
      await Promise.all(readings.map((r) => correct(r, chunks, (w) => this.files.chunk(w), mayHave, ahead.found)))
    ).flat()
    if (changed.length > 0) {
      lists = new Map([
        ...lists,
        ...(await this.files.postings(changed.flatMap((c) => c.variants.flatMap((v) => v.keys)))),
      ])
      for (const r of readings) r.matches = r.plan.concepts.map((c) => matchConcept(c.variants, lists, x))
    }
    const allowed = this.allowed(filters, lists)
    const carried = this.files.carriedBy(lists.keys())
    let best: { top: Ranked[]; total: number; reading?: Reading } = { top: [], total: 0 }
    for (const reading of readings) {
      const { top, total } = this.scored(reading, lists, allowed, k, carried)
      if ((top[0]?.score ?? 0) > (best.top[0]?.score ?? 0)) best = { top, total, reading }
    }
    return best.reading ? best : { top: [], total: 0, reading: readings[0] }
  }

  private allowed(filters: SearchFilters, lists: ReadonlyMap<string, Uint32Array>): (n: number) => boolean {
    const sets = [
      filters.year === undefined ? undefined : yearKey(filters.year),
      filters.factor === undefined ? undefined : factorKey(filters.factor),
    ]
      .filter((k): k is string => k !== undefined)
      .map((k) => new Set(Array.from(lists.get(k) ?? [], (p) => p >>> POSTING_CLASS_BITS)))
    return (n) => (filters.type === undefined || this.files.typeOf(n) === filters.type) && sets.every((s) => s.has(n))
  }

  /** The best `k` records of a reading (those `carried` first among equals) and how many matched. */
  private scored(
    reading: Reading,
    lists: ReadonlyMap<string, Uint32Array>,
    allowed: (n: number) => boolean,
    k: number,
    carried: (n: number) => boolean,
  ): { top: Ranked[]; total: number } {
    const { plan, matches } = reading
    const latin = plan.concepts.every((c) => !HANGUL.test(c.text))
    const lengths = latin ? this.meta.titleLength.en : this.meta.titleLength.ko
    const pairs = plan.pairs.map((p) => {
      const held = new Map<number, number>()
      for (const key of p.keys)
        for (const v of lists.get(key) ?? []) {
          const n = v >>> POSTING_CLASS_BITS
          held.set(n, Math.min(held.get(n) ?? POSTING_CLASS_MASK, v & POSTING_CLASS_MASK))
        }
      return { left: p.left, right: p.right, held }
    })
    return rankTop(
      {
        N: this.meta.count,
        matches,
        pairs,
        queryChars: plan.concepts.reduce((s, c) => s + c.text.replace(/\s/g, '').length, 0),
        titleLength: (n) => lengthOf(lengths[n]) ?? UNKNOWN_TITLE_LENGTH,
        weight: (n) => (allowed(n) ? TYPE_WEIGHT[this.files.typeOf(n)] : 0),
      },
      k,
      carried,
      this.scratch,
    )
  }

  /** The best `limit` records (from `offset`) with their fragments, highlighted for `lang`. */
  async search(
    query: string,
    options: {
      lang?: 'ko' | 'en'
      filters?: SearchFilters
      limit?: number
      offset?: number
      /**
       * Called with the page painted from the postings' wave (display rows) when it covers the page,
       * before its fragments; the rest of them are fetched once what it returns has settled (the
       * page's paint, in the browser: their passages then do not delay it).
       */
      early?: (result: SearchResult) => void | Promise<void>
    } = {},
  ): Promise<SearchResult> {
    const lang = options.lang ?? 'ko'
    const limit = Math.max(0, Math.min(options.limit ?? 10, 200))
    const offset = Math.max(0, options.offset ?? 0)
    const { top, total, reading } = await this.rank(query, options.filters ?? {}, offset + limit)
    const concepts = reading?.plan.concepts ?? []
    const expansions = this.expansions(reading)
    // Every word searched is highlighted: as typed, its corrections and the thesaurus terms that found something.
    const asWord = (w: string): WordQuery => ({ word: w, exact: wordKeys(w), initials: false, partial: false })
    const words: WordQuery[] = [
      ...concepts.flatMap((c) => (c.word ? [c.word] : splitWords(c.text).map(asWord))),
      ...concepts.flatMap((c) => {
        const stem = c.word && stemOf(c.word.word)
        return stem ? [asWord(stem)] : []
      }),
      ...(reading?.corrections ?? []).map(asWord),
      ...expansions.flatMap((e) => e.terms.map(asWord)),
    ]
    const page = top.slice(offset, offset + limit)
    const crossScript = concepts.some((c) => (lang === 'ko' ? /[a-z]/ : HANGUL).test(c.text))
    const result = {
      total,
      corrections: [...new Set(reading?.corrections ?? [])],
      expansions,
      readings: concepts.filter((c) => c.kind !== 'word').map((c) => c.text),
      ...(reading?.readAs === undefined ? {} : { readAs: reading.readAs }),
    }
    if (options.early) {
      // The records no fetched shard carried a row for are fetched first (often one round of
      // requests instead of two for all ten); the page is painted when they arrive.
      const missing = page.filter((s) => !this.files.shown(s.n))
      if (missing.length > 0 && missing.length < page.length)
        await Promise.all(missing.map((s) => this.files.fragment(s.n)))
      const painted = paintedHits(this.files, page, words, lang, crossScript)
      if (painted) await options.early({ hits: painted, ...result })
    }
    return { hits: await hitsOf(this.files, page, words, lang, crossScript), ...result }
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
