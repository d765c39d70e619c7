import type { Labels } from '../i18n/labels'
import type { Lang } from '../i18n/lang'
import { type MessageTable, messageLookup } from '../i18n/lookup'
import type { DocType } from './documents'

/** Interface text of the search page and the quick-search dialog (read through lib/i18n/lookup.ts). */
const MESSAGES = {
  searchTitle: { ko: '검색', en: 'Search' },
  searchIntro: {
    ko: '장애, 타임라인 사건, 원인 요인, 기업·기관, 정책, 출처를 한 번에 찾습니다. 초성(ㅋㅋㅇ), 입력 중인 글자(카카ㅇ), 영문 자판으로 친 한글(zkzkdhxhr), 작은 오타(데이타센타)도 찾습니다. 묻듯이 쳐도 되고(2022년 카카오 먹통 원인), 같은 뜻의 다른 말(정전 → 전원 장애)과 날짜·기간(10월 15일, 17시간)도 알아듣습니다.',
    en: 'Find incidents, timeline events, causal factors, companies and bodies, policies and sources at once. Korean initials, half-typed syllables, Hangul typed on an English keyboard, romanizations and small typos work too. Ask as you would a person (why did KakaoTalk go down in 2022); other words for the same thing, dates and durations are understood.',
  },
  query: { ko: '검색어', en: 'Search terms' },
  submit: { ko: '찾기', en: 'Search' },
  filters: { ko: '걸러 보기', en: 'Filters' },
  type: { ko: '종류', en: 'Type' },
  year: { ko: '연도', en: 'Year' },
  factor: { ko: '원인 요인', en: 'Factor' },
  any: { ko: '전체', en: 'Any' },
  loading: { ko: '색인을 불러오는 중…', en: 'Loading the index…' },
  failed: {
    ko: '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도하세요.',
    en: 'The search index could not be loaded. Try again in a moment.',
  },
  empty: { ko: '검색어를 입력하세요.', en: 'Type something to search for.' },
  none: {
    ko: '찾은 기록이 없습니다. 다른 말이나 더 짧은 말로 찾아 보세요.',
    en: 'Nothing found. Try other or shorter words.',
  },
  more: { ko: '더 보기', en: 'Show more' },
  results: { ko: '검색 결과', en: 'Results' },
  openQuick: { ko: '빠른 검색', en: 'Quick search' },
  quickLabel: { ko: '빠른 검색', en: 'Quick search' },
  quickHint: { ko: '↑↓ 이동 · Enter 열기 · Esc 닫기', en: '↑↓ to move · Enter to open · Esc to close' },
  close: { ko: '닫기', en: 'Close' },
  allResults: { ko: '모든 결과 보기', en: 'See all results' },
} as const satisfies MessageTable

export type SearchMessageKey = keyof typeof MESSAGES

export const smsg: (key: SearchMessageKey, lang: Lang) => string = messageLookup(MESSAGES)

const TYPE_NAMES: Labels<DocType> = {
  incident: { ko: '장애', en: 'Incident' },
  event: { ko: '사건', en: 'Event' },
  entity: { ko: '기업·기관', en: 'Company or body' },
  policy: { ko: '정책', en: 'Policy' },
  factor: { ko: '원인 요인', en: 'Factor' },
  source: { ko: '출처', en: 'Source' },
}

export function typeName(type: DocType, lang: Lang): string {
  return TYPE_NAMES[type][lang]
}

export function resultCount(total: number, lang: Lang): string {
  return lang === 'ko' ? `${total}건을 찾았습니다.` : `${total} ${total === 1 ? 'record' : 'records'} found.`
}

export function readAs(query: string, lang: Lang): string {
  return lang === 'ko' ? `‘${query}’(으)로 읽어 찾았습니다.` : `Read as “${query}”.`
}

/** Words searched in place of a misspelled or half-typed one. */
export function alsoSearched(words: readonly string[], lang: Lang): string {
  const list = words.map((w) => (lang === 'ko' ? `‘${w}’` : `“${w}”`)).join(', ')
  return lang === 'ko' ? `${list}(으)로도 찾았습니다.` : `Also searched for ${list}.`
}

/**
 * The particle 으로/로 after a word: 으로 after a final consonant other than ㄹ, else 로 (also after a
 * word that does not end in Hangul: kakaotalk로). Written out rather than es-hangul's josa, whose
 * tables would add about 3 KB gzip to the quick-search island every page loads.
 */
function ro(word: string): string {
  const syllable = word.charCodeAt(word.length - 1) - 0xac00
  if (!(syllable >= 0 && syllable < 11172)) return '로'
  const final = syllable % 28
  return final === 0 || final === 8 ? '로' : '으로'
}

/** A query word also searched as other terms of its thesaurus group: ‘정전’ → ‘전원 장애’로도 찾았습니다. */
export function expandedTo(expansion: { word: string; terms: readonly string[] }, lang: Lang): string {
  const { word, terms } = expansion
  if (lang === 'en') return `Also searched “${word}” as ${terms.map((t) => `“${t}”`).join(', ')}.`
  const last = terms[terms.length - 1] ?? ''
  const list = [...terms.slice(0, -1).map((t) => `‘${t}’`), `‘${last}’${ro(last)}도`]
  return `‘${word}’ → ${list.join(', ')} 찾았습니다.`
}

/** Dates and figures the query was read as: ‘2022년 10월’, ‘17시간’. */
export function readAsNumbers(readings: readonly string[], lang: Lang): string {
  const list = readings.map((r) => (lang === 'ko' ? `‘${r}’` : `“${r}”`)).join(', ')
  return lang === 'ko' ? `날짜나 수치로 읽은 말: ${list}.` : `Read as dates or figures: ${list}.`
}

/**
 * The status line over the results: how the query was read (English layout, dates and figures),
 * what it was corrected to, the thesaurus terms it was also searched as, how many matched.
 */
export function resultSummary(
  result: {
    total: number
    readAs?: string
    corrections: readonly string[]
    expansions?: ReadonlyArray<{ word: string; terms: readonly string[] }>
    readings?: readonly string[]
  },
  lang: Lang,
): string {
  return [
    result.readAs === undefined ? '' : readAs(result.readAs, lang),
    result.readings === undefined || result.readings.length === 0 ? '' : readAsNumbers(result.readings, lang),
    result.corrections.length === 0 ? '' : alsoSearched(result.corrections, lang),
    ...(result.expansions ?? []).map((e) => expandedTo(e, lang)),
    resultCount(result.total, lang),
  ]
    .filter((s) => s !== '')
    .join(' ')
}
