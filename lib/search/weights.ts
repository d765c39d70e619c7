/**
 * The weights and thresholds of the search ranking, named in one place. Pure constants: the
 * scoring (scoring.ts) and the ranking (ranking.ts) read them.
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
/** A half-typed word's own keys, against a whole word's (its completions weigh in fully). */
export const PARTIAL_WEIGHT = 0.9
/** A correction's weight against the word as typed (times 1 − its share of errors). */
export const CORRECTION_WEIGHT = 0.6
/** Corrections are looked up for a word matched by fewer records than this (or a half-typed one). */
export const FEW = 5
/** The share of a long Latin word's trigrams that still makes a match (KakaoTalk ~ Kakao Talk). */
export const LATIN_LOOSE = 0.5
/** The share of a long Hangul word's syllable pairs that makes a match when nothing corrects it (테이터센터 ~ 데이터센터). */
export const HANGUL_LOOSE = 0.7
/** A word needs at least this many keys to match loosely when nothing corrects it. */
export const MIN_LOOSE_KEYS = 3
/** A loose match scores this, times the square of the share of keys held, times the mean weight. */
export const LOOSE_SCALE = 0.5
/** Slack for the rounding of summed weights. */
const ROUNDING = 0.001
/** A record holding this share of a variant's key weight holds every key. */
export const FULL_SHARE = 1 - ROUNDING
/** A mean weight this high means every key is in the title. */
export const TITLE_MEAN = CLASS_WEIGHT[0] - ROUNDING
/** What every query word in the title adds at most: all of it when the title is no longer than the query. */
export const TITLE_BONUS = 6
/** The title length assumed for a record the meta gives none for. */
export const UNKNOWN_TITLE_LENGTH = 100
/** Results that match only some of the query's words score this share. */
export const SOME_WORDS_SCALE = 0.5
