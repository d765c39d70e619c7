import type { Lang } from '../i18n/lang'
import { type MessageTable, messageLookup } from '../i18n/lookup'

/** Interface text of the embeddable timeline, its builder page and the data exports (read through lib/i18n/lookup.ts). */
const MESSAGES = {
  widgetTitle: { ko: '장애 타임라인', en: 'Outage timeline' },
  allRecord: { ko: '기록된 모든 장애', en: 'Every recorded outage' },
  fullRecord: { ko: '자세한 기록', en: 'Full record' },
  opensNewTab: { ko: '새 탭에서 열림', en: 'opens in a new tab' },
  attribution: { ko: '출처: 장애 연대기', en: 'Source: Outage Chronicle' },
  loading: { ko: '불러오는 중…', en: 'Loading…' },
  loadFailed: { ko: '타임라인 데이터를 불러오지 못했습니다.', en: 'The timeline data could not be loaded.' },
  unknownIncident: { ko: '이 장애 기록이 없습니다.', en: 'There is no such incident on record.' },
  badOptions: { ko: '이 임베드의 설정에 알 수 없는 값이 있습니다', en: 'This embed has options with unknown values' },
  badOptionsFix: {
    ko: '임베드 만들기 페이지에서 코드를 다시 복사하세요.',
    en: 'Copy the code again from the embed builder page.',
  },
  noItems: { ko: '조건에 맞는 항목이 없습니다.', en: 'No item matches these options.' },
  itemCount: { ko: '항목 수', en: 'Items' },
  builderTitle: { ko: '타임라인 임베드 만들기', en: 'Embed a timeline' },
  builderIntro: {
    ko: '기사나 블로그에 장애 타임라인을 넣을 수 있습니다. 설정을 고르고 미리 본 다음, iframe 코드나 스크립트 코드를 복사해 붙여 넣으세요. 쿠키도 추적기도 없고, 이 사이트의 파일만 불러옵니다.',
    en: 'Put an outage timeline in an article or a blog post. Choose the options, check the preview, then copy the iframe code or the script code. No cookies, no trackers; it loads only this site’s files.',
  },
  options: { ko: '설정', en: 'Options' },
  incident: { ko: '장애', en: 'Incident' },
  entity: { ko: '기업·기관', en: 'Company or body' },
  factor: { ko: '원인 요인', en: 'Factor' },
  from: { ko: '시작 연도', en: 'From year' },
  to: { ko: '끝 연도', en: 'To year' },
  lang: { ko: '언어', en: 'Language' },
  theme: { ko: '테마', en: 'Theme' },
  themeAuto: { ko: '시스템 설정', en: 'System' },
  themeLight: { ko: '밝게', en: 'Light' },
  themeDark: { ko: '어둡게', en: 'Dark' },
  height: { ko: '최대 높이(px, 비우면 내용에 맞춤)', en: 'Maximum height (px; empty fits the content)' },
  compact: { ko: '간결하게', en: 'Compact' },
  view: { ko: '보기', en: 'View' },
  viewList: { ko: '목록', en: 'List' },
  viewAxis: { ko: '시간축', en: 'Time axis' },
  axisAllRecords: {
    ko: '시간축은 모든 기록을 보여 줍니다. 기업·기관과 원인 요인 설정은 목록 보기에만 적용됩니다.',
    en: 'The time axis shows every record: the company and factor options apply to the list view only.',
  },
  any: { ko: '전체', en: 'Any' },
  preview: { ko: '미리 보기', en: 'Preview' },
  iframeCode: { ko: 'iframe 코드', en: 'iframe code' },
  scriptCode: { ko: '스크립트 코드 (내용에 맞춰 높이 조절)', en: 'Script code (sizes itself to its content)' },
  copy: { ko: '복사', en: 'Copy' },
  copied: { ko: '복사했습니다', en: 'Copied' },
  dataTitle: { ko: '데이터 내려받기', en: 'Data downloads' },
  dataIntro: {
    ko: '타임라인 데이터는 자체 형식(timeline.json)과 TimelineJS 형식으로도 제공합니다.',
    en: 'The timeline data is also available in our own format (timeline.json) and in TimelineJS’s format.',
  },
  dataAll: { ko: '모든 데이터 파일과 형식 설명', en: 'Every data file and its format' },
  embedThis: { ko: '이 타임라인 임베드하기', en: 'Embed this timeline' },
} as const satisfies MessageTable

export type EmbedMessageKey = keyof typeof MESSAGES

export const emsg: (key: EmbedMessageKey, lang: Lang) => string = messageLookup(MESSAGES)

/** "항목 12개" / "12 items". */
export function itemTotal(n: number, lang: Lang): string {
  return lang === 'ko' ? `항목 ${n}개` : `${n} item${n === 1 ? '' : 's'}`
}
