/**
 * The weights and thresholds of search, named in one place. Pure constants: the query reading
 * (query.ts), the scoring (scoring.ts) and the engine (engine.ts) read them.
 */
import type { DocType } from './documents'

/** Weight of a match by field class: title, alias, summary, body. */
export const CLASS_WEIGHT = [10, 8, 3, 1] as const
/** Records of some types are what readers usually look for. */
export const TYPE_WEIGHT: Record<DocType, number> = {
  incident: 1.3,
  entity: 1.1,
  policy: 1.1,
  factor: 1,
  event: 0.8,
  source: 0.6,
}
/** Another term of the word's thesaurus group (정전 → 전원 장애). */
export const SYNONYM_WEIGHT = 0.8
/** A half-typed word's own keys, against a whole word's (its completions weigh in fully). */
export const PARTIAL_WEIGHT = 0.9
/** A correction's weight against the word as typed. */
export const CORRECTION_WEIGHT = 0.6
/** Corrections are looked up for a word matched by fewer records than this (or a half-typed one). */
export const FEW = 5
/** The share of a long Latin word's trigrams that still makes a match (KakaoTalk ~ Kakao Talk). */
export const LATIN_LOOSE = 0.5
/** The share of a long Hangul word's syllable pairs that makes a match when nothing corrects it (테이터센터 ~ 데이터센터). */
export const HANGUL_LOOSE = 0.7
/** A word needs at least this many keys to match loosely when nothing corrects it. */
export const MIN_LOOSE_KEYS = 3
/** A loose match scores this, times the square of the share of keys held. */
export const LOOSE_SCALE = 0.5
/** A record whose coverage of the query is `c` (0..1, by term rarity) has its score times c^COVERAGE_POWER. */
export const COVERAGE_POWER = 2
/** Two query words found side by side: this share of a title-class match of the rarer word. */
export const PROXIMITY = 0.5
/** Every query word in the title: up to this share of a title match, the closer the title is to the query. */
export const TITLE_BONUS = 0.6
/** Title length assumed when the index does not say. */
export const UNKNOWN_TITLE_LENGTH = 100
/** A vocabulary chunk up to this size (bytes) is fetched with every query's postings; a larger one only when a word needs it. */
export const EAGER_VOCAB_BYTES = 48_000
/** Requests a browser makes at once to one host over HTTP/1.1: a query's first wave tries to stay within them. */
export const MAX_WAVE_FILES = 6
/** Neighbouring word pairs whose side-by-side keys a query asks for (each may cost a file). */
export const MAX_PAIRS = 2
