import type { Lang } from './lang'
import { type MessageTable, messageLookup } from './lookup'

/** Interface text used across the site. Content text lives in content/; this is only the site's own words. */
const MESSAGES = {
  siteName: { ko: '장애 연대기', en: 'Outage Chronicle' },
  tagline: {
    ko: '한국 IT·통신 장애의 기록: 무엇이, 언제, 누구에게, 왜 일어났는가',
    en: 'A record of Korean IT and telecom outages: what happened, when, to whom, and why',
  },
  languageSwitch: { ko: 'English', en: '한국어' },
  homeIntro: {
    ko: '데이터센터 화재, 전원 장애, 통신구 화재, 트래픽 폭증까지: 한국의 주요 IT·통신 장애를 시각별 경과, 원인 요인, 피해 규모, 대응과 이어진 정책으로 정리했다. 모든 사실에는 출처가 달려 있고, 출처끼리 다른 값은 나란히 보여 준다.',
    en: 'Data-center fires, power failures, a cable-tunnel fire, traffic surges: the major Korean IT and telecom outages, each with its minute-by-minute course, causal factors, impact figures, responses and the policies that followed. Every fact cites a source, and where sources disagree both values are shown.',
  },
  atAGlance: { ko: '한눈에 보기', en: 'At a glance' },
  aboutDescription: {
    ko: '장애 연대기가 무엇이고 어떻게 만드는지: 출처를 다는 방법, 출처끼리 엇갈린 값, 원인 요인의 역할과 근거 수준, 시각 표기, 심각도 기준.',
    en: 'What Outage Chronicle is and how it is made: how facts are sourced, how disagreements are shown, factor roles and evidence levels, times, the severity scale.',
  },
  notFoundDescription: {
    ko: '요청한 주소에 페이지가 없습니다.',
    en: 'There is no page at this address.',
  },
  openTimeline: { ko: '전체 타임라인 보기', en: 'Open the full timeline' },
  openIndex: { ko: '장애 목록 보기', en: 'Browse the incident index' },
  openAnalysis: { ko: '되풀이되는 원인 보기', en: 'See the recurring causes' },
  coreIncidents: { ko: '핵심 사건', en: 'Core incidents' },
  latestAdditions: { ko: '최근 추가된 기록', en: 'Latest additions' },
  numIncidents: { ko: '기록된 장애', en: 'incidents recorded' },
  numYears: { ko: '기간', en: 'years covered' },
  numSources: { ko: '출처', en: 'sources cited' },
  numFactors: { ko: '원인 요인', en: 'recurring factors' },
  numLongest: { ko: '가장 긴 장애', en: 'longest outage' },
  mainNav: { ko: '주 메뉴', en: 'Main' },
  navIncidents: { ko: '장애 목록', en: 'Incidents' },
  navTimeline: { ko: '타임라인', en: 'Timeline' },
  navFactors: { ko: '원인 요인', en: 'Factors' },
  navEntities: { ko: '기업·기관', en: 'Entities' },
  navPolicies: { ko: '정책', en: 'Policies' },
  navSources: { ko: '출처', en: 'Sources' },
  navAnalysis: { ko: '분석', en: 'Analysis' },
  navSearch: { ko: '검색', en: 'Search' },
  navAbout: { ko: '소개·방법', en: 'About & method' },
  analysisIntro: {
    ko: '기록된 장애를 한데 놓고 본다: 해마다 몇 건이었나, 얼마나 오래 갔나, 어떤 요인이 되풀이됐나, 약속은 지켜졌나.',
    en: 'The recorded incidents side by side: how many each year, how long they lasted, which factors recur, and whether promises were kept.',
  },
  perYear: { ko: '연도별 장애', en: 'Incidents per year' },
  durationsCompared: { ko: '지속 시간 비교', en: 'Durations compared' },
  factorMatrix: { ko: '원인 요인 × 장애', en: 'Factors × incidents' },
  promisesOutcomes: { ko: '약속과 결과', en: 'Promises and outcomes' },
  incidents: { ko: '장애 기록', en: 'Incidents' },
  when: { ko: '언제', en: 'When' },
  duration: { ko: '지속 시간', en: 'Duration' },
  lengthStated: { ko: '출처가 밝힌 길이', en: 'as the sources state it' },
  lengthFromTimes: { ko: '기록된 시각으로 계산하면', en: 'from the recorded times' },
  lengthDisputed: { ko: '출처끼리 엇갈림', en: 'sources disagree' },
  where: { ko: '어디서', en: 'Where' },
  who: { ko: '운영 주체', en: 'Operators' },
  whatFailed: { ko: '영향받은 서비스', en: 'Affected services' },
  severity: { ko: '심각도', en: 'Severity' },
  timeline: { ko: '타임라인', en: 'Timeline' },
  causes: { ko: '원인 분석', en: 'Causes' },
  figures: { ko: '피해 규모', en: 'Impact figures' },
  responses: { ko: '대응', en: 'Responses' },
  policies: { ko: '이어진 정책', en: 'Policies that followed' },
  commitments: { ko: '약속과 결과', en: 'Commitments and outcomes' },
  related: { ko: '관련 장애', en: 'Related incidents' },
  sources: { ko: '출처', en: 'Sources' },
  sourceRecord: { ko: '출처 기록', en: 'source record' },
  analysis: { ko: '분석', en: 'Analysis' },
  analysisInKorean: {
    ko: '',
    en: 'The full analysis is written in Korean; the summary, timeline and causes above are in English.',
  },
  otherValues: { ko: '다른 값', en: 'Other values' },
  disputed: { ko: '출처 간 이견', en: 'Where sources disagree' },
  unverified: { ko: '미확인', en: 'unverified' },
  lowReliability: { ko: '신뢰도 낮음', en: 'low reliability' },
  dateInferred: { ko: '추정 날짜', en: 'date inferred' },
  unknownEnd: { ko: '종료 시각 미상', en: 'end unknown' },
  notFoundTitle: { ko: '페이지를 찾을 수 없습니다', en: 'Page not found' },
  notFoundBody: {
    ko: '주소가 바뀌었거나 없는 기록입니다. 찾는 것을 검색하거나 아래 목록에서 시작하세요.',
    en: 'The address may have changed, or there is no such record. Search for what you were looking for, or start from one of these.',
  },
  notFoundSearch: { ko: '기록 검색', en: 'Search the record' },
  wayIncidents: {
    ko: '기록된 모든 장애를 날짜·지속 시간·심각도로',
    en: 'Every recorded outage by date, duration and severity',
  },
  wayTimeline: {
    ko: '장애와 대응, 정책을 한 줄의 시간 위에',
    en: 'Outages, responses and policies on one line of time',
  },
  wayAnalysis: { ko: '되풀이되는 원인과 지켜지지 않은 약속', en: 'Recurring causes and promises not kept' },
  wayFactors: { ko: '장애를 만든 요인과 그 역할', en: 'The factors behind the outages and their roles' },
  wayAbout: { ko: '이 기록을 만드는 방법', en: 'How this record is made' },
  home: { ko: '처음으로', en: 'Home' },
  evidence: { ko: '근거', en: 'Evidence' },
  status: { ko: '결과', en: 'Status' },
  shownBy: { ko: '결과가 드러난 장애', en: 'shown by' },
  menu: { ko: '메뉴', en: 'Menu' },
  onThisPage: { ko: '이 페이지에서', en: 'On this page' },
  backToTop: { ko: '맨 위로', en: 'Back to top' },
  showAllSources: { ko: '출처 목록 펼치기', en: 'Show the list of sources' },
  moreFigures: { ko: '수치 더 보기', en: 'More figures' },
  overview: { ko: '개요', en: 'Overview' },
  skipToContent: { ko: '본문으로 건너뛰기', en: 'Skip to content' },
  footerNav: { ko: '사이트 정보', en: 'About this site' },
  footerData: { ko: '데이터 내려받기', en: 'Data' },
  footerTerms: { ko: '이용과 인용', en: 'Use and citation' },
  footerNote: {
    ko: '인용한 기사와 문서의 저작권은 각 발행처에 있습니다. 이 기록은 원문을 옮기지 않고 요약과 링크로 출처를 밝힙니다.',
    en: 'The articles and documents cited belong to their publishers. This record does not reproduce them: it summarises and links to them.',
  },
  pages: { ko: '쪽 이동', en: 'Pages' },
  previousPage: { ko: '이전 쪽', en: 'Previous page' },
  nextPage: { ko: '다음 쪽', en: 'Next page' },
} as const satisfies MessageTable

export type MessageKey = keyof typeof MESSAGES

export const msg: (key: MessageKey, lang: Lang) => string = messageLookup(MESSAGES)

/** "3쪽" / "page 3": the page of a list, in titles and the pager. */
export function pageName(page: number, lang: Lang): string {
  return lang === 'ko' ? `${page}쪽` : `page ${page}`
}

/** A title with its page: "제목 (3쪽)" / "Title (page 3)"; page 1 keeps the title as it is. */
export function withPage(title: string, page: number, lang: Lang): string {
  return page <= 1 ? title : `${title} (${pageName(page, lang)})`
}

/** Under a chart that shows part of a growing list: what it shows, of how many. */
export function shownNote(kind: 'strip' | 'durations' | 'matrix', shown: number, total: number, lang: Lang): string {
  const notes = {
    strip: {
      ko: `가장 심각한 ${shown}건만 표시했다 (전체 ${total}건).`,
      en: `Showing the ${shown} most severe of ${total} incidents.`,
    },
    durations: {
      ko: `가장 긴 ${shown}건만 표시했다 (종료 시각이 있는 ${total}건 중).`,
      en: `Showing the ${shown} longest of ${total} incidents with a known end.`,
    },
    matrix: {
      ko: `가장 최근 ${shown}건만 표시했다 (요인이 기록된 ${total}건 중). 요인마다 모든 장애는 각 요인 페이지에 있다.`,
      en: `Showing the latest ${shown} of ${total} incidents with recorded factors; each factor's page lists every one.`,
    },
  }
  return notes[kind][lang]
}
