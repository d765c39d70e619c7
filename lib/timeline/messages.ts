import type { Lang } from '../i18n/lang'
import { type MessageTable, messageLookup } from '../i18n/lookup'
import type { Lane } from './timeline'

/** Interface text of the timeline and the incident index (read through lib/i18n/lookup.ts). */
const MESSAGES = {
  timelineTitle: { ko: '연결된 타임라인', en: 'The cross-linked timeline' },
  timelineIntro: {
    ko: '모든 장애와 그 주요 사건, 정책의 단계, 정부와 기업의 대응을 한 줄의 시간 위에 놓았습니다. 각 항목은 자세한 기록으로 이어집니다.',
    en: 'Every incident with its key events, every policy step, and every government and company response, on one line of time. Each item links to its full record.',
  },
  keyEventsRule: {
    ko: '장애 레인에는 장애의 시작과 함께 발단, 마지막 복구, 후속 사건만 보입니다. 나머지 사건은 각 장애 기록에 있습니다.',
    en: 'The incident lane shows each incident at its start with its trigger, final recovery and aftermath events; every other event is on the incident’s own page.',
  },
  lanes: { ko: '레인', en: 'Lanes' },
  laneIncident: { ko: '장애', en: 'Incidents' },
  lanePolicy: { ko: '정책', en: 'Policy' },
  laneGovernment: { ko: '정부·공공 대응', en: 'Government & public bodies' },
  laneCompany: { ko: '기업 대응', en: 'Company responses' },
  years: { ko: '연도', en: 'Years' },
  yearsNav: { ko: '연도별 바로가기', en: 'Jump to a year' },
  filters: { ko: '걸러 보기', en: 'Filters' },
  from: { ko: '시작 연도', en: 'From year' },
  to: { ko: '끝 연도', en: 'To year' },
  factor: { ko: '원인 요인', en: 'Factor' },
  entity: { ko: '기업·기관', en: 'Company or body' },
  service: { ko: '서비스', en: 'Service' },
  severity: { ko: '심각도', en: 'Severity' },
  year: { ko: '연도', en: 'Year' },
  any: { ko: '전체', en: 'Any' },
  clearFilters: { ko: '필터 지우기', en: 'Clear filters' },
  search: { ko: '검색어', en: 'Search' },
  searchHint: { ko: '제목, 별칭, 운영 주체, 원인 요인', en: 'Title, alias, operator or factor' },
  permalink: { ko: '이 항목의 고유 링크', en: 'Permalink to this item' },
  ofIncident: { ko: '장애', en: 'Incident' },
  finalRecovery: { ko: '최종 복구', en: 'Final recovery' },
  prompted: { ko: '계기', en: 'Prompted by' },
  duration: { ko: '지속', en: 'Duration' },
  durationUnknown: { ko: '종료 시각 미상', en: 'end unknown' },
  noneShown: {
    ko: '조건에 맞는 항목이 없습니다. 필터를 바꾸거나 지우세요.',
    en: 'No item matches these filters. Change or clear them.',
  },
  indexTitle: { ko: '장애 목록', en: 'All incidents' },
  indexIntro: {
    ko: '기록된 모든 장애입니다. 날짜, 지속 시간, 심각도로 정렬하고 검색어, 원인 요인, 심각도, 연도로 걸러 볼 수 있습니다.',
    en: 'Every incident on record. Sort by date, duration or severity; filter by text, factor, severity or year.',
  },
  indexCaption: {
    ko: '장애 목록 (정렬 버튼은 열 제목에 있음)',
    en: 'Incidents (sort buttons are in the column headings)',
  },
  colDate: { ko: '날짜', en: 'Date' },
  colTitle: { ko: '장애', en: 'Incident' },
  colDuration: { ko: '지속 시간', en: 'Duration' },
  colOperators: { ko: '운영 주체', en: 'Operators' },
  colFactors: { ko: '원인 요인', en: 'Factors' },
  colSeverity: { ko: '심각도', en: 'Severity' },
  colCoverage: { ko: '기록 범위', en: 'Coverage' },
  approxNote: {
    ko: '“약”은 시작이나 끝이 대략이거나 분 단위보다 거친 경우입니다. “—”는 끝난 시각을 모르는 경우입니다.',
    en: '“about” marks a start or end that is approximate or coarser than a minute; “—” means the end is unknown.',
  },
  noRows: { ko: '조건에 맞는 장애가 없습니다.', en: 'No incident matches these filters.' },
  tableRegion: { ko: '장애 표 (가로로 스크롤)', en: 'Incident table (scrolls sideways)' },
} as const satisfies MessageTable

export type TimelineMessageKey = keyof typeof MESSAGES

export const tmsg: (key: TimelineMessageKey, lang: Lang) => string = messageLookup(MESSAGES)

const LANE_KEY: Record<Lane, TimelineMessageKey> = {
  incident: 'laneIncident',
  policy: 'lanePolicy',
  government: 'laneGovernment',
  company: 'laneCompany',
}

export function laneName(lane: Lane, lang: Lang): string {
  return tmsg(LANE_KEY[lane], lang)
}

/** "about 5 h" / "약 5시간". */
export function approximately(text: string, lang: Lang): string {
  return lang === 'ko' ? `약 ${text}` : `about ${text}`
}

/** The live-region sentence. */
export function itemsShown(shown: number, total: number, lang: Lang): string {
  return lang === 'ko' ? `항목 ${total}개 중 ${shown}개 표시` : `${shown} of ${total} items shown`
}

export function incidentsShown(shown: number, total: number, lang: Lang): string {
  return lang === 'ko' ? `장애 ${total}건 중 ${shown}건 표시` : `${shown} of ${total} incidents shown`
}

export function sortBy(column: string, lang: Lang): string {
  return lang === 'ko' ? `${column} 순으로 정렬` : `Sort by ${column.toLowerCase()}`
}
