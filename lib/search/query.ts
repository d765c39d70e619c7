import { convertQwertyToHangul } from 'es-hangul'
/**
 * How a query is read: dates and figures first (2022년 10월, 17시간), then words, each with the
 * forms it is searched in: as typed, without its particle (정전으로 → 정전), and as the other terms
 * of its thesaurus group (정전 → 전원 장애). Words that only frame a question (왜, 언제, what) are
 * left out. Pure: no I/O.
 */
import { readNumbers, withoutReadings } from './dates'
import { clean, joinKeys, MAX_QUERY_CHARS, MAX_QUERY_WORDS, type WordQuery, wordKeys, wordQuery, words } from './text'
import { type ThesaurusGroups, termKey } from './thesaurus'
import { termKey as groupTermKey } from './format'
import { MAX_PAIRS, PARTIAL_WEIGHT, SYNONYM_WEIGHT } from './weights'

/** One way a concept can be matched: keys a record must hold, with a weight. */
export interface Variant {
  keys: string[]
  weight: number
  /** A record holding this share of the keys (by count) also matches, weaker. */
  loose?: number
  /** The thesaurus term this variant searches for (정전 → 전원 장애). */
  term?: string
}

/** One thing the query asks for: a word (or a phrase that is a thesaurus term), a date or a figure. */
export interface Concept {
  kind: 'word' | 'date' | 'figure'
  /** As the reader typed it. */
  text: string
  /** The forms it is searched in, as typed first. */
  variants: Variant[]
  /** For a word: its parse (corrections, highlighting). */
  word?: WordQuery
  /** Other terms of its thesaurus group that are searched too. */
  also: string[]
}

export interface Plan {
  concepts: Concept[]
  /** Neighbouring words of the query: a record holding them side by side ranks higher. */
  pairs: Array<{ left: number; right: number; keys: string[] }>
}

/** Words that frame a question but say nothing about what is sought. */
const FRAME = new Set(
  (
    '왜 언제 어디 어디서 어디에 무엇 뭐 뭔가 뭐야 무슨 어떤 어떻게 얼마나 얼마 몇 누가 누구 어느 그 이 저 것 거 게 일 때 ' +
    '때문 때문에 관련 대한 대해 관한 사건 사태 사고 내용 정리 알려줘 알려 주세요 있었던 있었나 있었다 있던 있나 일어난 일어났나 ' +
    '생긴 생겼나 됐나 된 했나 했던 났던 안 못 좀 다시 날 됨 되던 되는 됐던 됐어 걸렸나 걸렸어 걸린 끝났나 끝났어 며칠 ' +
    '얼마였나 얼마야 뭐였나 뭐였어 했어 났어 났나 나서 the a an of in on at to for what when why how did does do is was ' +
    'were are happened happen with and or by from about which who'
  ).split(' '),
)

/** Particles and endings a word may carry (longest first); the stem is what is left. */
const ENDINGS = (
  '에서는 에서도 에서의 으로는 으로도 으로서 으로써 에게서 까지는 부터는 이라는 이라고 되었던 되었다 ' +
  '에서 으로 에게 까지 부터 처럼 보다 이랑 하고 라는 라고 이란 에는 에도 에의 했다 했던 했나 했어 했을 됐다 됐던 됐나 됐어 ' +
  '돼서 되어 하는 났다 났던 났나 나서 났을 이다 였다 였던 인데 은 는 이 가 을 를 의 에 와 과 도 만 로 랑 란 된 한 난 다 나 어 던 서 요'
)
  .split(' ')
  .sort((a, b) => b.length - a.length)

const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/

/** The word without a particle or ending, when at least `min` syllables are left. */
export function stemOf(word: string, min = 2): string | undefined {
  if (!HANGUL_WORD.test(word)) return undefined
  for (const e of ENDINGS) {
    if (!word.endsWith(e)) continue
    const stem = word.slice(0, -e.length)
    if (Array.from(stem).length >= min) return stem
  }
  return undefined
}

/** A term of the thesaurus: its group and its place in the group. */
export interface TermAt {
  g: number
  i: number
}

/** Lookup of the thesaurus by term key. */
export class Thesaurus {
  private readonly at = new Map<string, TermAt>()
  constructor(readonly groups: ThesaurusGroups) {
    groups.forEach((terms, g) => {
      terms.forEach((t, i) => {
        this.at.set(termKey(t), { g, i })
      })
    })
  }
  /** The term a word or phrase is, as typed or without its ending (정전으로 → 정전; 불났다 → 불). */
  find(phrase: string): TermAt | undefined {
    const key = termKey(phrase)
    const direct = this.at.get(key)
    if (direct !== undefined) return direct
    for (const e of ENDINGS)
      if (key.endsWith(e) && key.length > e.length) {
        const found = this.at.get(key.slice(0, -e.length))
        if (found !== undefined) return found
      }
    return undefined
  }
  /** The other terms of the group, searched too (not a lone syllable: 불 would match 불통). */
  others(at: TermAt): Array<{ term: string; i: number }> {
    return (this.groups[at.g] ?? []).flatMap((term, i) =>
      i === at.i || (Array.from(term).length === 1 && HANGUL_WORD.test(term)) ? [] : [{ term, i }],
    )
  }
}

/** A phrase's keys: every word's (all must hold). */
const phraseKeys = (phrase: string) => [...new Set(words(phrase).flatMap(wordKeys))]

/**
 * A word's forms. A thesaurus term is searched through its group's keys (one file for the group):
 * itself, then its other terms. Another word is searched without its particle when it has one
 * (카카오톡이 → 카카오톡: every record holding the word holds its stem too).
 */
function wordConcept(text: string, q: WordQuery, thesaurus: Thesaurus, at: TermAt | undefined): Concept {
  if (at !== undefined) {
    const others = thesaurus.others(at)
    return {
      kind: 'word',
      text,
      word: q,
      also: others.map((o) => o.term),
      variants: [
        { keys: [groupTermKey(at.g, at.i)], weight: 1 },
        ...others.map((o) => ({ keys: [groupTermKey(at.g, o.i)], weight: SYNONYM_WEIGHT, term: o.term })),
      ],
    }
  }
  const stem = q.partial || q.initials ? undefined : stemOf(q.word)
  const keys = stem === undefined ? q.exact : wordKeys(stem)
  return {
    kind: 'word',
    text,
    word: q,
    also: [],
    variants: keys.length > 0 ? [{ keys, weight: q.partial ? PARTIAL_WEIGHT : 1 }] : [],
  }
}

/** Reads a query into concepts (at most MAX_QUERY_WORDS) and the pairs of neighbouring words. */
export function planQuery(input: string, thesaurus: Thesaurus): Plan {
  const text = clean(input, MAX_QUERY_CHARS * 4).slice(0, MAX_QUERY_CHARS * 2)
  const readings = readNumbers(text)
  const concepts: Concept[] = readings.map((r) => ({
    kind: r.kind,
    text: r.text,
    variants: [{ keys: r.keys, weight: 1 }],
    also: [],
  }))
  const all = words(withoutReadings(text, readings)).map((w) => Array.from(w).slice(0, MAX_QUERY_CHARS).join(''))
  const framing = all.filter((w) => FRAME.has(w)).length
  const list = framing === all.length ? all : all.filter((w) => !FRAME.has(w))
  const seen = new Set<string>()
  const wordAt: number[] = []
  for (let i = 0; i < list.length && concepts.length < MAX_QUERY_WORDS; i += 1) {
    // The longest run of words (up to four) that is a thesaurus term is one concept (전원 장애).
    let taken = 1
    let term: TermAt | undefined
    for (let n = Math.min(4, list.length - i); n >= 1 && term === undefined; n -= 1) {
      term = thesaurus.find(list.slice(i, i + n).join(' '))
      if (term !== undefined) taken = n
    }
    const phrase = list.slice(i, i + taken).join(' ')
    i += taken - 1
    if (seen.has(phrase)) continue
    seen.add(phrase)
    const q: WordQuery | undefined =
      taken === 1 ? wordQuery(phrase) : { word: phrase, exact: phraseKeys(phrase), initials: false, partial: false }
    if (!q) continue
    wordAt.push(concepts.length)
    concepts.push(wordConcept(phrase, q, thesaurus, term))
  }
  const pairs: Plan['pairs'] = []
  for (let k = 0; k + 1 < wordAt.length && pairs.length < MAX_PAIRS; k += 1) {
    const left = wordAt[k] ?? 0
    const right = wordAt[k + 1] ?? 0
    const a = concepts[left]?.word
    const b = concepts[right]?.word
    if (!a || !b || a.initials || b.initials || a.partial) continue
    const keys = joinKeys(stemOf(a.word, 1) ?? a.word, b.word)
    if (keys.length > 0) pairs.push({ left, right, keys })
  }
  return { concepts, pairs }
}

/** A Latin-only query that reads as Hangul typed on an English keyboard (zkzkdhxhr → 카카오톡). */
export function qwertyVariant(input: string): string | undefined {
  const query = clean(input, MAX_QUERY_CHARS).trim()
  if (!/^[a-z ]+$/i.test(query) || !/[a-z]/i.test(query)) return undefined
  let converted: string
  try {
    converted = convertQwertyToHangul(query)
  } catch {
    return undefined
  }
  const letters = Array.from(converted.replace(/\s+/g, ''))
  if (letters.length === 0) return undefined
  const syllables = letters.filter((ch) => /[\uAC00-\uD7A3]/.test(ch)).length
  // Real Korean typed in English layout assembles into syllables; English words mostly do not.
  return syllables / letters.length >= 0.6 ? converted : undefined
}
