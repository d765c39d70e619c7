/** The shape of the time axis's data (`data/axis/<lang>.json`, lib/timeline/axis.ts). Pure. */
import { SEVERITIES } from '../schema/vocabulary'
import { AXIS_FORMAT, AXIS_VERSION } from '../timeline/axis'
import { AXIS_SOURCES_FORMAT, AXIS_SOURCES_VERSION } from '../timeline/axis-files'
import { LANES } from '../timeline/timeline'
import { formatHead } from './own-formats'
import { arr, bool, int, map, type Node, obj, str } from './schema'

const IDS = arr({ ko: 'id 목록', en: 'Ids' }, str({ ko: 'id', en: 'Id' }))
const minutes = (doc: { ko: string; en: string }) => int(doc)

export const axisNode: Node = obj(
  { ko: '확대·이동할 수 있는 시간축의 데이터, 한 언어', en: 'The zoomable time axis’s data, in one language' },
  {
    ...formatHead(AXIS_FORMAT, AXIS_VERSION),
    lang: str({ ko: '언어', en: 'Language' }, { enum: ['ko', 'en'] }),
    start: minutes({
      ko: '가장 넓은 보기의 시작(2010년 1월 1일 0시, 한국 시간), 1970년부터의 분',
      en: 'Start of the widest view (1 January 2010, 00:00 KST), in minutes since 1970',
    }),
    lanes: arr(
      { ko: '줄, 위에서 아래로', en: 'The lanes, top to bottom' },
      obj(
        { ko: '줄 하나', en: 'One lane' },
        {
          id: str({ ko: '줄', en: 'Lane' }, { enum: [...LANES, 'service'] }),
          name: str({ ko: '줄 이름', en: 'Name of the lane' }),
        },
      ),
    ),
    names: map(
      { ko: '항목의 기업·시설·요인 id의 이름', en: 'Names of the company, facility and factor ids the items name' },
      str({ ko: '이름', en: 'Name' }),
    ),
    items: arr(
      { ko: '항목, 시작 순', en: 'The items, by start' },
      obj(
        { ko: '항목 하나', en: 'One item' },
        {
          key: str({ ko: '바뀌지 않는 키(/timeline/과 같음)', en: 'Stable key (the same as on /timeline/)' }),
          kind: str(
            { ko: '종류', en: 'Kind' },
            { enum: ['incident', 'event', 'policy-step', 'response', 'outage', 'commitment'] },
          ),
          lane: int({ ko: 'lanes의 몇 번째 줄(0부터)', en: 'Index into lanes (from 0)' }),
          from: minutes({
            ko: '시각이 가리키는 구간의 시작, 1970년부터의 분',
            en: 'Start of the span its time stands for, minutes since 1970',
          }),
          to: minutes({
            ko: '그 구간의 끝(분 단위로 알려진 시각이면 from과 같음)',
            en: 'End of that span (equal to from for a time known to the minute)',
          }),
          solid: minutes({
            ko: '장애: 가장 이르게 끝났을 수 있는 때',
            en: 'Incidents: the earliest it can have ended',
          }),
          soft: minutes({ ko: '장애: 가장 늦게 끝났을 수 있는 때', en: 'Incidents: the latest it can have ended' }),
          severity: str({ ko: '장애의 심각도', en: 'Severity of the incident' }, { enum: [...SEVERITIES] }),
          of: str({ ko: '사건: 속한 장애의 키', en: 'Events: the key of their incident' }),
          href: str({ ko: '전체 기록의 주소(사이트 기준)', en: 'Address of the full record (on the site)' }),
          label: str({ ko: '항목의 이름(화면 낭독기용)', en: 'What the mark is called (for screen readers)' }),
          summary: str({ ko: '언제, 얼마나, 무엇', en: 'When, how long, what' }),
          facets: obj(
            { ko: '걸러 보기가 보는 값', en: 'What the filters match on' },
            {
              year: int({ ko: '연도', en: 'Year' }),
              factors: IDS,
              entities: IDS,
              services: IDS,
              severities: arr(
                { ko: '심각도', en: 'Severities' },
                str({ ko: '심각도', en: 'Severity' }, { enum: [...SEVERITIES] }),
              ),
            },
          ),
          groups: obj(
            { ko: '기업별·시설별 줄이 보는 값', en: 'What lanes by company or facility look at' },
            { company: IDS, facility: IDS },
          ),
          link: str({
            ko: '약속: 결과를 보여 준 뒤의 장애의 키',
            en: 'Commitments: the key of the later incident that showed what became of it',
          }),
          segments: arr(
            { ko: '서비스별 장애 막대의 구간', en: 'Stretches of a service outage bar' },
            obj(
              { ko: '구간 하나', en: 'One stretch' },
              {
                from: minutes({ ko: '시작, 1970년부터의 분', en: 'Start, minutes since 1970' }),
                to: minutes({ ko: '끝, 1970년부터의 분', en: 'End, minutes since 1970' }),
                partly: bool({ ko: '일부 복구 뒤', en: 'After partly back' }),
                soft: bool({ ko: '기록의 시각이 허용할 뿐인 구간', en: 'Only allowed by the record’s times' }),
              },
            ),
          ),
        },
        { optional: ['solid', 'soft', 'severity', 'of', 'facets', 'groups', 'segments', 'link'] },
      ),
    ),
  },
)

export const axisSourcesNode: Node = obj(
  {
    ko: '시간축 표시마다 인용한 출처, 한 언어(표시에 초점을 두거나 마우스를 올렸을 때 읽음)',
    en: 'The sources each mark of the time axis cites, in one language (read when a mark is first hovered or focused)',
  },
  {
    ...formatHead(AXIS_SOURCES_FORMAT, AXIS_SOURCES_VERSION),
    lang: str({ ko: '언어', en: 'Language' }, { enum: ['ko', 'en'] }),
    sources: map(
      { ko: '표시의 키(시간축 파일의 key)별 출처', en: 'By the mark’s key (key in the axis files)' },
      arr(
        { ko: '인용한 출처: "매체, 날짜: 제목"', en: 'The sources it cites: "Publisher, date: title"' },
        str({ ko: '출처 하나', en: 'One source' }),
      ),
    ),
  },
)
