import type {
  CommitmentStatus,
  Coverage,
  EntityKind,
  EventKind,
  EvidenceLevel,
  FactorRole,
  PolicyKind,
  PolicyStatus,
  PolicyStep,
  Relation,
  ResponseKind,
  Severity,
  SourceKind,
} from '../schema/vocabulary'
import type { Lang, Localized } from './lang'

/** A label in every language for each value of a vocabulary. */
export type Labels<K extends string> = Record<K, Localized>

export const SEVERITY_LABEL: Labels<Severity> = {
  minor: { ko: '경미', en: 'Minor' },
  moderate: { ko: '보통', en: 'Moderate' },
  major: { ko: '중대', en: 'Major' },
  critical: { ko: '심각', en: 'Critical' },
}

export const EVENT_KIND_LABEL: Labels<EventKind> = {
  trigger: { ko: '발단', en: 'Trigger' },
  detection: { ko: '인지', en: 'Detection' },
  impact: { ko: '영향', en: 'Impact' },
  response: { ko: '대응', en: 'Response' },
  recovery: { ko: '복구', en: 'Recovery' },
  aftermath: { ko: '후속', en: 'Aftermath' },
}

export const ROLE_LABEL: Labels<FactorRole> = {
  trigger: { ko: '직접 계기', en: 'Trigger' },
  underlying: { ko: '근본 조건', en: 'Underlying conditions' },
  contributing: { ko: '기여 요인', en: 'Contributing' },
  aggravating: { ko: '복구를 늦춘 요인', en: 'Aggravating the recovery' },
  mitigating: { ko: '피해를 줄인 요인', en: 'Mitigating' },
}

export const EVIDENCE_LABEL: Labels<EvidenceLevel> = {
  'official-investigation': { ko: '정부 조사', en: 'Official investigation' },
  'operator-statement': { ko: '사업자 발표', en: 'Operator statement' },
  'press-report': { ko: '언론 보도', en: 'Press report' },
  analysis: { ko: '분석', en: 'Analysis' },
}

export const STATUS_LABEL: Labels<CommitmentStatus> = {
  kept: { ko: '지켜짐', en: 'Kept' },
  'partly-kept': { ko: '일부 지켜짐', en: 'Partly kept' },
  broken: { ko: '지켜지지 않음', en: 'Broken' },
  pending: { ko: '진행 중', en: 'Pending' },
  unknown: { ko: '알 수 없음', en: 'Unknown' },
}

export const RELATION_LABEL: Labels<Relation> = {
  precursor: { ko: '전조', en: 'Precursor' },
  recurrence: { ko: '재발', en: 'Recurrence' },
  similar: { ko: '유사 사례', en: 'Similar' },
}

export const ENTITY_KIND_LABEL: Labels<EntityKind> = {
  company: { ko: '기업', en: 'Company' },
  facility: { ko: '시설', en: 'Facility' },
  service: { ko: '서비스', en: 'Service' },
  government: { ko: '정부 기관', en: 'Government body' },
  legislature: { ko: '국회', en: 'Legislature' },
  organization: { ko: '단체', en: 'Organization' },
  person: { ko: '인물', en: 'Person' },
}

export const POLICY_KIND_LABEL: Labels<PolicyKind> = {
  law: { ko: '법률', en: 'Law' },
  bill: { ko: '법안', en: 'Bill' },
  decree: { ko: '시행령', en: 'Decree' },
  'government-measure': { ko: '정부 대책', en: 'Government measure' },
  designation: { ko: '지정', en: 'Designation' },
}

export const POLICY_STATUS_LABEL: Labels<PolicyStatus> = {
  proposed: { ko: '발의됨', en: 'Proposed' },
  passed: { ko: '통과됨', en: 'Passed' },
  'in-force': { ko: '시행 중', en: 'In force' },
  announced: { ko: '발표됨', en: 'Announced' },
  lapsed: { ko: '폐기됨', en: 'Lapsed' },
  cancelled: { ko: '취소됨', en: 'Cancelled' },
}

export const POLICY_STEP_LABEL: Labels<PolicyStep> = {
  proposed: { ko: '발의', en: 'Proposed' },
  announced: { ko: '발표', en: 'Announced' },
  committee: { ko: '위원회 심사', en: 'Committee' },
  passed: { ko: '통과', en: 'Passed' },
  promulgated: { ko: '공포', en: 'Promulgated' },
  decree: { ko: '시행령', en: 'Decree' },
  'in-force': { ko: '시행', en: 'In force' },
  designated: { ko: '지정', en: 'Designated' },
  lapsed: { ko: '폐기', en: 'Lapsed' },
  cancelled: { ko: '취소', en: 'Cancelled' },
}

export const SOURCE_KIND_LABEL: Labels<SourceKind> = {
  news: { ko: '기사', en: 'News' },
  column: { ko: '칼럼', en: 'Column' },
  analysis: { ko: '분석', en: 'Analysis' },
  'government-report': { ko: '정부 보고서', en: 'Government report' },
  'company-statement': { ko: '기업 발표', en: 'Company statement' },
  transcript: { ko: '녹취록', en: 'Transcript' },
  reference: { ko: '참고 자료', en: 'Reference' },
  blog: { ko: '블로그', en: 'Blog' },
}

export const LANGUAGE_LABEL: Labels<Lang> = {
  ko: { ko: '한국어', en: 'Korean' },
  en: { ko: '영어', en: 'English' },
}

export const COVERAGE_LABEL: Labels<Coverage> = {
  full: { ko: '충분', en: 'Full' },
  partial: { ko: '부분', en: 'Partial' },
  sparse: { ko: '간략', en: 'Sparse' },
}

export const RESPONSE_KIND_LABEL: Labels<ResponseKind> = {
  company: { ko: '기업', en: 'Company' },
  government: { ko: '정부', en: 'Government' },
  legislature: { ko: '국회', en: 'Legislature' },
  regulator: { ko: '규제 기관', en: 'Regulator' },
  police: { ko: '경찰', en: 'Police' },
  other: { ko: '기타', en: 'Other' },
}
