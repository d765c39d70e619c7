import type { Lang } from '../schema/vocabulary'

/** Interface text. Content text lives in content/; this is only the site's own words. */
const MESSAGES = {
  siteName: { ko: '장애 연대기', en: 'Outage Chronicle' },
  tagline: {
    ko: '한국 IT·통신 장애의 기록: 무엇이, 언제, 누구에게, 왜 일어났는가',
    en: 'A record of Korean IT and telecom outages: what happened, when, to whom, and why',
  },
  languageSwitch: { ko: 'English', en: '한국어' },
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
  incidents: { ko: '장애 기록', en: 'Incidents' },
  when: { ko: '언제', en: 'When' },
  duration: { ko: '지속 시간', en: 'Duration' },
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
    ko: '주소가 바뀌었거나 없는 기록입니다. 장애 기록 목록에서 찾아보세요.',
    en: 'The address may have changed, or there is no such record. Try the list of incidents.',
  },
  home: { ko: '처음으로', en: 'Home' },
  evidence: { ko: '근거', en: 'Evidence' },
  status: { ko: '결과', en: 'Status' },
} as const satisfies Record<string, Record<Lang, string>>

export type MessageKey = keyof typeof MESSAGES

export function msg(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang]
}
