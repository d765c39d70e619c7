/**
 * The controlled vocabularies of the content model, with what each value means.
 * `contentlayer.config.ts` builds its enum fields from these lists, the validator
 * checks them, and the site shows the labels: one definition, used everywhere.
 */

export const LANGS = ['ko', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** How much of a time value is meaningful. `month` → `2022-10`, `day` → `2022-10-15`,
 * `hour`/`minute` → `2022-10-15T15:19+09:00` (for `hour` the minutes are not meaningful). */
export const PRECISIONS = ['month', 'day', 'hour', 'minute'] as const
export type Precision = (typeof PRECISIONS)[number]

/** Severity of an incident, judged on reach and length. */
export const SEVERITIES = ['minor', 'moderate', 'major', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]
export const SEVERITY_MEANING: Record<Severity, Record<Lang, string>> = {
  minor: {
    ko: '기능 하나나 일부 이용자, 대략 1시간 미만',
    en: 'one feature or a small group of users, under about an hour',
  },
  moderate: {
    ko: '많은 이용자의 주요 기능이 저하되거나 1시간을 넘김',
    en: 'a main function degraded for many users, or for over an hour',
  },
  major: {
    ko: '주요 서비스가 전국에서 몇 시간 멈추거나 한 지역이 끊김',
    en: 'a main service down nationwide for hours, or a region cut off',
  },
  critical: {
    ko: '여러 서비스가 하루 넘게 멈추고 국가 차원의 대응이 따름',
    en: 'many services down for more than a day, with a national response',
  },
}

/** How much is known about an incident. `sparse`: little beyond a date and a line. */
export const COVERAGES = ['full', 'partial', 'sparse'] as const
export type Coverage = (typeof COVERAGES)[number]

/** What a timeline event is, in the life of an incident. */
export const EVENT_KINDS = ['trigger', 'detection', 'impact', 'response', 'recovery', 'aftermath'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

/** The part a causal factor played. There is no single root cause: factors are jointly sufficient. */
export const FACTOR_ROLES = ['trigger', 'underlying', 'contributing', 'aggravating', 'mitigating'] as const
export type FactorRole = (typeof FACTOR_ROLES)[number]

/** How strongly a claim about a cause is supported, strongest first. */
export const EVIDENCE_LEVELS = ['official-investigation', 'operator-statement', 'press-report', 'analysis'] as const
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]

/** What an impact figure measures. */
export const MEASURES = [
  'users',
  'servers',
  'duration',
  'damage-reports',
  'money',
  'share-price',
  'market-cap',
  'lines',
  'subscribers',
  'base-stations',
  'personnel',
  'vehicles',
  'traffic',
  'area',
  'companies',
  'injuries',
  'recovery-rate',
  'other',
] as const
export type Measure = (typeof MEASURES)[number]

/** Units an impact figure can be given in. Money is in Korean won unless `usd`. */
export const UNITS = [
  'count',
  'people',
  'krw',
  'usd',
  'percent',
  'minutes',
  'hours',
  'days',
  'meters',
  'square-meters',
  'times-normal',
  'magnitude',
  'megawatts',
] as const
export type Unit = (typeof UNITS)[number]

/** Who acted in a response. */
export const RESPONSE_KINDS = ['company', 'government', 'legislature', 'regulator', 'police', 'other'] as const
export type ResponseKind = (typeof RESPONSE_KINDS)[number]

/** What became of a commitment. `shownBy` names the later incident that showed a broken one. */
export const COMMITMENT_STATUSES = ['kept', 'partly-kept', 'broken', 'pending', 'unknown'] as const
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number]

/** What the *other* incident is to this one. `precursor` comes earlier, `recurrence` later. */
export const RELATIONS = ['precursor', 'recurrence', 'similar'] as const
export type Relation = (typeof RELATIONS)[number]

export const SOURCE_KINDS = [
  'news',
  'column',
  'analysis',
  'government-report',
  'company-statement',
  'transcript',
  'reference',
  'blog',
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** `low`: aggregator, blog, mirror or machine-translated page, kept only where nothing better exists. */
export const RELIABILITIES = ['standard', 'low'] as const
export type Reliability = (typeof RELIABILITIES)[number]

export const ENTITY_KINDS = [
  'company',
  'facility',
  'service',
  'government',
  'legislature',
  'organization',
  'person',
] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]

export const POLICY_KINDS = ['law', 'bill', 'decree', 'government-measure', 'designation'] as const
export type PolicyKind = (typeof POLICY_KINDS)[number]

export const POLICY_STATUSES = ['proposed', 'passed', 'in-force', 'announced', 'lapsed', 'cancelled'] as const
export type PolicyStatus = (typeof POLICY_STATUSES)[number]

/** The dated steps of a policy's life. */
export const POLICY_STEPS = [
  'proposed',
  'announced',
  'committee',
  'passed',
  'promulgated',
  'decree',
  'in-force',
  'designated',
  'lapsed',
  'cancelled',
] as const
export type PolicyStep = (typeof POLICY_STEPS)[number]

/** What ties the terms of a thesaurus group together (content/thesaurus/). All kinds search the same way. */
export const THESAURUS_KINDS = ['synonym', 'abbreviation', 'translation', 'spelling'] as const
export type ThesaurusKind = (typeof THESAURUS_KINDS)[number]
export const THESAURUS_KIND_MEANING: Record<ThesaurusKind, { ko: string; en: string }> = {
  synonym: {
    ko: '같은 것을 가리키는 다른 말 (정전, 전원 장애)',
    en: 'other words for the same thing (blackout, power failure)',
  },
  abbreviation: { ko: '줄임말과 원래 이름 (방발법, 방송통신발전기본법)', en: 'a short form and the full name' },
  translation: { ko: '같은 이름의 한국어와 영어 (지진, earthquake)', en: 'the Korean and English names of one thing' },
  spelling: { ko: '같은 말의 다른 표기 (데이터센터, 데이터 센터)', en: 'other spellings of one word' },
}
