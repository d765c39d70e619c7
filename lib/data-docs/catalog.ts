/**
 * Every kind of download the site offers, described once: what it is, where its files are, its
 * format and version, its JSON Schema (for JSON files) and its fields. The data page shows it,
 * `data/catalog.json` publishes it, the schema files are written from it, and the tests hold every
 * file under data/, feeds/, cite/ and oembed/ to the entry whose pattern it matches. Pure.
 */
import { AXIS_FORMAT, AXIS_VERSION } from '../timeline/axis'
import { AXIS_SOURCES_FORMAT, AXIS_SOURCES_VERSION } from '../timeline/axis-files'
import { axisNode, axisSourcesNode } from './axis-format'
import { CSV_TABLES } from './csv-tables'
import { cslNode, jsonFeedNode, manifestNode, oembedNode, timelineJsNode } from './external-formats'
import {
  CATALOG_VERSION,
  catalogNode,
  INCIDENTS_VERSION,
  incidentsNode,
  TIMELINE_VERSION,
  timelineNode,
} from './own-formats'
import { type Doc, type FieldRow, fieldRows, type Node } from './schema'

export type DataGroup = 'data' | 'exchange' | 'feeds' | 'cite' | 'site'

export interface DataDoc {
  id: string
  group: DataGroup
  title: Doc
  description: Doc
  mediaType: string
  /** The format and its version, as a reader names it. */
  format: string
  /** Site paths; `<incident-id>`, `<factor-id>`, `<entity-id>` stand for every id. */
  files: string[]
  /** Which files under out/ it describes (path relative to out/). */
  pattern: RegExp
  /** The JSON Schema: its site path and the shape it is written from. */
  schema?: { path: string; node: Node }
  fields: FieldRow[]
}

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*'
const INCIDENT = `\\d{4}-\\d{2}-\\d{2}-${ID}`
const EN = '(?:en/)?'
const re = (source: string) => new RegExp(`^${source}$`)

const json = (
  id: string,
  group: DataGroup,
  title: Doc,
  description: Doc,
  format: string,
  files: string[],
  pattern: RegExp,
  schemaName: string,
  node: Node,
  mediaType = 'application/json',
): DataDoc => ({
  id,
  group,
  title,
  description,
  mediaType,
  format,
  files,
  pattern,
  schema: { path: `/data/${schemaName}.schema.json`, node },
  fields: fieldRows(node),
})

const plain = (
  id: string,
  group: DataGroup,
  title: Doc,
  description: Doc,
  mediaType: string,
  format: string,
  files: string[],
  pattern: RegExp,
  fields: FieldRow[] = [],
): DataDoc => ({ id, group, title, description, mediaType, format, files, pattern, fields })

export const DATA_DOCS: readonly DataDoc[] = [
  json(
    'incidents-json',
    'data',
    { ko: '장애 목록 (JSON)', en: 'Incidents (JSON)' },
    {
      ko: '기록된 모든 장애: 이름, 요약, 시작과 끝(정밀도 포함), 심각도, 요인과 출처 id, 기록 날짜.',
      en: 'Every recorded incident: names, summaries, start and end with their precision, severity, factor and source ids, record dates.',
    },
    `outage-chronicle/incidents ${INCIDENTS_VERSION}`,
    ['/data/incidents.json'],
    re('data/incidents\\.json'),
    'incidents',
    incidentsNode,
  ),
  ...CSV_TABLES.map((t) =>
    plain(
      t.id,
      'data',
      t.title,
      t.description,
      'text/csv',
      `CSV ${t.version} (UTF-8 with BOM, CRLF, lists joined with ;)`,
      [t.path],
      re(t.path.slice(1).replace('.', '\\.')),
      t.columns.map((c) => ({ name: c.name, type: c.type, optional: false, doc: c.doc })),
    ),
  ),
  json(
    'timeline-json',
    'data',
    { ko: '타임라인 (JSON)', en: 'Timeline (JSON)' },
    {
      ko: '/timeline/이 보여 주는 전체 기록, 그리고 장애마다 그 장애의 모든 사건과 대응, 정책 단계. 임베드 위젯이 읽는 파일.',
      en: 'What /timeline/ shows for the whole record, and for each incident every event, response and policy step: what the embed widget loads.',
    },
    `outage-chronicle/timeline ${TIMELINE_VERSION}`,
    ['/data/timeline.json', '/data/timeline/<incident-id>.json'],
    re(`data/timeline(?:/${INCIDENT})?\\.json`),
    'timeline',
    timelineNode,
  ),
  json(
    'axis-json',
    'data',
    { ko: '시간축 (JSON)', en: 'Time axis (JSON)' },
    {
      ko: '/timeline/의 확대할 수 있는 시간축이 그리는 항목: 시각이 가리키는 구간(분 단위), 장애의 길이 범위, 언어별 이름과 요약. 장애마다 모든 사건을 담은 파일은 확대했을 때 읽습니다.',
      en: 'What the zoomable axis on /timeline/ draws: each item’s span in minutes, incidents’ lengths as ranges, names and summaries in one language; and for each incident, every event, loaded when zoomed in.',
    },
    `${AXIS_FORMAT} ${AXIS_VERSION}`,
    ['/data/axis/ko.json', '/data/axis/en.json', '/data/axis/<ko|en>/<incident-id>.json'],
    re(`data/axis/(?:ko|en)(?:/${INCIDENT})?\\.json`),
    'axis',
    axisNode,
  ),
  json(
    'axis-sources-json',
    'data',
    { ko: '시간축 출처 (JSON)', en: 'Time axis sources (JSON)' },
    {
      ko: '시간축의 표시(장애, 사건, 정책, 대응)마다 인용한 출처를 키별로 모은 파일. 표시에 처음 초점을 두거나 마우스를 올릴 때 읽습니다.',
      en: 'The sources each mark of the time axis (incidents, events, policies, responses) cites, by key: read when a mark is first hovered or focused.',
    },
    `${AXIS_SOURCES_FORMAT} ${AXIS_SOURCES_VERSION}`,
    ['/data/axis/ko.sources.json', '/data/axis/en.sources.json'],
    re('data/axis/(?:ko|en)\\.sources\\.json'),
    'axis-sources',
    axisSourcesNode,
  ),
  json(
    'timelinejs',
    'exchange',
    { ko: 'TimelineJS', en: 'TimelineJS' },
    {
      ko: 'Knight Lab의 TimelineJS 3에 바로 넣을 수 있는 타임라인, 한국어와 영어.',
      en: 'The timeline for Knight Lab’s TimelineJS 3, in Korean and English.',
    },
    'TimelineJS 3',
    ['/data/timelinejs/all.json', '/data/timelinejs/<incident-id>.json', '/data/timelinejs/en/all.json'],
    re(`data/timelinejs/${EN}(?:all|${INCIDENT})\\.json`),
    'timelinejs',
    timelineJsNode,
  ),
  json(
    'oembed',
    'exchange',
    { ko: 'oEmbed', en: 'oEmbed' },
    {
      ko: '기록 페이지와 타임라인 페이지의 임베드 정보. 페이지가 <link rel="alternate">로 알려 준다.',
      en: 'Embed data for record and timeline pages, which name it in a <link rel="alternate">.',
    },
    'oEmbed 1.0 (rich)',
    ['/oembed/timeline.json', '/oembed/<incident-id>.json', '/oembed/en/…'],
    re(`oembed/${EN}(?:timeline|${INCIDENT})\\.json`),
    'oembed',
    oembedNode,
  ),
  plain(
    'feeds-atom',
    'feeds',
    { ko: 'Atom 피드', en: 'Atom feeds' },
    {
      ko: '새로 추가되거나 고친 장애 기록. 전체, 원인 요인별, 회사·서비스별(그 아래 서비스와 시설 포함), 한국어와 영어. 최근에 바뀐 것부터 100개.',
      en: 'New and updated incident records: all of them, per factor, per company or service (with everything under it), in Korean and English; the 100 newest changes.',
    },
    'application/atom+xml',
    'Atom 1.0 (RFC 4287)',
    ['/feeds/incidents.xml', '/feeds/factors/<factor-id>.xml', '/feeds/entities/<entity-id>.xml', '/feeds/en/…'],
    re(`feeds/${EN}(?:incidents|factors/${ID}|entities/${ID})\\.xml`),
  ),
  json(
    'feeds-json',
    'feeds',
    { ko: 'JSON Feed', en: 'JSON Feed' },
    { ko: 'Atom 피드와 같은 내용의 JSON Feed.', en: 'The same feeds as JSON Feed.' },
    'JSON Feed 1.1',
    ['/feeds/incidents.json', '/feeds/factors/<factor-id>.json', '/feeds/entities/<entity-id>.json', '/feeds/en/…'],
    re(`feeds/${EN}(?:incidents|factors/${ID}|entities/${ID})\\.json`),
    'jsonfeed',
    jsonFeedNode,
    'application/feed+json',
  ),
  plain(
    'cite-bibtex',
    'cite',
    { ko: 'BibTeX', en: 'BibTeX' },
    {
      ko: '기록 하나(한국어, 영어), 그 기록의 출처, 전체 기록, 모든 출처의 서지 정보.',
      en: 'References for one record (Korean, English), its sources, the whole record, and every source.',
    },
    'application/x-bibtex',
    'BibTeX (biblatex, UTF-8)',
    [
      '/cite/<incident-id>.bib',
      '/cite/en/<incident-id>.bib',
      '/cite/sources/<incident-id>.bib',
      '/cite/outage-chronicle.bib',
      '/cite/sources.bib',
    ],
    re(`cite/(?:${EN}(?:${INCIDENT}|outage-chronicle)|sources/${INCIDENT}|sources)\\.bib`),
  ),
  plain(
    'cite-ris',
    'cite',
    { ko: 'RIS', en: 'RIS' },
    { ko: 'BibTeX와 같은 서지 정보, RIS 형식.', en: 'The same references in RIS.' },
    'application/x-research-info-systems',
    'RIS',
    ['/cite/<incident-id>.ris', '/cite/sources/<incident-id>.ris', '/cite/outage-chronicle.ris', '/cite/sources.ris'],
    re(`cite/(?:${EN}(?:${INCIDENT}|outage-chronicle)|sources/${INCIDENT}|sources)\\.ris`),
  ),
  json(
    'cite-csl',
    'cite',
    { ko: 'CSL-JSON', en: 'CSL-JSON' },
    { ko: '같은 서지 정보, CSL-JSON(Zotero, pandoc).', en: 'The same references as CSL-JSON (Zotero, pandoc).' },
    'CSL-JSON',
    [
      '/cite/<incident-id>.json',
      '/cite/sources/<incident-id>.json',
      '/cite/outage-chronicle.json',
      '/cite/sources.json',
    ],
    re(`cite/(?:${EN}(?:${INCIDENT}|outage-chronicle)|sources/${INCIDENT}|sources)\\.json`),
    'csl',
    cslNode,
  ),
  plain(
    'json-schemas',
    'site',
    { ko: 'JSON 스키마', en: 'JSON Schemas' },
    {
      ko: 'JSON 파일 종류마다 하나씩, JSON Schema 2020-12로. 우리 형식의 파일은 $schema로 자기 스키마를 가리킨다.',
      en: 'One per kind of JSON file, in JSON Schema 2020-12. Files in our own formats name theirs in `$schema`.',
    },
    'application/schema+json',
    'JSON Schema 2020-12',
    ['/data/<name>.schema.json'],
    re('data/[a-z]+(?:-[a-z]+)*\\.schema\\.json'),
  ),
  json(
    'catalog',
    'site',
    { ko: '내려받기 목록 (JSON)', en: 'Catalogue of downloads (JSON)' },
    {
      ko: '이 페이지의 내용을 기계가 읽는 형식으로: 모든 파일 종류와 필드, 스키마, 라이선스.',
      en: 'This page, machine-readable: every kind of file with its fields, schema and licence.',
    },
    `outage-chronicle/catalog ${CATALOG_VERSION}`,
    ['/data/catalog.json'],
    re('data/catalog\\.json'),
    'catalog',
    catalogNode,
  ),
  json(
    'manifest',
    'site',
    { ko: '웹 앱 매니페스트', en: 'Web app manifest' },
    {
      ko: '브라우저가 읽는 사이트 이름과 아이콘, 한국어와 영어.',
      en: 'The site’s name and icons for browsers, in Korean and English.',
    },
    'Web App Manifest',
    ['/manifest.webmanifest', '/en/manifest.webmanifest'],
    re(`${EN}manifest\\.webmanifest`),
    'manifest',
    manifestNode,
    'application/manifest+json',
  ),
  plain(
    'sitemap',
    'site',
    { ko: '사이트맵과 robots.txt', en: 'Sitemap and robots.txt' },
    {
      ko: '검색 엔진을 위한 모든 페이지 목록(두 언어, 마지막 수정일 포함)과 그 위치.',
      en: 'Every page for search engines (both languages, with the day each last changed), and where to find it.',
    },
    'application/xml',
    'Sitemaps 0.9',
    ['/sitemap.xml', '/robots.txt'],
    re('(?:sitemap\\.xml|sitemaps/\\d+\\.xml|robots\\.txt)'),
  ),
  plain(
    'icons',
    'site',
    { ko: '아이콘', en: 'Icons' },
    { ko: '브라우저 탭, 홈 화면, 앱 목록에 쓰는 아이콘.', en: 'Icons for browser tabs, home screens and app lists.' },
    'image/png',
    'SVG, ICO (16, 32, 48 px), PNG (180, 192, 512 px)',
    [
      '/icon.svg',
      '/favicon.ico',
      '/apple-touch-icon.png',
      '/icons/icon-192.png',
      '/icons/icon-512.png',
      '/icons/icon-maskable-512.png',
    ],
    re('(?:icon\\.svg|favicon\\.ico|apple-touch-icon\\.png|icons/icon-(?:maskable-)?\\d+\\.png)'),
  ),
  plain(
    'share-cards',
    'site',
    { ko: '공유 카드 이미지', en: 'Share card images' },
    {
      ko: '링크를 공유할 때 보이는 1200×630 이미지: 장애마다 한국어와 영어, 그리고 사이트 카드.',
      en: 'The 1200 × 630 images shown when a link is shared: per incident in Korean and English, and the site’s card.',
    },
    'image/png',
    'PNG 1200×630',
    ['/share/<incident-id>.png', '/share/en/<incident-id>.png', '/share/site.png'],
    re(`share/${EN}(?:site|${INCIDENT})\\.png`),
  ),
]

/** The entry describing a file under out/, if any. */
export function docFor(path: string): DataDoc | undefined {
  return DATA_DOCS.find((d) => d.pattern.test(path))
}
