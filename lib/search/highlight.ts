/**
 * Where a query matched in a record's text: ranges to highlight and the passage to show.
 * Ranges are UTF-16 offsets into the string they come with; the page turns them into <mark>
 * elements, never into HTML.
 */
import { merge, type Range } from './ranges'
import { clean, type WordQuery } from './text'

export type { Range }
export interface Passage {
  text: string
  ranges: Range[]
}

const PASSAGE_CHARS = 140

/** Strings to look for: each word itself, or for a partial match its syllable pairs and trigrams. */
function needles(words: readonly WordQuery[]): string[] {
  const out = new Set<string>()
  for (const w of words) {
    if (w.initials) continue
    const whole = w.word.replace(/[\u3131-\u3163]+$/, '')
    if (Array.from(whole).length >= 1) out.add(whole)
    for (const key of w.exact) if (/^[btsp]:/.test(key)) out.add(key.slice(2))
  }
  return [...out].filter((n) => n !== '').sort((a, b) => b.length - a.length)
}

/** The initial consonant of each syllable, by the syllable's code from 가 over 588 (as es-hangul's getChoseong gives them). */
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'

/** Initials (ㅋㅋㅇ) found in a text: ranges over the syllables whose initials spell them. */
function initialRanges(text: string, words: readonly WordQuery[]): Range[] {
  const wanted = words.filter((w) => w.initials).map((w) => w.word)
  if (wanted.length === 0) return []
  const positions: number[] = []
  let initials = ''
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i) - 0xac00
    if (code >= 0 && code < 11172) {
      positions.push(i)
      initials += CHOSEONG[Math.floor(code / 588)] ?? ''
    }
  }
  const ranges: Range[] = []
  for (const w of wanted) {
    let at = initials.indexOf(w)
    while (at >= 0 && ranges.length < 20) {
      for (let k = at; k < at + w.length; k += 1) {
        const p = positions[k]
        if (p !== undefined) ranges.push({ start: p, end: p + 1 })
      }
      at = initials.indexOf(w, at + w.length)
    }
  }
  return ranges
}

/** Every place in `text` where the query matched. */
export function matchRanges(text: string, words: readonly WordQuery[]): Range[] {
  const lower = clean(text)
  const hay = lower.length === text.length ? lower : text
  const ranges: Range[] = []
  const covered: Range[] = []
  for (const needle of needles(words)) {
    let at = hay.indexOf(needle)
    while (at >= 0 && ranges.length < 200) {
      const end = at + needle.length
      if (!covered.some((r) => at >= r.start && end <= r.end)) {
        ranges.push({ start: at, end })
        covered.push({ start: at, end })
      }
      at = hay.indexOf(needle, end)
    }
  }
  return merge([...ranges, ...initialRanges(text, words)])
}

/** The passage of `text` around its first match (or its opening), with the ranges inside it. */
export function passage(text: string, words: readonly WordQuery[]): Passage {
  const flat = text.replace(/\s+/g, ' ').trim()
  const ranges = matchRanges(flat, words)
  const first = ranges[0]
  let start = first === undefined ? 0 : Math.max(0, first.start - 40)
  // Do not start inside a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start] ?? '')) start -= 1
  let end = Math.min(flat.length, start + PASSAGE_CHARS)
  if (end < flat.length && /[\uDC00-\uDFFF]/.test(flat[end] ?? '')) end += 1
  const prefix = start > 0 ? '…' : ''
  const suffix = end < flat.length ? '…' : ''
  const shift = prefix.length - start
  return {
    text: `${prefix}${flat.slice(start, end)}${suffix}`,
    ranges: ranges
      .filter((r) => r.start >= start && r.end <= end)
      .map((r) => ({ start: r.start + shift, end: r.end + shift })),
  }
}

/** The passage of a record's text where the query matched, else of the first alias it matched, else its opening. */
export function recordPassage(
  record: { text: string; aliases: readonly string[] },
  words: readonly WordQuery[],
): Passage {
  const p = passage(record.text, words)
  if (p.ranges.length > 0) return p
  const alias = record.aliases.find((a) => matchRanges(a, words).length > 0)
  return alias === undefined ? p : { text: alias, ranges: matchRanges(alias, words) }
}
