/**
 * The time axis's own words, in both languages: the server markup and the `time-axis` island read
 * them (kept apart from the timeline's message table so the island does not load it).
 */
import type { Lang } from '../i18n/lang'

const WORDS = {
  heading: { ko: '시간축', en: 'Time axis' },
  zoomIn: { ko: '확대', en: 'Zoom in' },
  zoomOut: { ko: '축소', en: 'Zoom out' },
  reset: { ko: '전체 보기', en: 'Show all' },
  frame: { ko: '시간축: 장애, 정책, 대응', en: 'Time axis: incidents, policies and responses' },
  loading: { ko: '시간축을 불러오는 중…', en: 'Loading the time axis…' },
  failed: {
    ko: '시간축을 불러오지 못했습니다. 아래 목록에 모든 항목이 있습니다.',
    en: 'The time axis could not be loaded. Every item is in the list below.',
  },
  failedAlone: {
    ko: '시간축을 불러오지 못했습니다. 위 제목의 링크에서 기록을 볼 수 있습니다.',
    en: 'The time axis could not be loaded. The link in the heading above opens the record.',
  },
  lanes: { ko: '줄 나누기', en: 'Lanes by' },
  laneKind: { ko: '종류', en: 'Kind' },
  laneCompany: { ko: '기업', en: 'Company' },
  laneFacility: { ko: '시설', en: 'Facility' },
  laneFactor: { ko: '원인 요인', en: 'Factor' },
  laneOther: { ko: '그 밖', en: 'Other' },
  sources: { ko: '출처', en: 'Sources' },
  sourcesFailed: { ko: '출처를 불러오지 못했습니다', en: 'The sources could not be loaded' },
  more: { ko: '기록과 출처 전체 보기', en: 'The record and all its sources' },
  compareWith: { ko: '이 장애와 나란히 보기', en: 'Compare this incident with' },
  compareGo: { ko: '비교', en: 'Compare' },
  comparing: { ko: '같은 시작 시각(T0)에 맞춰 비교하는 중', en: 'Compared on one clock, from each start (T0)' },
  compareEnd: { ko: '비교 끝내기', en: 'Stop comparing' },
  showing: { ko: '보이는 기간', en: 'Showing' },
  marks: { ko: '개 표시', en: 'marks' },
  ignored: {
    ko: '주소의 알 수 없는 시간축 값을 무시했습니다',
    en: 'Ignored values in the address the time axis does not know',
  },
} as const

export type AxisWord = keyof typeof WORDS

export function axisWord(key: AxisWord, lang: Lang): string {
  return WORDS[key][lang]
}
