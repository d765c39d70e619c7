/**
 * Display rows: what a result needs to be painted (title, link, date, a short excerpt), carried
 * by the posting shards for the records most likely to be on a query's first page, so that the
 * first page is painted from the postings' wave and the fragments' wave leaves the critical path.
 * Each shard carries, for each of its keys a query searches by, the rows of the `ROWS_PER_KEY`
 * records that key scores highest (by field class, type and title length), once per shard.
 * Pure: documents and postings in, rows out; rows in, hits out.
 */
import type { Localized } from '../i18n/lang'
import { DOC_TYPES, type DocType, type SearchDoc } from './documents'
import { lengthCode } from './format'
import { matchRanges, type Passage } from './highlight'
import { POSTING_CLASS_BITS, POSTING_CLASS_MASK } from './postings'
import { clean, MAX_PIECE, MAX_PREFIX, type WordQuery } from './text'
import { CLASS_WEIGHT, TYPE_WEIGHT } from './weights'

/**
 * Records whose rows a shard carries per key: two first pages' worth, so that the first page of a
 * query of several words, whose records are rarely any one word's best ten, is more often painted
 * without its fragments (at 10,000 records, 82 of 120 queries in one wave instead of 75, for an
 * index 16% larger).
 */
export const ROWS_PER_KEY = 20
/** Characters of a row's excerpt per language: its summary's first sentence, cut. */
export const EXCERPT_CHARS = 80
/** About the characters of a stored row, as the builder counts them towards a shard's size. */
export const ROW_CHARS = 40
/** The entry of a shard that holds its rows (no key of the index looks like this). */
export const ROWS_ENTRY = '#'

export interface DisplayRow {
  id: string
  type: DocType
  title: Localized
  url: Localized
  date?: string
  excerpt: Localized
}

/** A row as stored: id, type, titles, URLs (the English one '' when it is '/en' + the Korean one), date ('' when none), excerpts. */
export type StoredRow = [string, number, string, string, string, string, string, string, string]

/**
 * Keys a query is searched by: a syllable pair or piece (b:, s:) only where it begins a word of
 * some record (판교, 데이터센터; not 이터센, which only a query typed mid-word asks for), a Latin prefix (p:) only
 * where it is a whole word (kakao, not kaka); filters
 * (fy:, ff:) and loose trigrams (t:) only refine.
 */
export const carriesRows = (key: string, starts: ReadonlySet<string>): boolean =>
  !/^(fy|ff|t):/.test(key) && (!/^[bsp]:/.test(key) || starts.has(key))

/** The syllable pairs and pieces (b:, s:) that begin a word in some record's text, and its whole Latin words as prefixes (p:). */
export function wordStarts(docs: readonly SearchDoc[]): Set<string> {
  const out = new Set<string>()
  for (const d of docs) {
    const text = clean(
      [d.title.ko, d.title.en, ...d.aliases, d.summary.ko, d.summary.en, d.body.ko, d.body.en].join(' '),
    )
    for (const run of text.match(/(?<![\uAC00-\uD7A3])[\uAC00-\uD7A3]{2,}/g) ?? []) {
      out.add(`b:${run.slice(0, 2)}`)
      for (let len = 3; len <= Math.min(MAX_PIECE, run.length); len += 1) out.add(`s:${run.slice(0, len)}`)
    }
    for (const word of text.match(/[a-z0-9&]{4,}/g) ?? []) if (word.length <= MAX_PREFIX) out.add(`p:${word}`)
  }
  return out
}
/**
 * The weakest field class whose records a key's rows are taken from: two words side by side (j:)
 * in a title or alias only (the likely first page of a two-word query), any field for the rest.
 */
const rowClassOf = (key: string): number => (key.startsWith('j:') ? 1 : 2)

/** The opening sentence of a text, at most EXCERPT_CHARS characters (never half a surrogate pair). */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const end = flat.search(/[.!?。](\s|$)/)
  const sentence = end < 0 ? flat : flat.slice(0, end + 1)
  const chars = Array.from(sentence)
  return chars.length <= EXCERPT_CHARS ? sentence : `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…`
}

export function storeRow(d: SearchDoc): StoredRow {
  const en = d.url.en === `/en${d.url.ko}` ? '' : d.url.en
  const text = (l: 'ko' | 'en') => excerptOf(d.summary[l] === '' ? d.body[l] : d.summary[l])
  return [d.id, DOC_TYPES.indexOf(d.type), d.title.ko, d.title.en, d.url.ko, en, d.date ?? '', text('ko'), text('en')]
}

export function readRow(v: unknown): DisplayRow | undefined {
  if (!Array.isArray(v) || v.length !== 9) return undefined
  const [id, t, tk, te, uk, ue, date, ek, ee] = v
  const type = typeof t === 'number' ? DOC_TYPES[t] : undefined
  const texts = [id, tk, te, uk, ue, date, ek, ee]
  if (type === undefined || !texts.every((x): x is string => typeof x === 'string')) return undefined
  const s = (x: unknown) => (typeof x === 'string' ? x : '')
  return {
    id: s(id),
    type,
    title: { ko: s(tk), en: s(te) },
    url: { ko: s(uk), en: s(ue) === '' ? `/en${s(uk)}` : s(ue) },
    excerpt: { ko: s(ek), en: s(ee) },
    ...(s(date) === '' ? {} : { date: s(date) }),
  }
}

/**
 * The records whose rows a shard carries: for each of its keys that carries rows, the
 * `perKey` records with the highest contribution of that key (field class × type weight, the
 * shorter title first, then the lower number).
 */
export function shardRecords(
  keys: Iterable<string>,
  postings: ReadonlyMap<string, readonly number[]>,
  docs: readonly SearchDoc[],
  starts: ReadonlySet<string>,
  perKey = ROWS_PER_KEY,
): Set<number> {
  const out = new Set<number>()
  const weightOf = (p: number) => {
    const d = docs[p >>> POSTING_CLASS_BITS]
    return d ? (CLASS_WEIGHT[p & POSTING_CLASS_MASK] ?? 0) * TYPE_WEIGHT[d.type] : 0
  }
  const lengthOf = (p: number) => Number(lengthCode(docs[p >>> POSTING_CLASS_BITS]?.title.ko.length ?? 100))
  // Higher weight first, then the shorter title, then the lower number (postings are ascending).
  const before = (a: number, b: number) =>
    weightOf(a) > weightOf(b) || (weightOf(a) === weightOf(b) && lengthOf(a) < lengthOf(b))
  for (const key of keys) {
    if (!carriesRows(key, starts)) continue
    const best: number[] = []
    const weakest = rowClassOf(key)
    for (const p of postings.get(key) ?? []) {
      if ((p & POSTING_CLASS_MASK) > weakest) continue
      if (best.length === perKey && !before(p, best[perKey - 1] ?? 0)) continue
      let at = best.length
      while (at > 0 && before(p, best[at - 1] ?? 0)) at -= 1
      best.splice(at, 0, p)
      if (best.length > perKey) best.pop()
    }
    for (const p of best) out.add(p >>> POSTING_CLASS_BITS)
  }
  return out
}

/** A row's passage before the fragment arrives: its excerpt with the query's words marked. */
export function rowPassage(row: DisplayRow, words: readonly WordQuery[], lang: 'ko' | 'en'): Passage {
  const text = row.excerpt[lang] === '' ? row.excerpt[lang === 'ko' ? 'en' : 'ko'] : row.excerpt[lang]
  return { text, ranges: matchRanges(text, words) }
}
