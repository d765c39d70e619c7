/**
 * The licences, stated once for the README, the data page, the feeds and every data file that
 * can carry them: the code, the text and data this project wrote, and the sources, which stay
 * their publishers'. Pure.
 */
import type { Lang } from '../schema/vocabulary'

export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const

export const CODE_LICENCE = { id: 'MIT', name: 'MIT License', url: 'https://opensource.org/license/mit' } as const

export const LICENCE_TEXT: Record<'data' | 'code' | 'sources' | 'short', Record<Lang, string>> = {
  data: {
    ko: '이 프로젝트가 쓴 글과 데이터(기록의 사실 정리, 분석, 요약, 내려받기 파일)는 CC BY 4.0으로 공개한다. 출처로 장애 연대기와 해당 페이지 주소를 밝히면 자유롭게 쓰고 고치고 다시 배포할 수 있다.',
    en: 'The text and data this project wrote (the records, analyses, summaries and download files) are under CC BY 4.0: use, adapt and share them freely, crediting Outage Chronicle and the page.',
  },
  code: {
    ko: '사이트를 만드는 코드는 MIT 라이선스로 공개한다.',
    en: 'The code that builds the site is under the MIT License.',
  },
  sources: {
    ko: '기록이 인용하는 기사, 보고서, 발표문은 각 발행처의 것이다. 이 기록은 원문을 옮기지 않고, 자기 말로 요약하고 원문 주소로 연결한다. 원문을 다시 쓰려면 발행처의 허락을 받아야 한다.',
    en: 'The articles, reports and statements the record cites belong to their publishers. The record does not reproduce them: it summarises them in its own words and links to them. Reusing them needs their publishers’ permission.',
  },
  short: {
    ko: '글과 데이터: CC BY 4.0 (장애 연대기). 인용한 출처는 각 발행처의 것.',
    en: 'Text and data: CC BY 4.0 (Outage Chronicle). Cited sources belong to their publishers.',
  },
}
