import type {
  CommitmentStatus, EventKind, EvidenceLevel, FactorRole, Lang, Relation, Severity,
} from '../schema/vocabulary'

type Labels<K extends string> = Record<K, Record<Lang, string>>

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
