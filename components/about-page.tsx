import './about-page.css'
import { type Lang, sectionPath } from '@/lib/i18n/lang'
import { SeverityBadge } from './severity-badge'
import { EVIDENCE_LABEL, ROLE_LABEL, SEVERITY_LABEL } from '@/lib/i18n/labels'
import { EVIDENCE_LEVELS, FACTOR_ROLES, SEVERITIES, SEVERITY_MEANING } from '@/lib/schema/vocabulary'

const TEXT = {
  title: { ko: '소개와 기록 방법', en: 'About and method' },
  what: { ko: '무엇인가', en: 'What this is' },
  whatBody: {
    ko: '장애 연대기는 한국의 IT·통신 장애를 모은 참고 자료다. 기자, 신뢰성 엔지니어, 정책 연구자, 학생이 "무슨 일이, 언제, 누구에게, 왜" 일어났는지 확인하고 사건끼리 견주어 보도록 만들었다.',
    en: 'Outage Chronicle is a reference record of Korean IT and telecom outages, for journalists, reliability engineers, policy researchers and students who need to know what happened, when, to whom and why, and to compare incidents.',
  },
  sourcing: { ko: '출처를 다는 방법', en: 'How records are sourced' },
  sourcingBody: {
    ko: '모든 사실에는 출처 기록이 하나 이상 붙는다. 출처는 실제 기사, 칼럼, 정부 보고서, 기업 발표이며 주소는 확인된 것만 싣는다. 문장은 출처를 베끼지 않고 새로 썼다. 블로그·미러·집적 사이트처럼 신뢰도가 낮은 출처는 더 나은 출처가 없을 때만 쓰고 "신뢰도 낮음"으로 표시한다. 날짜가 기사에 적혀 있지 않아 추정한 경우 그 근거를 밝힌다.',
    en: 'Every fact cites at least one source record: a real article, column, government report or company statement, with its address only where it is real. The text is written anew, never copied. Low-reliability pages (blogs, mirrors, aggregators) are used only where nothing better exists and are marked as such. Where a date is inferred rather than stated, the reason is given.',
  },
  disputes: { ko: '출처가 엇갈릴 때', en: 'How disagreements are shown' },
  disputesBody: {
    ko: '출처마다 시각이나 수치가 다르면 하나를 골라 덮지 않는다. 가장 공신력 있는 값을 앞에 두고, 다른 값을 "다른 값"으로 그 출처와 함께 나란히 보여 준다. 예를 들어 판교 화재 발생 시각은 정부 조사의 15시 19분과 소방 신고 접수 시각 15시 33분이 함께 실린다. 확인되지 않은 주장은 "미확인"으로 표시한다.',
    en: 'Where sources give different times or numbers, none is silently chosen: the best-supported value comes first and every other follows as "Other values", each with its own sources. The Pangyo fire, for instance, started at 15:19 by the government investigation and at 15:33 by the time the fire was reported; both are shown. Claims that could not be confirmed are marked "unverified".',
  },
  causes: { ko: '원인을 나누는 방법', en: 'How causes are analysed' },
  causesBody: {
    ko: '이런 장애에는 하나의 "근본 원인"이 없다. 여러 요인이 함께 있어야 장애가 났다. 그래서 각 요인에 역할과 근거의 수준을 붙이고, 같은 요인이 여러 사건에서 어떻게 되풀이됐는지 요인 페이지에서 비교한다.',
    en: 'These failures have no single root cause: several factors were only jointly sufficient. Each factor is given a role and an evidence level, and the factor pages compare how the same factor recurred across incidents.',
  },
  times: { ko: '시각 표기', en: 'Times' },
  timesBody: {
    ko: '모든 시각은 한국 표준시(KST, UTC+9)다. 분·시·일·월 단위의 정밀도를 함께 기록하고, "약"이나 "경"이 붙은 시각은 출처가 대략적으로 밝힌 것이다. 출처가 날짜만 밝힌 일은 그날의 시각이 있는 일들 뒤에 "시각 미상"으로, 달만 밝힌 일은 그달 아래에 놓는다. 이런 시각에서 계산한 길이는 "약 8~33시간"처럼 가장 짧은 값과 가장 긴 값으로 보여 주고, 차트에서는 그 사이를 빗금으로 칠한다. 출처가 길이를 직접 밝혔으면 그 값을 쓰고, 기록된 시각으로 계산한 값을 확인용으로 곁들인다.',
    en: 'All times are Korean Standard Time (KST, UTC+9). Each carries its precision (minute, hour, day or month); "about" marks times the sources give only roughly. Something the sources date only to the day comes after that day\'s timed events, marked "time unknown"; something dated only to the month sits under the month. A length worked out from such times is shown as its shortest and longest ("about 8–33 h"), hatched between the two in charts. Where a source states a length, that value is shown, with the length the recorded times give beside it as a check.',
  },
  data: { ko: '데이터 내려받기', en: 'Data' },
  dataBody: { ko: '모든 장애 기록의 요약 데이터:', en: 'Every incident as data:' },
  severity: { ko: '심각도 기준', en: 'Severity scale' },
  roles: { ko: '요인의 역할', en: 'Factor roles' },
  evidence: { ko: '근거 수준 (강한 것부터)', en: 'Evidence levels (strongest first)' },
  terms: { ko: '이용과 인용', en: 'Use and citation' },
  termsBody: {
    ko: '이 기록을 인용할 때는 사이트 이름(장애 연대기), 페이지 제목, 주소, 확인한 날짜를 함께 적어 주세요. 기록에 인용한 기사와 문서의 저작권은 각 발행처에 있습니다. 이 기록은 원문을 옮기지 않고, 내용을 새로 써서 요약하고 원문 주소로 연결합니다.',
    en: 'When you cite this record, give the site name (Outage Chronicle), the page title, its address and the date you read it. The articles and documents it cites belong to their publishers: the record does not reproduce them, it summarises them in its own words and links to the originals.',
  },
} as const

/** What the record is and how it is made: sourcing, disputes, causes, times, scales. */
export function AboutPage({ lang }: { lang: Lang }) {
  const p = (key: keyof typeof TEXT) => TEXT[key][lang]
  return (
    <>
      <h1>{p('title')}</h1>
      <h2>{p('what')}</h2>
      <p>{p('whatBody')}</p>
      <h2>{p('sourcing')}</h2>
      <p>
        {p('sourcingBody')} <a href={sectionPath('sources', lang)}>{lang === 'ko' ? '출처 목록' : 'All sources'}</a>
      </p>
      <h2>{p('disputes')}</h2>
      <p>{p('disputesBody')}</p>
      <h2>{p('causes')}</h2>
      <p>
        {p('causesBody')} <a href={sectionPath('factors', lang)}>{lang === 'ko' ? '원인 요인' : 'Factors'}</a>
      </p>
      <h3>{p('roles')}</h3>
      <ul>
        {FACTOR_ROLES.map((r) => (
          <li key={r}>{ROLE_LABEL[r][lang]}</li>
        ))}
      </ul>
      <h3>{p('evidence')}</h3>
      <ol>
        {EVIDENCE_LEVELS.map((e) => (
          <li key={e}>{EVIDENCE_LABEL[e][lang]}</li>
        ))}
      </ol>
      <h2>{p('severity')}</h2>
      <dl className="scale">
        {SEVERITIES.map((s) => (
          <div key={s}>
            <dt>
              <SeverityBadge severity={s} label={SEVERITY_LABEL[s][lang]} />
            </dt>
            <dd>{SEVERITY_MEANING[s][lang]}</dd>
          </div>
        ))}
      </dl>
      <h2>{p('times')}</h2>
      <p>{p('timesBody')}</p>
      <h2 id="data">{p('data')}</h2>
      <p>
        {p('dataBody')} <a href="/data/incidents.json">incidents.json</a>
      </p>
      <h2 id="terms">{p('terms')}</h2>
      <p>{p('termsBody')}</p>
    </>
  )
}
