/**
 * What the data page shows (lib/data-docs/catalog.ts bound to this build): every kind of download
 * by group, with links to its files (a real example where a path stands for every id), its schema
 * and its fields; the licences; and the dataset's structured data. Pure given the incidents' ids.
 */
import { DATA_DOCS, type DataDoc, type DataGroup } from '../data-docs/catalog'
import type { Doc } from '../data-docs/schema'
import { feedPath } from '../feeds/paths'
import { type Lang, sectionPath } from '../i18n/lang'
import { msg } from '../i18n/messages'
import { SITE, sitePath } from './env'
import { datasetLd, type JsonLd } from './json-ld'
import { siteLd } from './page-ld'

export const GROUPS: ReadonlyArray<{ group: DataGroup; title: Doc; intro: Doc }> = [
  {
    group: 'data',
    title: { ko: '기록 데이터', en: 'The record’s data' },
    intro: {
      ko: '기록된 장애와 그 사실들: 표 계산 프로그램이나 분석 도구로 읽을 CSV, 프로그램이 읽을 JSON.',
      en: 'The incidents and their facts: CSV for spreadsheets and analysis tools, JSON for programs.',
    },
  },
  {
    group: 'exchange',
    title: { ko: '다른 도구에 넣기', en: 'For other tools' },
    intro: { ko: '타임라인을 다른 곳에 보여 줄 때.', en: 'To show the timeline elsewhere.' },
  },
  {
    group: 'feeds',
    title: { ko: '피드: 새 기록 받아 보기', en: 'Feeds: follow new records' },
    intro: {
      ko: '피드 리더에 주소를 넣으면 기록이 추가되거나 고쳐질 때 알 수 있다. 원인 요인과 회사·서비스 페이지에도 그 페이지의 피드가 있다.',
      en: 'Add a feed to a feed reader to learn when a record is added or updated. Each factor, company and service page has its own feed too.',
    },
  },
  {
    group: 'cite',
    title: { ko: '인용', en: 'Citing' },
    intro: {
      ko: '서지 관리 프로그램(Zotero, EndNote, BibTeX)에 넣을 파일. 기록 페이지마다 "이 기록 인용하기"에서 그 기록과 출처의 파일을 내려받을 수 있다.',
      en: 'Files for reference managers (Zotero, EndNote, BibTeX). Each record’s page has its own under “Cite this record”, for the record and for its sources.',
    },
  },
  {
    group: 'site',
    title: { ko: '기계가 읽는 사이트 정보', en: 'The site, machine-readable' },
    intro: {
      ko: '이 목록, 스키마, 검색 엔진과 브라우저를 위한 파일.',
      en: 'This list, the schemas, and files for search engines and browsers.',
    },
  },
]

export interface FileLink {
  label: string
  href: string | undefined
}

/** A file path as shown, and a link: the path itself, or an example for a path that stands for many. */
export function fileLinks(doc: DataDoc, example: string | undefined): FileLink[] {
  return doc.files.map((path) => {
    if (!/[<…]/.test(path)) return { label: path, href: sitePath(path) }
    const concrete = example ? path.replace('<incident-id>', example) : path
    return { label: path, href: /[<…]/.test(concrete) ? undefined : sitePath(concrete) }
  })
}

export function docsIn(group: DataGroup): DataDoc[] {
  return DATA_DOCS.filter((d) => d.group === group)
}

const abs = (path: string) => SITE.origin + sitePath(path)

/** The dataset, described for search engines. */
export function datasetLdFor(
  lang: Lang,
  years: { from: number; to: number } | undefined,
  modified: string | undefined,
): JsonLd {
  return datasetLd({
    site: siteLd(lang),
    url: SITE.origin + sectionPath('data', lang),
    name: `${msg('siteName', lang)}: ${lang === 'ko' ? '한국 IT·통신 장애 데이터' : 'Korean IT and telecom outage data'}`,
    description: msg('tagline', lang),
    keywords:
      lang === 'ko'
        ? ['IT 장애', '통신 장애', '데이터센터 화재', '한국']
        : ['IT outage', 'telecom outage', 'data center fire', 'South Korea'],
    years,
    modified,
    downloads: [
      ...DATA_DOCS.filter((d) => d.group === 'data').flatMap((d) =>
        d.files
          .filter((f) => !f.includes('<'))
          .map((f) => ({ name: f.split('/').pop() ?? f, url: abs(f), format: d.mediaType })),
      ),
      { name: 'incidents.xml', url: abs(feedPath({ kind: 'all' }, lang, 'atom')), format: 'application/atom+xml' },
    ],
  })
}
