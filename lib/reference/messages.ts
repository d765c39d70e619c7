import type { Labels } from '../i18n/labels'
import type { Lang } from '../i18n/lang'
import { type MessageTable, messageLookup } from '../i18n/lookup'
import type { EntityKind } from '../schema/vocabulary'
import type { EntityRole } from './entities'
import type { FactKind } from './sources'

/** Interface text of the reference pages: factors, entities, policies, sources (read through lib/i18n/lookup.ts). */
const MESSAGES = {
  factorsTitle: { ko: '원인 요인', en: 'Causal factors' },
  factorsIntro: {
    ko: '장애 기록에 쓰이는 원인 요인의 분류입니다. 요인마다 몇 건의 장애에서, 어떤 역할로 나타났는지 보여 줍니다.',
    en: 'The taxonomy of causal factors used in the incident records: for each, how many incidents it appears in, and in which role.',
  },
  factorList: { ko: '요인 목록', en: 'All factors' },
  incidentCount: { ko: '관련 장애', en: 'Incidents' },
  incidentsUnit: { ko: '건', en: '' },
  notUsed: { ko: '아직 기록된 장애가 없습니다.', en: 'No recorded incident yet.' },
  mitigations: { ko: '줄이는 방법', en: 'Mitigations' },
  playedOut: { ko: '장애마다 어떻게 작용했나', en: 'How it played out each time' },
  role: { ko: '역할', en: 'Role' },
  aliases: { ko: '다른 이름', en: 'Also known as' },
  sourcesLabel: { ko: '출처', en: 'Sources' },
  disputed: { ko: '이견', en: 'Disputed' },
  entitiesTitle: { ko: '기업·기관', en: 'Companies, services and bodies' },
  entitiesIntro: {
    ko: '장애 기록에 나오는 기업, 시설, 서비스, 정부 기관, 국회, 단체, 인물입니다.',
    en: 'The companies, facilities, services, government bodies, legislature, organizations and people in the incident records.',
  },
  kind: { ko: '종류', en: 'Kind' },
  parent: { ko: '상위', en: 'Part of' },
  children: { ko: '하위 항목', en: 'Includes' },
  description: { ko: '설명', en: 'Description' },
  milestones: { ko: '주요 연혁', en: 'Milestones' },
  entityIncidents: { ko: '관련 장애', en: 'Incidents' },
  entityIncidentsNone: {
    ko: '이 항목이 직접 나오는 장애 기록은 없습니다.',
    en: 'No incident record names this entity directly.',
  },
  entityPolicies: { ko: '관여한 정책', en: 'Policies it made or runs' },
  sliceHeading: { ko: '이 항목이 나오는 타임라인', en: 'Its part of the timeline' },
  responseItem: { ko: '대응', en: 'Response' },
  commitmentItem: { ko: '약속', en: 'Commitment' },
  openIncident: { ko: '장애 기록에서 보기', en: 'View in the incident' },
  policiesTitle: { ko: '정책', en: 'Policies' },
  policiesIntro: {
    ko: '장애 뒤에 나온 법, 법안, 시행령, 정부 대책, 지정입니다.',
    en: 'Laws, bills, decrees, government measures and designations that followed the incidents.',
  },
  policyList: { ko: '정책 목록', en: 'All policies' },
  status: { ko: '현황', en: 'Status' },
  steps: { ko: '경과', en: 'Steps' },
  otherDates: { ko: '다른 출처의 날짜', en: "Other sources' dates" },
  prompted: { ko: '계기가 된 장애', en: 'Prompted by' },
  bodies: { ko: '담당 기관', en: 'Bodies' },
  summary: { ko: '요약', en: 'Summary' },
  provisions: { ko: '주요 내용', en: 'Provisions' },
  respondingIncidents: { ko: '이 정책으로 이어진 대응', en: 'Responses that led to it' },
  sourcesTitle: { ko: '출처', en: 'Sources' },
  sourcesIntro: {
    ko: '이 사이트의 모든 사실이 기대는 기사, 보고서, 발표문입니다. 발행일 순이며, 날짜를 모르는 출처는 맨 끝에 있습니다.',
    en: 'The articles, reports and statements every fact on this site rests on, by date of publication; undated sources come last.',
  },
  undated: { ko: '날짜 미상', en: 'Undated' },
  sourceCount: { ko: '출처 수', en: 'Sources' },
  publisher: { ko: '발행', en: 'Publisher' },
  author: { ko: '작성자', en: 'Author' },
  date: { ko: '날짜', en: 'Date' },
  label: { ko: '내용', en: 'What it is' },
  headline: { ko: '제목', en: 'Headline' },
  language: { ko: '언어', en: 'Language' },
  address: { ko: '주소', en: 'Address' },
  reliability: { ko: '신뢰도', en: 'Reliability' },
  reliabilityStandard: { ko: '보통', en: 'Standard' },
  reliabilityLow: { ko: '낮음', en: 'Low' },
  noUrl: { ko: '확인된 주소 없음', en: 'No known address' },
  whatItSays: { ko: '무엇을 근거로 쓰나', en: 'What we rely on it for' },
  citedBy: { ko: '이 출처를 인용한 사실', en: 'Facts citing this source' },
  citedByNone: { ko: '이 출처를 인용한 사실이 없습니다.', en: 'No fact cites this source.' },
  citedIncidents: { ko: '장애 기록', en: 'Incidents' },
  citedEntities: { ko: '기업·기관', en: 'Entities' },
  citedPolicies: { ko: '정책', en: 'Policies' },
  factsUnit: { ko: '건', en: 'facts' },
  recordListed: { ko: '이 장애 기록의 출처 목록에 실려 있습니다.', en: "Listed among the incident's sources." },
  analysisInKo: { ko: '', en: '(from the Korean analysis)' },
  metadata: { ko: '서지 정보', en: 'Details' },
  dateNote: { ko: '날짜 메모', en: 'About the date' },
  dateInferred: { ko: '추정', en: 'inferred' },
  unverified: { ko: '미확인', en: 'unverified' },
  lowReliability: { ko: '신뢰도 낮음', en: 'low reliability' },
} as const satisfies MessageTable

export type ReferenceMessageKey = keyof typeof MESSAGES

export const rmsg: (key: ReferenceMessageKey, lang: Lang) => string = messageLookup(MESSAGES)

/** Headings of the entity groups, plural. */
export const ENTITY_KIND_GROUP: Labels<EntityKind> = {
  company: { ko: '기업', en: 'Companies' },
  facility: { ko: '시설', en: 'Facilities' },
  service: { ko: '서비스', en: 'Services' },
  government: { ko: '정부 기관', en: 'Government bodies' },
  legislature: { ko: '국회', en: 'Legislature' },
  organization: { ko: '단체', en: 'Organizations' },
  person: { ko: '인물', en: 'People' },
}

export const ENTITY_ROLE_LABEL: Labels<EntityRole> = {
  facility: { ko: '사고 시설', en: 'Facility' },
  operator: { ko: '운영 주체', en: 'Operator' },
  service: { ko: '영향받은 서비스', en: 'Affected service' },
  'event-service': { ko: '타임라인에 나옴', en: 'Named in the timeline' },
  'response-actor': { ko: '대응 주체', en: 'Responded' },
  'commitment-actor': { ko: '약속 주체', en: 'Made commitments' },
}

export const FACT_KIND_LABEL: Labels<FactKind> = {
  event: { ko: '타임라인', en: 'Timeline' },
  'event-alternative': { ko: '타임라인(다른 시각)', en: 'Timeline (other time)' },
  figure: { ko: '피해 규모', en: 'Impact figure' },
  'figure-alternative': { ko: '피해 규모(다른 값)', en: 'Impact figure (other value)' },
  factor: { ko: '원인', en: 'Cause' },
  response: { ko: '대응', en: 'Response' },
  commitment: { ko: '약속', en: 'Commitment' },
  body: { ko: '분석 본문', en: 'Analysis' },
  record: { ko: '출처 목록', en: 'Source list' },
  entity: { ko: '설명', en: 'Description' },
  milestone: { ko: '연혁', en: 'Milestone' },
  policy: { ko: '요약', en: 'Summary' },
  step: { ko: '경과', en: 'Step' },
  'step-alternative': { ko: '경과(다른 날짜)', en: 'Step (other date)' },
  provision: { ko: '주요 내용', en: 'Provision' },
}
