/**
 * The shapes of the project's own JSON files: `data/incidents.json`, the timeline exports
 * (`data/timeline.json`, `data/timeline/<id>.json`) and the catalogue of downloads
 * (`data/catalog.json`). Each is a versioned format; a change that breaks a reader raises the
 * version. Pure.
 */
import { COVERAGES, PRECISIONS, SEVERITIES } from '../schema/vocabulary'
import type { LengthUnit } from '../time/range'
import { arr, bool, int, localized, type Node, obj, str } from './schema'

const LENGTH_UNITS = ['minutes', 'hours', 'days'] as const satisfies readonly LengthUnit[]
const TIME = '^\\d{4}-\\d{2}(?:-\\d{2}(?:T\\d{2}:\\d{2}\\+09:00)?)?$'
const DAY = '^\\d{4}-\\d{2}-\\d{2}$'
const ID = '^[a-z0-9]+(?:-[a-z0-9]+)*$'

export const formatHead = (format: string, version: number) => ({
  $schema: str({ ko: '이 파일의 JSON 스키마 주소', en: 'Address of this file’s JSON Schema' }, { format: 'uri' }),
  format: str({ ko: '형식 이름', en: 'Name of the format' }, { const: format }),
  version: int(
    {
      ko: '형식의 판. 읽는 쪽을 깨뜨리는 변경이 있으면 올린다.',
      en: 'Version of the format, raised by any change that breaks a reader',
    },
    { const: version },
  ),
})

const site = str(
  {
    ko: '사이트 주소(출처 표기와 상대 주소의 기준)',
    en: 'The site’s address (to credit, and to resolve relative addresses)',
  },
  { format: 'uri' },
)
const licence = str({ ko: '이 파일의 라이선스(CC BY 4.0)', en: 'Licence of this file (CC BY 4.0)' }, { format: 'uri' })

export const moment = (doc: { ko: string; en: string }, nullable = false): Node =>
  obj(
    doc,
    {
      at: str(
        {
          ko: '기록된 그대로의 시각(한국 시간, +09:00): 월, 일, 분 단위',
          en: 'The time as written (Korean time, +09:00): to the month, day or minute',
        },
        { pattern: TIME },
      ),
      precision: str({ ko: '시각의 정밀도', en: 'How much of `at` is meaningful' }, { enum: PRECISIONS }),
      approximate: bool({ ko: '출처가 "쯤"으로 준 시각이면 true', en: 'True when the sources give it as “about”' }),
    },
    { nullable },
  )

export const INCIDENTS_FORMAT = 'outage-chronicle/incidents'
export const INCIDENTS_VERSION = 2

export const incidentsNode = obj(
  { ko: '기록된 모든 장애', en: 'Every recorded incident' },
  {
    ...formatHead(INCIDENTS_FORMAT, INCIDENTS_VERSION),
    site,
    license: licence,
    incidents: arr(
      { ko: '장애, 시작이 이른 것부터', en: 'The incidents, earliest first' },
      obj(
        { ko: '장애 하나', en: 'One incident' },
        {
          id: str(
            { ko: '장애 id(시작 날짜-짧은 이름)', en: 'Incident id (start date, short name)' },
            { pattern: '^\\d{4}-\\d{2}-\\d{2}(?:-[a-z0-9]+)+$' },
          ),
          title: localized({ ko: '장애 이름', en: 'Name of the incident' }),
          summary: localized({ ko: '두세 문장 요약', en: 'Two to four sentences' }),
          start: moment({ ko: '시작', en: 'When it began' }),
          end: moment(
            { ko: '모든 서비스가 돌아온 때(모르면 null)', en: 'When every service was back (null when unknown)' },
            true,
          ),
          length: obj(
            {
              ko: '지속 시간(분 단위 범위). 출처가 밝힌 길이가 있으면 그 값, 없으면 시작과 끝에서 계산한 값. 둘 다 없으면 null',
              en: 'How long it lasted, as a range of minutes: the length a source states where there is one, else computed from start and end; null when neither is known',
            },
            {
              min: int({ ko: '가장 짧게 잡은 길이(분)', en: 'Shortest it can have been (minutes)' }, { minimum: 0 }),
              max: int({ ko: '가장 길게 잡은 길이(분)', en: 'Longest it can have been (minutes)' }, { minimum: 0 }),
              unit: str(
                { ko: '정직하게 말할 수 있는 가장 작은 단위', en: 'The finest unit it can honestly be said in' },
                { enum: LENGTH_UNITS },
              ),
              approximate: bool({ ko: '"약"이면 true', en: 'True for “about”' }),
              stated: str(
                {
                  ko: '길이를 밝힌 수치의 id(시각에서 계산했으면 null)',
                  en: 'Id of the figure that states it (null when computed from the times)',
                },
                { pattern: ID, nullable: true },
              ),
            },
            { nullable: true },
          ),
          severity: str({ ko: '심각도', en: 'Severity' }, { enum: SEVERITIES }),
          coverage: str({ ko: '알려진 정도', en: 'How much is known' }, { enum: COVERAGES }),
          url: localized({
            ko: '기록 페이지 주소(사이트 기준 상대 주소)',
            en: 'Address of the record’s page (relative to the site)',
          }),
          factors: arr(
            { ko: '원인 요인 id', en: 'Factor ids' },
            str({ ko: '요인 id', en: 'Factor id' }, { pattern: ID }),
          ),
          sources: arr({ ko: '출처 id', en: 'Source ids' }, str({ ko: '출처 id', en: 'Source id' })),
          added: str({ ko: '기록이 추가된 날', en: 'Day the record was added' }, { pattern: DAY }),
          updated: str({ ko: '기록이 마지막으로 고쳐진 날', en: 'Day the record last changed' }, { pattern: DAY }),
        },
      ),
    ),
  },
)

const text = (doc: { ko: string; en: string }) => localized(doc)
const named = (doc: { ko: string; en: string }, key: 'title' | 'name') =>
  arr(doc, obj(doc, { id: str({ ko: 'id', en: 'Id' }), [key]: text({ ko: '이름', en: 'Name' }) }))

export const TIMELINE_VERSION = 1

export const timelineNode = obj(
  { ko: '타임라인(전체 또는 장애 하나)', en: 'A timeline: the whole record, or one incident' },
  {
    ...formatHead('outage-chronicle/timeline', TIMELINE_VERSION),
    scope: str({ ko: '"all" 또는 장애 id', en: '"all" or an incident id' }),
    years: arr(
      { ko: '첫 항목부터 마지막 항목까지의 모든 해', en: 'Every year from the first item’s to the last one’s' },
      int({ ko: '해', en: 'Year' }),
    ),
    incidents: named({ ko: '항목이 속한 장애', en: 'The incidents the items belong to' }, 'title'),
    factors: named({ ko: '항목에 달린 요인', en: 'Factors the items carry' }, 'name'),
    entities: named({ ko: '항목에 달린 회사·기관', en: 'Companies and bodies the items carry' }, 'name'),
    items: arr(
      { ko: '항목, 시간 순', en: 'The items, in time order' },
      obj(
        { ko: '항목 하나', en: 'One item' },
        {
          key: str({ ko: '바뀌지 않는 키(/timeline/과 같음)', en: 'Stable key (the same as on /timeline/)' }),
          kind: str({ ko: '종류', en: 'Kind' }, { enum: ['incident', 'event', 'policy-step', 'response'] }),
          lane: str({ ko: '줄', en: 'Lane' }, { enum: ['incident', 'policy', 'government', 'company'] }),
          at: str({ ko: '기록된 그대로의 시각', en: 'The time as written' }, { pattern: TIME }),
          precision: str({ ko: '정밀도', en: 'Precision' }, { enum: PRECISIONS }),
          approximate: bool({ ko: '"쯤"이면 true', en: 'True for “about”' }),
          year: int({ ko: '한국 시간의 해', en: 'Year in Korean time' }),
          when: text({ ko: '사람이 읽는 시각', en: 'The time as a reader says it' }),
          label: text({
            ko: '항목의 종류 이름(발단, 행위자, 정책 단계, 심각도)',
            en: 'What kind of item (trigger, actor, policy step, severity)',
          }),
          text: text({ ko: '항목 내용(일반 텍스트)', en: 'The item itself (plain text)' }),
          url: text({ ko: '전체 기록의 주소(사이트 기준)', en: 'Address of the full record (relative to the site)' }),
          incidents: arr({ ko: '속한 장애 id', en: 'Incident ids' }, str({ ko: 'id', en: 'Id' })),
          factors: arr({ ko: '요인 id', en: 'Factor ids' }, str({ ko: 'id', en: 'Id' })),
          entities: arr({ ko: '회사·기관 id', en: 'Entity ids' }, str({ ko: 'id', en: 'Id' })),
        },
      ),
    ),
  },
)

export const CATALOG_VERSION = 1

export const catalogNode = obj(
  { ko: '내려받을 수 있는 모든 파일의 목록', en: 'Every download, listed' },
  {
    ...formatHead('outage-chronicle/catalog', CATALOG_VERSION),
    site,
    license: licence,
    licenses: obj(
      { ko: '라이선스', en: 'Licences' },
      {
        data: str({ ko: '글과 데이터', en: 'Text and data' }, { format: 'uri' }),
        code: str({ ko: '코드', en: 'Code' }, { format: 'uri' }),
        sources: text({ ko: '인용한 출처에 대하여', en: 'About the cited sources' }),
      },
    ),
    files: arr(
      { ko: '파일 종류', en: 'Kinds of file' },
      obj(
        { ko: '파일 종류 하나', en: 'One kind of file' },
        {
          id: str({ ko: 'id', en: 'Id' }, { pattern: ID }),
          title: text({ ko: '이름', en: 'Name' }),
          description: text({ ko: '설명', en: 'Description' }),
          mediaType: str({ ko: 'MIME 형식', en: 'MIME type' }),
          format: str({ ko: '형식 이름과 판', en: 'Format and its version' }),
          files: arr(
            {
              ko: '파일 주소(<incident-id> 같은 자리는 모든 id)',
              en: 'File addresses (<incident-id> and the like stand for every id)',
            },
            str({ ko: '주소', en: 'Address' }),
          ),
          schema: str({ ko: 'JSON 스키마 주소', en: 'Address of its JSON Schema' }, { format: 'uri', nullable: true }),
          fields: arr(
            { ko: '필드(열)', en: 'Fields (columns)' },
            obj(
              { ko: '필드', en: 'Field' },
              {
                name: str({ ko: '이름', en: 'Name' }),
                type: str({ ko: '형식', en: 'Type' }),
                optional: bool({ ko: '없을 수 있으면 true', en: 'True when it may be missing' }),
                description: text({ ko: '설명', en: 'Description' }),
              },
            ),
          ),
        },
      ),
    ),
  },
)
