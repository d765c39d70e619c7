/**
 * Corrections and completions: a query word that few records hold as typed (or that is half-typed,
 * or the rarest of words that rarely meet) is also searched as the closest words of its vocabulary
 * chunk (데이타센타 → 데이터센터, 카카ㅇ → 카카오), or, with none close enough, by most of its
 * syllable pairs or trigrams. Pure: the chunks are given.
 */
import type { IndexFiles } from './files'
import type { Correction, VocabularyChunk } from './fuzzy'
import type { Concept, Plan } from './query'
import type { ConceptMatch } from './scoring'
import { looseKeys, wordKeys } from './text'
import { CORRECTION_WEIGHT, FEW, HANGUL_LOOSE, LATIN_LOOSE, MAX_WAVE_FILES, MIN_LOOSE_KEYS } from './weights'

/** One reading of a query (as typed, or as Hangul typed in English layout) and how its concepts matched. */
export interface Reading {
  plan: Plan
  readAs?: string
  matches: ConceptMatch[]
  corrections: string[]
}

/** A word worth looking up in the vocabulary: one script, long enough to have a close neighbour, not a thesaurus term. */
export const correctable = (c: Concept) => c.kind === 'word' && c.word?.fuzzy !== undefined && c.also.length === 0

/** How many records every concept matched (counted in an array by record: no map of thousands of records). */
function together(matches: readonly ConceptMatch[]): number {
  if (matches.length === 0) return 0
  let max = 0
  for (const m of matches) for (const n of m.records) if (n > max) max = n
  const count = new Uint8Array(max + 1)
  let all = 0
  for (const m of matches)
    for (const n of m.records) {
      const c = (count[n] ?? 0) + 1
      count[n] = c
      if (c === matches.length) all += 1
    }
  return all
}

/** How many records every concept but the `skip`th matched (all records when there is none). */
function others(matches: readonly ConceptMatch[], skip: number): number {
  const rest = matches.filter((_, i) => i !== skip)
  return rest.length === 0 ? 0 : together(rest)
}

/** Adds corrections (or completions) to the concepts that need them; returns the concepts changed. */
export async function correct(
  reading: Reading,
  chunks: ReadonlyMap<Concept, Promise<VocabularyChunk> | undefined>,
  chunkOf: (word: string) => Promise<VocabularyChunk> | undefined,
  mayHave: (key: string) => boolean = () => true,
  ahead: ReadonlyMap<Concept, readonly Correction[]> = new Map(),
): Promise<Concept[]> {
  const { plan, matches } = reading
  const counts = plan.concepts.map((c, i) =>
    c.kind === 'word' ? (matches[i]?.asTyped ?? 0) : Number.POSITIVE_INFINITY,
  )
  const fewest = Math.min(...counts)
  const met = together(matches)
  const changed: Concept[] = []
  const needs = plan.concepts.map((c, i) => {
    const count = counts[i] ?? 0
    const word = c.word
    return !!word?.fuzzy && correctable(c) && (word.partial || count < FEW || (met < FEW && count === fewest))
  })
  // The corrections' postings are one more wave: kept within the requests a browser makes at once.
  const each = Math.max(1, Math.floor(MAX_WAVE_FILES / Math.max(1, needs.filter(Boolean).length)))
  await Promise.all(
    plan.concepts.map(async (c, i) => {
      const word = c.word
      const count = counts[i] ?? 0
      if (!word?.fuzzy || !needs[i]) return
      const before = c.variants.length
      const known = ahead.get(c)
      const chunk = known ? undefined : await (chunks.get(c) ?? chunkOf(word.fuzzy))
      const found =
        known ?? (chunk ? (word.partial ? chunk.completions(word.fuzzy) : chunk.corrections(word.fuzzy)) : [])
      for (const { word: w } of found.slice(0, each)) {
        const keys = wordKeys(w)
        if (keys.length === 0) continue
        c.variants.push({ keys, weight: word.partial ? 1 : CORRECTION_WEIGHT })
        reading.corrections.push(w)
      }
      // Nothing close enough (a typo in the first letter, Kakao Talk for KakaoTalk), the word found
      // nowhere and the rest of the query finding little: most of the word's syllable pairs or
      // trigrams will do.
      // Only the keys the index may hold are asked for; when too few are held for any record to
      // hold the share a loose match needs, the word has no loose match and costs no request.
      const loose = looseKeys(word.fuzzy)
      const share = /[a-z]/.test(word.fuzzy) ? LATIN_LOOSE : HANGUL_LOOSE
      const held = loose.filter(mayHave)
      if (
        found.length === 0 &&
        count === 0 &&
        others(matches, i) < FEW &&
        loose.length >= MIN_LOOSE_KEYS &&
        held.length > 0 &&
        held.length >= share * loose.length
      )
        c.variants.push({
          keys: held,
          weight: CORRECTION_WEIGHT,
          loose: Math.min(1, (share * loose.length) / held.length),
        })
      if (c.variants.length > before) changed.push(c)
    }),
  )
  return changed
}

/**
 * A word that no indexed word holds will be corrected, and a half-typed one completed: when an
 * earlier query has fetched its vocabulary chunk, its corrections are known now and their
 * postings join the first wave while there is room (pushed onto `keys`), so that it costs no
 * second wave. Returns them and the room left.
 */
export function correctionsAhead(
  files: IndexFiles,
  plans: ReadonlyArray<{ plan: Plan }>,
  keys: string[],
  room: number,
) {
  const found = new Map<Concept, Correction[]>()
  for (const { plan } of plans)
    for (const c of plan.concepts) {
      const word = c.word
      const chunk = word?.fuzzy === undefined || !correctable(c) ? undefined : files.loadedChunk(word.fuzzy)
      if (!word?.fuzzy || !chunk || (!word.partial && chunk.holds(word.fuzzy))) continue
      found.set(c, word.partial ? chunk.completions(word.fuzzy) : chunk.corrections(word.fuzzy))
    }
  const each = Math.max(1, Math.floor(MAX_WAVE_FILES / Math.max(1, found.size)))
  for (const [c, list] of found) {
    const more = list.slice(0, each).flatMap((f) => wordKeys(f.word))
    const extra = files.filesFor([...keys, ...more]) - files.filesFor(keys)
    if (extra > room) {
      found.delete(c)
      continue
    }
    room -= extra
    keys.push(...more)
  }
  return { found, room }
}
