/**
 * Text normalisation and the keys of the search index. Pure: no I/O, no framework.
 *
 * Key kinds (one string namespace, prefixed):
 *   b:XY   two adjacent Hangul syllables (substring matching inside compounds: 센터 ⊂ 데이터센터)
 *   u:X    one Hangul syllable (titles and aliases only, for one-syllable queries)
 *   c:XY   two adjacent initial consonants of a title or alias (초성: ㅋㅋㅇ → 카카오)
 *   t:abc  three adjacent characters of a Latin/digit word (substrings, romanization typos)
 *   w:ab   a whole Latin/digit word (short words such as SK, KT, LG)
 *
 * Typos and half-typed syllables are not keys: they go through the vocabulary (fuzzy.ts).
 */
import { disassemble, getChoseong } from 'es-hangul'

/** The longest query we look at, in code points. Longer input is cut, never rejected. */
export const MAX_QUERY_CHARS = 64
/** At most this many words of a query count. */
export const MAX_QUERY_WORDS = 8

/** Any Hangul: a syllable or a jamo. */
export const HANGUL = /[\uAC00-\uD7A3\u3131-\u3163]/
const SYLLABLE = /[\uAC00-\uD7A3]/
const CONSONANT_ONLY = /^[\u3131-\u314E]+$/
const LATIN_DIGIT = /[a-z0-9&]/

/** Well-formed, NFC, lower case; lone surrogates and control characters dropped. */
export function clean(input: string, maxChars = Number.POSITIVE_INFINITY): string {
  if (maxChars === Number.POSITIVE_INFINITY && !/[\uD800-\uDFFF]/.test(input))
    return input.normalize('NFC').toLowerCase()
  let out = ''
  let count = 0
  for (const ch of input) {
    if (count >= maxChars) break
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0xd800 && cp <= 0xdfff) continue // a lone surrogate: for..of yields it alone
    out += ch
    count += 1
  }
  return out.normalize('NFC').toLowerCase()
}

/** Words: runs of Hangul, jamo, Latin letters, digits and '&' (SK C&C), split on everything else. */
export function words(text: string): string[] {
  const found = text.match(/[\uAC00-\uD7A3\u3131-\u3163a-z0-9&]+/g) ?? []
  return found.map((w) => w.replace(/^&+|&+$/g, '')).filter((w) => w !== '')
}

const isSyllable = (ch: string) => SYLLABLE.test(ch)
const isLatin = (ch: string) => LATIN_DIGIT.test(ch)

/** Splits a word into runs of one script: Hangul (syllables and jamo) or Latin/digits. */
function scriptRuns(word: string): Array<{ hangul: boolean; text: string }> {
  return (word.match(/[a-z0-9&]+|[^a-z0-9&]+/g) ?? []).map((text) => ({ hangul: !isLatin(text[0] ?? ''), text }))
}

function ngrams(chars: readonly string[], n: number, prefix: string, into: Set<string>) {
  for (let i = 0; i + n <= chars.length; i += 1) into.add(prefix + chars.slice(i, i + n).join(''))
}

/** Longest Hangul piece with a key of its own (s:): a longer query word is found by its pieces of this length. */
export const MAX_PIECE = 6
/** Longest Latin prefix with a key of its own (p:). */
export const MAX_PREFIX = 12

/**
 * Keys of the complete syllables of a Hangul run: every two adjacent syllables (b:), every piece
 * of three to six syllables (s:, so that a query word is one key: 데이터센터 ⊂ 데이터센터에서), and
 * if asked, every syllable alone (u:).
 */
function syllableKeys(run: string, unigrams: boolean, into: Set<string>) {
  // Syllables are one UTF-16 unit each: pieces are plain slices.
  for (const seg of run.match(/[\uAC00-\uD7A3]+/g) ?? []) {
    const n = seg.length
    for (let i = 0; i < n; i += 1) {
      if (unigrams) into.add(`u:${seg[i]}`)
      if (i + 2 <= n) into.add(`b:${seg.slice(i, i + 2)}`)
      for (let len = 3; len <= MAX_PIECE && i + len <= n; len += 1) into.add(`s:${seg.slice(i, i + len)}`)
    }
  }
}

export const jamo = (hangul: string): string[] => Array.from(disassemble(hangul))

/** Keys of a Latin/digit run: the whole word (w:), its three-letter pieces (t:) and its prefixes of four letters or more (p:). */
function latinKeys(run: string, into: Set<string>) {
  into.add(`w:${run}`)
  const chars = Array.from(run)
  ngrams(chars, 3, 't:', into)
  for (let n = 4; n <= Math.min(MAX_PREFIX, chars.length); n += 1) into.add(`p:${chars.slice(0, n).join('')}`)
}

const edge = (word: string, end: boolean): string | undefined => {
  const chars = Array.from(word)
  const ch = (end ? chars[chars.length - 1] : chars[0]) ?? ''
  if (isSyllable(ch)) return ch
  if (!isLatin(ch)) return undefined
  const run: string[] = []
  for (const c of end ? [...chars].reverse() : chars) {
    if (!isLatin(c) || run.length === 3) break
    run.push(c)
  }
  return (end ? run.reverse() : run).join('')
}

/**
 * The key of two words side by side (판교 데이터센터 → j:교|데): the last syllable (or up to three
 * letters) of the first and the first of the second.
 */
export function joinKeys(a: string, b: string): string[] {
  const tail = edge(a, true)
  const head = edge(b, false)
  if (tail === undefined || head === undefined) return []
  return [`j:${tail}|${head}`]
}

/** The join keys of every two neighbouring words of a text (not across punctuation). */
export function pairKeys(text: string, into: Set<string>, isClean = false): void {
  for (const segment of (isClean ? text : clean(text)).split(/[^\uAC00-\uD7A3\u3131-\u3163a-z0-9&\s]+/)) {
    const ws = words(segment)
    for (let i = 0; i + 1 < ws.length; i += 1) {
      const key = joinKeys(ws[i] ?? '', ws[i + 1] ?? '')[0]
      if (key !== undefined) into.add(key)
    }
  }
}

/** Field classes, strongest first. Their weights are in rank.ts. */
export const FIELD_CLASSES = ['title', 'alias', 'summary', 'body'] as const
export type FieldClass = 0 | 1 | 2 | 3

/** Every key of a text in a field class. Titles and aliases also get unigrams and initials. */
export function indexKeys(text: string, fieldClass: FieldClass, isClean = false): Set<string> {
  const keys = new Set<string>()
  const rich = fieldClass <= 1
  const cleaned = isClean ? text : clean(text)
  for (const word of words(cleaned)) {
    for (const run of scriptRuns(word)) {
      if (run.hangul) syllableKeys(run.text, rich, keys)
      else latinKeys(run.text, keys)
    }
  }
  if (rich) {
    // Initials across the whole title with spaces removed, so ㅇㅎㄱㅅ and ㅇㅎ ㅎㅈ both match.
    const initials = Array.from(getChoseong(cleaned.replace(/[^\uAC00-\uD7A3]/g, '')))
    ngrams(initials, 2, 'c:', keys)
  }
  return keys
}

/** What one query word asks for. */
export interface WordQuery {
  word: string
  /** Keys a record must hold for an exact (substring) match. */
  exact: string[]
  /** The word is initial consonants only (ㅋㅋㅇ). */
  initials: boolean
  /** The word ends in a half-typed syllable (카카ㅇ): its exact keys are those of the syllables before. */
  partial: boolean
  /** The word as the vocabulary would hold it, when it can be corrected (one script, long enough). */
  fuzzy?: string
}

/** The one key of a Hangul run as a query word: itself (u:, b:, s:), or for a long one its pieces of MAX_PIECE syllables. */
function pieceKeys(chars: readonly string[], into: Set<string>) {
  const n = chars.length
  if (n === 1) into.add(`u:${chars[0]}`)
  else if (n === 2) into.add(`b:${chars.join('')}`)
  else if (n <= MAX_PIECE) into.add(`s:${chars.join('')}`)
  else
    for (let i = 0; ; i = Math.min(i + MAX_PIECE - 1, n - MAX_PIECE)) {
      into.add(`s:${chars.slice(i, i + MAX_PIECE).join('')}`)
      if (i === n - MAX_PIECE) break
    }
}

/**
 * The keys a record must hold to contain a word: for each Hangul run one key (or a few for a very
 * long one); for a Latin run, the whole word when short (w:), its trigram at three letters, else its
 * prefix (p:, so kakao finds KakaoTalk's). Jamo are dropped.
 */
export function wordKeys(word: string): string[] {
  const exact = new Set<string>()
  for (const run of scriptRuns(word)) {
    if (run.hangul) {
      let seg: string[] = []
      const flush = () => {
        if (seg.length > 0) pieceKeys(seg, exact)
        seg = []
      }
      for (const ch of run.text) {
        if (isSyllable(ch)) seg.push(ch)
        else flush()
      }
      flush()
      continue
    }
    const chars = Array.from(run.text)
    if (chars.length < 3) exact.add(`w:${run.text}`)
    else if (chars.length === 3) exact.add(`t:${run.text}`)
    else exact.add(`p:${chars.slice(0, MAX_PREFIX).join('')}`)
  }
  return [...exact]
}

/**
 * The keys of a word matched loosely, where most of them make a match: Hangul syllable pairs,
 * Latin trigrams (a typo in a first letter, Kakao Talk ~ KakaoTalk).
 */
export function looseKeys(word: string): string[] {
  const keys = new Set<string>()
  for (const run of scriptRuns(word)) {
    const chars = Array.from(run.text).filter((c) => !run.hangul || isSyllable(c))
    ngrams(chars, run.hangul ? 2 : 3, run.hangul ? 'b:' : 't:', keys)
  }
  return [...keys]
}

/** What one query word asks for; undefined for a word with nothing to search for (a lone consonant). */
export function wordQuery(word: string): WordQuery | undefined {
  if (CONSONANT_ONLY.test(word)) {
    const chars = Array.from(word)
    if (chars.length === 1) return undefined
    const exact = new Set<string>()
    ngrams(chars, 2, 'c:', exact)
    return { word, exact: [...exact], initials: true, partial: false }
  }
  const partial = /^[\uAC00-\uD7A3]+[\u3131-\u3163]$/.test(word)
  const exact = wordKeys(partial ? word.slice(0, -1) : word)
  const fuzzy = /^(?:[\uAC00-\uD7A3]+[\u3131-\u3163]?|[a-z]+)$/.test(word) ? word : undefined
  if (exact.length === 0 && fuzzy === undefined) return undefined
  return { word, exact, initials: false, partial, ...(fuzzy === undefined ? {} : { fuzzy }) }
}

/** Parses a query into word queries: cleaned, cut to size, deduplicated. */
export function parseQuery(input: string): WordQuery[] {
  const cleaned = clean(input, MAX_QUERY_CHARS * 4).slice(0, MAX_QUERY_CHARS * 2)
  const seen = new Set<string>()
  const out: WordQuery[] = []
  for (const word of words(cleaned)) {
    const w = Array.from(word).slice(0, MAX_QUERY_CHARS).join('')
    if (seen.has(w)) continue
    seen.add(w)
    const q = wordQuery(w)
    if (q) out.push(q)
    if (out.length >= MAX_QUERY_WORDS) break
  }
  return out
}
