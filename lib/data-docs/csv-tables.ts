/**
 * The CSV downloads, column by column: `data/incidents.csv`, `events.csv` and `figures.csv` (every
 * value, the main one and each other source's, one row each), `incident-factors.csv`,
 * `factors.csv` and `sources.csv`. Each column is described once, for the file's header and the
 * data page. Pure.
 */
import type { Collections, Incident } from '../content/types'
import { type Cell, csv } from '../export/csv'
import { incidentPath } from '../i18n/lang'
import { incidentLength } from '../incidents/lengths'
import { recordDates } from '../incidents/record-dates'
import { type MomentInput, toMoment } from '../time/moment'
import type { Doc } from './schema'

export interface Column<R> {
  name: string
  type: string
  doc: Doc
  value: (row: R) => Cell
}

export interface CsvTable<R> {
  id: string
  path: string
  version: number
  title: Doc
  description: Doc
  columns: Column<R>[]
  rows: (c: Collections) => Iterable<R>
}

const col = <R>(name: string, type: string, ko: string, en: string, value: (row: R) => Cell): Column<R> => ({
  name,
  type,
  doc: { ko, en },
  value,
})

/** Where a time's precision is not written, it is read off its form. */
const precisionOf = (m: MomentInput) => toMoment(m).precision

type Valued = { kind: 'main' | 'alternative'; n: number }
const valueKind = <R extends Valued>(): Column<R>[] => [
  col(
    'value_kind',
    'main | alternative',
    'main: 기록이 앞세운 값, alternative: 다른 출처의 값',
    'main: the value the record gives first; alternative: another source’s value',
    (r) => r.kind,
  ),
  col(
    'alternative',
    'integer',
    '다른 값의 번호(1부터; main이면 빈칸)',
    'Number of the other value (from 1; empty for main)',
    (r) => (r.kind === 'alternative' ? r.n : undefined),
  ),
]

const incidents: CsvTable<Incident> = {
  id: 'incidents-csv',
  path: '/data/incidents.csv',
  version: 1,
  title: { ko: '장애 목록 (CSV)', en: 'Incidents (CSV)' },
  description: { ko: '장애 하나에 한 줄, 시작이 이른 것부터.', en: 'One row per incident, earliest first.' },
  rows: (c) =>
    [...c.incidents].sort(
      (a, b) => toMoment(a.start).instant.getTime() - toMoment(b.start).instant.getTime() || (a.id < b.id ? -1 : 1),
    ),
  columns: [
    col('id', 'id', '장애 id', 'Incident id', (i) => i.id),
    col('title_ko', 'text', '이름(한국어)', 'Name (Korean)', (i) => i.title.ko),
    col('title_en', 'text', '이름(영어)', 'Name (English)', (i) => i.title.en),
    col('start', 'time', '시작(기록된 그대로, 한국 시간)', 'Start, as written (Korean time)', (i) => i.start.at),
    col('start_precision', 'month | day | hour | minute', '시작 시각의 정밀도', 'Precision of the start', (i) =>
      precisionOf(i.start),
    ),
    col(
      'start_approximate',
      'boolean',
      '시작이 "쯤"이면 true',
      'True when the start is “about”',
      (i) => i.start.approximate,
    ),
    col(
      'end',
      'time',
      '모든 서비스가 돌아온 때(모르면 빈칸)',
      'When every service was back (empty when unknown)',
      (i) => i.end?.at,
    ),
    col('end_precision', 'month | day | hour | minute', '끝 시각의 정밀도', 'Precision of the end', (i) =>
      i.end ? precisionOf(i.end) : undefined,
    ),
    col('end_approximate', 'boolean', '끝이 "쯤"이면 true', 'True when the end is “about”', (i) => i.end?.approximate),
    col(
      'length_min',
      'integer',
      '가장 짧게 잡은 지속 시간(분)',
      'Shortest it can have lasted (minutes)',
      (i) => incidentLength(i)?.shown.min,
    ),
    col(
      'length_max',
      'integer',
      '가장 길게 잡은 지속 시간(분)',
      'Longest it can have lasted (minutes)',
      (i) => incidentLength(i)?.shown.max,
    ),
    col(
      'length_stated',
      'id',
      '지속 시간을 밝힌 수치 id(시작과 끝에서 계산했으면 빈칸)',
      'Figure that states the length (empty when computed from start and end)',
      (i) => incidentLength(i)?.stated?.figure.id,
    ),
    col('severity', 'minor | moderate | major | critical', '심각도', 'Severity', (i) => i.severity),
    col('coverage', 'full | partial | sparse', '알려진 정도', 'How much is known', (i) => i.coverage),
    col('facility', 'id', '일어난 시설(엔터티 id)', 'Facility (entity id)', (i) => i.facility),
    col(
      'operators',
      'ids',
      '시스템이나 시설이 멈춘 회사(엔터티 id, ;로 구분)',
      'Companies whose systems or site failed (entity ids, ;-separated)',
      (i) => i.operators,
    ),
    col('services', 'ids', '영향받은 서비스(엔터티 id)', 'Affected services (entity ids)', (i) => i.services),
    col('factors', 'ids', '원인 요인 id', 'Factor ids', (i) => [...new Set(i.factors.map((f) => f.factor))]),
    col('sources', 'ids', '출처 id', 'Source ids', (i) => i.sources),
    col('added', 'day', '기록이 추가된 날', 'Day the record was added', (i) => recordDates(i).added),
    col('updated', 'day', '기록이 마지막으로 고쳐진 날', 'Day the record last changed', (i) => recordDates(i).updated),
    col('url_ko', 'text', '기록 페이지(한국어, 사이트 기준 주소)', 'Record page (Korean, site path)', (i) =>
      incidentPath(i.id, 'ko'),
    ),
    col('url_en', 'text', '기록 페이지(영어)', 'Record page (English)', (i) => incidentPath(i.id, 'en')),
    col('summary_ko', 'text', '요약(한국어)', 'Summary (Korean)', (i) => i.summary.ko),
    col('summary_en', 'text', '요약(영어)', 'Summary (English)', (i) => i.summary.en),
  ],
}

type EventRow = Valued & {
  inc: Incident
  number: number
  event: Incident['events'][number]
  alt?: Incident['events'][number]['alternatives'][number]
}

const events: CsvTable<EventRow> = {
  id: 'events-csv',
  path: '/data/events.csv',
  version: 1,
  title: { ko: '사건 경과 (CSV)', en: 'Timeline events (CSV)' },
  description: {
    ko: '장애마다 기록된 사건 하나에 한 줄, 그리고 출처마다 다른 시각은 그 값마다 한 줄(value_kind = alternative). number는 기록 페이지의 #event-번호와 같다.',
    en: 'One row per event of each incident, and one more row for each other source’s time (value_kind = alternative). `number` matches #event-<number> on the record’s page.',
  },
  rows: function* (c) {
    for (const inc of c.incidents) {
      for (const [i, event] of inc.events.entries()) {
        yield { kind: 'main', n: 0, inc, number: i + 1, event }
        for (const [j, alt] of event.alternatives.entries())
          yield { kind: 'alternative', n: j + 1, inc, number: i + 1, event, alt }
      }
    }
  },
  columns: [
    col('incident', 'id', '장애 id', 'Incident id', (r) => r.inc.id),
    col('number', 'integer', '기록 안의 사건 번호', 'Event number in the record', (r) => r.number),
    ...valueKind<EventRow>(),
    col('at', 'time', '시각(기록된 그대로)', 'Time, as written', (r) => (r.alt ?? r.event).at),
    col('precision', 'month | day | hour | minute', '정밀도', 'Precision', (r) => precisionOf(r.alt ?? r.event)),
    col('approximate', 'boolean', '"쯤"이면 true', 'True for “about”', (r) => (r.alt ?? r.event).approximate),
    col(
      'kind',
      'trigger | detection | impact | response | recovery | aftermath',
      '사건의 종류',
      'Kind of event',
      (r) => r.event.kind,
    ),
    col('text_ko', 'text', '사건(한국어)', 'Event (Korean)', (r) => r.event.text.ko),
    col('text_en', 'text', '사건(영어)', 'Event (English)', (r) => r.event.text.en),
    col(
      'note_ko',
      'text',
      '다른 값이 무엇을 가리키는지(한국어)',
      'What the other value stands for (Korean)',
      (r) => r.alt?.note?.ko,
    ),
    col(
      'note_en',
      'text',
      '다른 값이 무엇을 가리키는지(영어)',
      'What the other value stands for (English)',
      (r) => r.alt?.note?.en,
    ),
    col('services', 'ids', '관련 서비스(엔터티 id)', 'Services concerned (entity ids)', (r) =>
      r.kind === 'main' ? r.event.services : undefined,
    ),
    col(
      'unverified',
      'boolean',
      '확인되지 않은 주장이면 true',
      'True for an unverified claim',
      (r) => r.event.unverified,
    ),
    col('sources', 'ids', '이 값의 출처 id', 'Source ids of this value', (r) => (r.alt ?? r.event).sources),
  ],
}

type FigureRow = Valued & {
  inc: Incident
  figure: Incident['figures'][number]
  alt?: Incident['figures'][number]['alternatives'][number]
}

const figures: CsvTable<FigureRow> = {
  id: 'figures-csv',
  path: '/data/figures.csv',
  version: 1,
  title: { ko: '피해 규모 수치 (CSV)', en: 'Impact figures (CSV)' },
  description: {
    ko: '수치 하나에 한 줄, 그리고 출처마다 다른 값은 그 값마다 한 줄(value_kind = alternative). 어느 값도 버리지 않는다.',
    en: 'One row per figure, and one more row for each other source’s value (value_kind = alternative): no value is dropped.',
  },
  rows: function* (c) {
    for (const inc of c.incidents) {
      for (const figure of inc.figures) {
        yield { kind: 'main', n: 0, inc, figure }
        for (const [j, alt] of figure.alternatives.entries()) yield { kind: 'alternative', n: j + 1, inc, figure, alt }
      }
    }
  },
  columns: [
    col('incident', 'id', '장애 id', 'Incident id', (r) => r.inc.id),
    col(
      'figure',
      'id',
      '수치 id(기록 페이지의 #figure-id)',
      'Figure id (#figure-<id> on the page)',
      (r) => r.figure.id,
    ),
    ...valueKind<FigureRow>(),
    col('measure', 'text', '무엇을 쟀는지', 'What is measured', (r) => r.figure.measure),
    col('label_ko', 'text', '수치가 세는 것(한국어)', 'What the number counts (Korean)', (r) => r.figure.label.ko),
    col('label_en', 'text', '수치가 세는 것(영어)', 'What the number counts (English)', (r) => r.figure.label.en),
    col('value', 'number', '값', 'Value', (r) => (r.alt ?? r.figure).value),
    col('unit', 'text', '단위', 'Unit', (r) => r.alt?.unit ?? r.figure.unit),
    col('approximate', 'boolean', '"약"이면 true', 'True for “about”', (r) => (r.alt ?? r.figure).approximate),
    col('as_of', 'time', '값이 유효했던 때', 'When the value held', (r) =>
      r.kind === 'main' ? r.figure.asOf : undefined,
    ),
    col(
      'length_of',
      'id',
      '지속 시간이면 누구의 길이인지(incident 또는 서비스 id)',
      'For a length: whose (incident, or a service id)',
      (r) => r.figure.lengthOf,
    ),
    col(
      'note_ko',
      'text',
      '읽는 데 필요한 설명, 또는 다른 값의 뜻(한국어)',
      'Context, or what the other value stands for (Korean)',
      (r) => (r.alt ? r.alt.note : r.figure.note)?.ko,
    ),
    col('note_en', 'text', '같은 설명(영어)', 'The same (English)', (r) => (r.alt ? r.alt.note : r.figure.note)?.en),
    col(
      'unverified',
      'boolean',
      '확인되지 않은 주장이면 true',
      'True for an unverified claim',
      (r) => r.figure.unverified,
    ),
    col('sources', 'ids', '이 값의 출처 id', 'Source ids of this value', (r) => (r.alt ?? r.figure).sources),
  ],
}

type CauseRow = { inc: Incident; cause: Incident['factors'][number] }

const incidentFactors: CsvTable<CauseRow> = {
  id: 'incident-factors-csv',
  path: '/data/incident-factors.csv',
  version: 1,
  title: { ko: '장애별 원인 요인 (CSV)', en: 'Causal factors by incident (CSV)' },
  description: { ko: '장애에서 요인이 한 역할 하나에 한 줄.', en: 'One row per part a factor played in an incident.' },
  rows: function* (c) {
    for (const inc of c.incidents) for (const cause of inc.factors) yield { inc, cause }
  },
  columns: [
    col('incident', 'id', '장애 id', 'Incident id', (r) => r.inc.id),
    col('factor', 'id', '요인 id(factors.csv)', 'Factor id (factors.csv)', (r) => r.cause.factor),
    col(
      'role',
      'trigger | underlying | contributing | aggravating | mitigating',
      '이 장애에서 한 역할',
      'The part it played',
      (r) => r.cause.role,
    ),
    col(
      'evidence',
      'official-investigation | operator-statement | press-report | analysis',
      '가장 강한 근거',
      'Strongest evidence',
      (r) => r.cause.evidence,
    ),
    col(
      'explanation_ko',
      'text',
      '어떻게 작용했는지(한국어)',
      'How it played out (Korean)',
      (r) => r.cause.explanation.ko,
    ),
    col(
      'explanation_en',
      'text',
      '어떻게 작용했는지(영어)',
      'How it played out (English)',
      (r) => r.cause.explanation.en,
    ),
    col(
      'disputed_ko',
      'text',
      '출처끼리 엇갈리는 점(한국어)',
      'Where sources disagree (Korean)',
      (r) => r.cause.disputed?.ko,
    ),
    col(
      'disputed_en',
      'text',
      '출처끼리 엇갈리는 점(영어)',
      'Where sources disagree (English)',
      (r) => r.cause.disputed?.en,
    ),
    col(
      'unverified',
      'boolean',
      '확인되지 않은 주장이면 true',
      'True for an unverified claim',
      (r) => r.cause.unverified,
    ),
    col('sources', 'ids', '출처 id', 'Source ids', (r) => r.cause.sources),
  ],
}

type FactorRow = { factor: Collections['factors'][number]; count: number }

const factors: CsvTable<FactorRow> = {
  id: 'factors-csv',
  path: '/data/factors.csv',
  version: 1,
  title: { ko: '원인 요인 분류 (CSV)', en: 'Factor taxonomy (CSV)' },
  description: { ko: '요인 하나에 한 줄.', en: 'One row per factor.' },
  rows: (c) =>
    c.factors.map((factor) => ({
      factor,
      count: c.incidents.filter((i) => i.factors.some((f) => f.factor === factor.id)).length,
    })),
  columns: [
    col('id', 'id', '요인 id', 'Factor id', (r) => r.factor.id),
    col('name_ko', 'text', '이름(한국어)', 'Name (Korean)', (r) => r.factor.name.ko),
    col('name_en', 'text', '이름(영어)', 'Name (English)', (r) => r.factor.name.en),
    col('aliases', 'list', '다른 이름(;로 구분)', 'Other names (;-separated)', (r) => r.factor.aliases),
    col('description_ko', 'text', '설명(한국어)', 'Description (Korean)', (r) => r.factor.description.ko),
    col('description_en', 'text', '설명(영어)', 'Description (English)', (r) => r.factor.description.en),
    col('mitigations_ko', 'list', '줄이는 방법(한국어, ;로 구분)', 'Mitigations (Korean, ;-separated)', (r) =>
      r.factor.mitigations.map((m) => m.ko),
    ),
    col('mitigations_en', 'list', '줄이는 방법(영어)', 'Mitigations (English)', (r) =>
      r.factor.mitigations.map((m) => m.en),
    ),
    col('incidents', 'integer', '이 요인이 작용한 장애 수', 'Incidents it played a part in', (r) => r.count),
  ],
}

type SourceRow = { source: Collections['sources'][number]; citedBy: string[] }

const sources: CsvTable<SourceRow> = {
  id: 'sources-csv',
  path: '/data/sources.csv',
  version: 1,
  title: { ko: '출처 (CSV)', en: 'Sources (CSV)' },
  description: {
    ko: '출처 하나에 한 줄. 출처의 내용은 각 발행처의 것이고, 여기 있는 것은 이 기록이 쓴 설명과 요약이다.',
    en: 'One row per source. The sources belong to their publishers; what is here is this record’s own description and summary of them.',
  },
  rows: (c) => {
    const cited = new Map<string, string[]>()
    for (const inc of c.incidents) for (const s of inc.sources) cited.set(s, [...(cited.get(s) ?? []), inc.id])
    return c.sources.map((source) => ({ source, citedBy: cited.get(source.id) ?? [] }))
  },
  columns: [
    col('id', 'id', '출처 id', 'Source id', (r) => r.source.id),
    col('kind', 'text', '문서의 종류', 'Kind of document', (r) => r.source.kind),
    col('publisher_ko', 'text', '발행처(한국어)', 'Publisher (Korean)', (r) => r.source.publisher.ko),
    col('publisher_en', 'text', '발행처(영어)', 'Publisher (English)', (r) => r.source.publisher.en),
    col('author', 'text', '기자·저자(밝힌 경우만)', 'Byline (only where stated)', (r) => r.source.author),
    col('date', 'day | month', '발행일', 'Publication date', (r) => r.source.date),
    col(
      'date_inferred',
      'boolean',
      '날짜를 추정했으면 true',
      'True when the date is worked out',
      (r) => r.source.dateInferred,
    ),
    col(
      'title',
      'text',
      '원래 제목(글자 그대로 아는 경우만)',
      'Headline (only where known word for word)',
      (r) => r.source.title,
    ),
    col(
      'label_ko',
      'text',
      '이 기록이 쓴 짧은 설명(한국어)',
      'Our short description (Korean)',
      (r) => r.source.label.ko,
    ),
    col(
      'label_en',
      'text',
      '이 기록이 쓴 짧은 설명(영어)',
      'Our short description (English)',
      (r) => r.source.label.en,
    ),
    col('language', 'ko | en', '문서의 언어', 'Language of the document', (r) => r.source.language),
    col('url', 'text', '주소', 'Address', (r) => r.source.url),
    col(
      'reliability',
      'standard | low',
      '신뢰도(low: 블로그, 미러, 모음 사이트)',
      'Reliability (low: blog, mirror, aggregator)',
      (r) => r.source.reliability,
    ),
    col(
      'reliability_note_en',
      'text',
      '신뢰도가 낮은 까닭(영어)',
      'Why the reliability is low (English)',
      (r) => r.source.reliabilityNote?.en,
    ),
    col(
      'summary_ko',
      'text',
      '이 기록이 기대는 내용, 이 기록의 말로(한국어)',
      'What the record relies on, in its own words (Korean)',
      (r) => r.source.summary.ko,
    ),
    col('summary_en', 'text', '같은 요약(영어)', 'The same summary (English)', (r) => r.source.summary.en),
    col('cited_by', 'ids', '이 출처를 인용한 장애 id', 'Incidents citing it (ids)', (r) => r.citedBy),
  ],
}

/** A CSV download with its rows' type erased: its description, its columns, and its content. */
export interface CsvDownload {
  id: string
  path: string
  version: number
  title: Doc
  description: Doc
  columns: Array<{ name: string; type: string; doc: Doc }>
  content: (c: Collections) => string
}

function download<R>(t: CsvTable<R>): CsvDownload {
  return {
    id: t.id,
    path: t.path,
    version: t.version,
    title: t.title,
    description: t.description,
    columns: t.columns.map(({ name, type, doc }) => ({ name, type, doc })),
    content: (c) =>
      csv(
        t.columns.map((col) => col.name),
        (function* () {
          for (const row of t.rows(c)) yield t.columns.map((col) => col.value(row))
        })(),
      ),
  }
}

export const CSV_TABLES: readonly CsvDownload[] = [
  download(incidents),
  download(events),
  download(figures),
  download(incidentFactors),
  download(factors),
  download(sources),
]
