/**
 * Typo tolerance and half-typed words, through the vocabulary: an edit distance with a free start
 * and end finds the indexed words closest to a query word (Hangul compared jamo by jamo, so 데이타
 * is one letter from 데이터) and the part of each that the query spelled (데이터센터에서 → 데이터센터).
 * The corrections are then searched like exact words. Pure: no I/O.
 *
 * The vocabulary is split into chunks by a word's first letter (Hangul by its initial consonant,
 * ㄲ with ㄱ), so a query loads one small chunk whatever the size of the corpus; the price is that
 * a typo in the first letter is not corrected.
 */
import { getChoseong } from 'es-hangul'
import { align, sharedLetters } from './align'
import { jamo } from './text'

/** Errors per letter of the query word; above this a word is not a correction. */
export const MAX_FUZZY_SCORE = 0.34
/** Corrections kept per query word. */
export const MAX_CORRECTIONS = 4
/** A query word longer than this (in letters or jamo) is not corrected. */
const MAX_PATTERN = 32

const DOUBLE: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' }

/** The vocabulary chunk a word belongs to: its first initial consonant, or its first Latin letter. */
export function chunkKey(word: string): string | undefined {
  const first = word[0] ?? ''
  if (/[a-z]/.test(first)) return first
  if (/[\uAC00-\uD7A3]/.test(first)) {
    const c = getChoseong(first)
    return DOUBLE[c] ?? c
  }
  if (/[\u3131-\u314E]/.test(first)) return DOUBLE[first] ?? first
  return undefined
}

/** Words worth correcting towards: Hangul runs of two syllables or more, Latin runs of three letters or more. */
export function vocabularyWords(cleaned: string): string[] {
  return cleaned.match(/[\uAC00-\uD7A3]{2,}|[a-z]{3,}/g) ?? []
}

const letters = (word: string): string[] => (/[a-z]/.test(word[0] ?? '') ? Array.from(word) : jamo(word))

/** The syllables (or letters) of `word` that the letter span [start, end) touches. */
function spanOf(word: string, start: number, end: number): string {
  if (/[a-z]/.test(word[0] ?? '')) return word.slice(start, end)
  let at = 0
  let out = ''
  for (const syllable of word) {
    const len = letterCount(syllable)
    if (at < end && at + len > start) out += syllable
    at += len
  }
  return out
}

export interface Correction {
  word: string
  distance: number
}

/** Syllable medials and finals that are two jamo (ㅘ = ㅗㅏ, ㄳ = ㄱㅅ), as es-hangul's `disassemble` splits them. */
const DOUBLE_MEDIAL = new Set([9, 10, 11, 14, 15, 16, 19])
const DOUBLE_FINAL = new Set([3, 5, 6, 9, 10, 11, 12, 13, 14, 15, 18])

/** The number of letters `letters(word)` has, computed without splitting the word. */
export function letterCount(word: string): number {
  if (/[a-z]/.test(word[0] ?? '')) return word.length
  let n = 0
  for (const ch of word) {
    const code = (ch.codePointAt(0) ?? 0) - 0xac00
    if (code < 0 || code > 11171) {
      n += 1
      continue
    }
    const medial = Math.floor((code % 588) / 28)
    const final = code % 28
    n += 1 + (DOUBLE_MEDIAL.has(medial) ? 2 : 1) + (final === 0 ? 0 : DOUBLE_FINAL.has(final) ? 2 : 1)
  }
  return n
}

/** Letters a found word may have beyond the query's: room for particles (데이터센터에서). */
const LONGER_BY = 6

/**
 * One vocabulary chunk, ready to be searched. Its words are grouped by length, and a query is
 * compared (edit distance over letters, see `align`) only with the words long enough to hold it
 * and not much longer.
 */
export class VocabularyChunk {
  /** Word positions (the most widespread first) by letter count. */
  private readonly byLength = new Map<number, number[]>()
  private readonly spelled: Array<string[] | undefined>
  /** Corrections already worked out, by query word (a reader types the same word again and again). */
  private readonly corrected = new Map<string, Correction[]>()

  constructor(private readonly words: readonly string[]) {
    this.spelled = new Array(words.length)
    words.forEach((w, i) => {
      const n = letterCount(w)
      const group = this.byLength.get(n)
      if (group) group.push(i)
      else this.byLength.set(n, [i])
    })
  }

  private lettersAt(i: number): string[] {
    let l = this.spelled[i]
    if (l === undefined) {
      l = letters(this.words[i] ?? '')
      this.spelled[i] = l
    }
    return l
  }

  /** Whether some word of the chunk holds `query` as typed (else the index holds it in no text a correction could find). */
  holds(query: string): boolean {
    return this.words.some((w) => w.includes(query))
  }

  /** Words that begin with a half-typed query (카카ㅇ → 카카오), the most widespread first. */
  completions(query: string): Correction[] {
    const pattern = letters(query)
    const prefix = pattern.join('')
    if (pattern.length < 3) return []
    const out: Correction[] = []
    const seen = new Set<string>()
    for (let i = 0; i < this.words.length; i += 1) {
      const found = this.words[i]
      if (found === undefined || letterCount(found) < pattern.length || !this.lettersAt(i).join('').startsWith(prefix))
        continue
      const word = spanOf(found, 0, pattern.length)
      if (seen.has(word)) continue
      seen.add(word)
      out.push({ word, distance: 0 })
      if (out.length >= MAX_CORRECTIONS) break
    }
    return out
  }

  /** The words closest to `query` (a typo's corrections), without the query itself: all those equally close. */
  corrections(query: string): Correction[] {
    let known = this.corrected.get(query)
    if (!known) {
      known = this.closest(query)
      this.corrected.set(query, known)
    }
    return known
  }

  private closest(query: string): Correction[] {
    const pattern = letters(query)
    if (pattern.length < 3 || pattern.length > MAX_PATTERN) return []
    const slack = Math.floor(pattern.length * MAX_FUZZY_SCORE)
    const found: Array<{ position: number; distance: number; start: number; end: number }> = []
    const shared = sharedLetters(pattern)
    const hangul = !/[a-z]/.test(query[0] ?? '')
    const syllables = Array.from(query).length
    for (let n = pattern.length - slack; n <= pattern.length + slack + LONGER_BY; n += 1) {
      for (const position of this.byLength.get(n) ?? []) {
        const text = this.lettersAt(position)
        // Each pattern letter the word lacks costs an edit whatever the alignment: most words are
        // ruled out by counting, without the alignment's table.
        if (pattern.length - shared(text) > slack) continue
        const fit = align(pattern, text, slack)
        if (fit.distance <= slack) found.push({ position, ...fit })
      }
    }
    // Closest first; of equally close words, the most widespread.
    found.sort((a, b) => a.distance - b.distance || a.position - b.position)
    const out: Correction[] = []
    const seen = new Set<string>([query])
    for (const { position, distance, start, end } of found) {
      const word = spanOf(this.words[position] ?? '', start, end)
      // A correction inside another (데이터센 in 데이터센터) finds nothing the other does not; a
      // Hangul word is corrected to as many syllables as it has (포항 is not 포허은, whose third
      // syllable only lends its initial to 항's final).
      if (word === '' || [...seen].some((w) => w.includes(word) || word.includes(w))) continue
      if (hangul && Array.from(word).length !== syllables) continue
      seen.add(word)
      out.push({ word, distance })
      if (out.length >= MAX_CORRECTIONS) break
    }
    // Only the closest: a word one letter off is meant, not the ones two letters off.
    const closest = Math.min(...out.map((c) => c.distance))
    return out.filter((c) => c.distance === closest)
  }
}
