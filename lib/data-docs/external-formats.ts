/**
 * The shapes of the files written in other projects' formats, as this site writes them: TimelineJS
 * 3, oEmbed 1.0 (`rich`), JSON Feed 1.1, CSL-JSON and the web app manifest. Each schema covers the
 * fields this site writes, no more, so a test can hold every file to it. Pure.
 */
import { arr, int, type Node, obj, str } from './schema'

const uri = (ko: string, en: string) => str({ ko, en }, { format: 'uri' })

const date = obj(
  { ko: '날짜(한국 시간의 벽시계 값, 정밀도만큼)', en: 'A date (Korean wall-clock fields, as fine as known)' },
  {
    year: int({ ko: '해', en: 'Year' }),
    month: int({ ko: '월', en: 'Month' }),
    day: int({ ko: '일', en: 'Day' }),
    hour: int({ ko: '시', en: 'Hour' }),
    minute: int({ ko: '분', en: 'Minute' }),
    display_date: str({ ko: '보여 줄 날짜(이 사이트의 표기)', en: 'The date shown (this site’s wording)' }),
  },
  { optional: ['month', 'day', 'hour', 'minute', 'display_date'] },
)

const slideText = obj(
  { ko: '제목과 본문(HTML, 이스케이프됨)', en: 'Headline and text (HTML, escaped)' },
  {
    headline: str({ ko: '제목', en: 'Headline' }),
    text: str({ ko: '본문', en: 'Text' }),
  },
)

export const timelineJsNode = obj(
  { ko: 'TimelineJS 3 데이터', en: 'TimelineJS 3 data' },
  {
    title: obj(
      { ko: '제목 슬라이드', en: 'The title slide' },
      {
        text: slideText,
        unique_id: str({ ko: '슬라이드 id', en: 'Slide id' }),
      },
    ),
    events: arr(
      { ko: '사건 슬라이드, 시간 순', en: 'Event slides, in time order' },
      obj(
        { ko: '슬라이드', en: 'A slide' },
        {
          start_date: date,
          text: slideText,
          group: str({ ko: '줄 이름', en: 'Lane name' }),
          unique_id: str({ ko: '슬라이드 id(타임라인 항목의 키)', en: 'Slide id (the timeline item’s key)' }),
        },
      ),
    ),
  },
)

export const oembedNode = obj(
  { ko: 'oEmbed 1.0 응답(rich)', en: 'oEmbed 1.0 response (rich)' },
  {
    version: str({ ko: 'oEmbed 판', en: 'oEmbed version' }, { const: '1.0' }),
    type: str({ ko: '종류', en: 'Type' }, { const: 'rich' }),
    title: str({ ko: '제목', en: 'Title' }),
    provider_name: str({ ko: '제공자', en: 'Provider' }),
    provider_url: uri('제공자 주소', 'Provider’s address'),
    html: str({ ko: '붙여 넣을 iframe', en: 'The iframe to paste' }),
    width: int({ ko: '너비(px)', en: 'Width (px)' }),
    height: int({ ko: '높이(px)', en: 'Height (px)' }),
  },
)

export const jsonFeedNode = obj(
  { ko: 'JSON Feed 1.1', en: 'JSON Feed 1.1' },
  {
    version: str({ ko: '형식 판', en: 'Format version' }, { const: 'https://jsonfeed.org/version/1.1' }),
    title: str({ ko: '피드 이름', en: 'Title' }),
    description: str({ ko: '설명', en: 'Description' }),
    home_page_url: uri('피드가 따르는 페이지', 'The page the feed follows'),
    feed_url: uri('피드 자신의 주소', 'The feed’s own address'),
    language: str({ ko: '언어', en: 'Language' }, { enum: ['ko', 'en'] }),
    authors: arr(
      { ko: '만든 이', en: 'Authors' },
      obj({ ko: '만든 이', en: 'Author' }, { name: str({ ko: '이름', en: 'Name' }), url: uri('주소', 'Address') }),
    ),
    items: arr(
      { ko: '항목, 최근에 바뀐 것부터', en: 'Items, newest change first' },
      obj(
        { ko: '장애 기록 하나', en: 'One incident record' },
        {
          id: str({ ko: 'id(기록 페이지 주소)', en: 'Id (the record’s page)' }),
          url: uri('기록 페이지', 'The record’s page'),
          title: str({ ko: '제목', en: 'Title' }),
          summary: str({ ko: '요약', en: 'Summary' }),
          content_html: str({ ko: '본문(HTML)', en: 'Content (HTML)' }),
          image: uri('공유 카드 이미지', 'Share card image'),
          date_published: str(
            { ko: '기록이 추가된 날(RFC 3339)', en: 'Day the record was added (RFC 3339)' },
            { format: 'date-time' },
          ),
          date_modified: str(
            { ko: '기록이 마지막으로 고쳐진 날(RFC 3339)', en: 'Day the record last changed (RFC 3339)' },
            { format: 'date-time' },
          ),
          tags: arr({ ko: '원인 요인 이름', en: 'Factor names' }, str({ ko: '요인', en: 'Factor' })),
          language: str({ ko: '언어', en: 'Language' }, { enum: ['ko', 'en'] }),
        },
      ),
    ),
  },
)

export const cslNode = arr(
  { ko: 'CSL-JSON 서지 항목', en: 'CSL-JSON references' },
  obj(
    { ko: '서지 항목', en: 'A reference' },
    {
      id: str({ ko: '인용 키', en: 'Citation key' }),
      type: str(
        { ko: 'CSL 종류', en: 'CSL type' },
        {
          enum: ['webpage', 'dataset', 'article-newspaper', 'report', 'document', 'post-weblog'],
        },
      ),
      title: str({ ko: '제목', en: 'Title' }),
      author: arr(
        { ko: '저자', en: 'Authors' },
        obj({ ko: '저자', en: 'Author' }, { literal: str({ ko: '이름 그대로', en: 'Name as given' }) }),
      ),
      'container-title': str({ ko: '실린 곳(사이트, 신문)', en: 'Where it appeared (site, newspaper)' }),
      publisher: str({ ko: '발행처', en: 'Publisher' }),
      issued: obj(
        { ko: '날짜', en: 'Date' },
        {
          'date-parts': arr(
            { ko: '날짜 부분', en: 'Date parts' },
            arr({ ko: '[해, 월, 일]', en: '[year, month, day]' }, int({ ko: '값', en: 'Value' })),
          ),
        },
      ),
      URL: uri('주소', 'Address'),
      language: str({ ko: '언어', en: 'Language' }),
      note: str({ ko: '메모', en: 'Note' }),
    },
    { optional: ['issued', 'URL', 'note'] },
  ),
)

export const manifestNode: Node = obj(
  { ko: '웹 앱 매니페스트', en: 'Web app manifest' },
  {
    name: str({ ko: '이름', en: 'Name' }),
    short_name: str({ ko: '짧은 이름', en: 'Short name' }),
    description: str({ ko: '설명', en: 'Description' }),
    lang: str({ ko: '언어', en: 'Language' }, { enum: ['ko', 'en'] }),
    dir: str({ ko: '글 방향', en: 'Text direction' }, { const: 'ltr' }),
    start_url: str({ ko: '시작 주소', en: 'Start address' }),
    scope: str({ ko: '범위', en: 'Scope' }),
    display: str({ ko: '표시 방식', en: 'Display mode' }, { const: 'browser' }),
    background_color: str({ ko: '배경색', en: 'Background colour' }),
    theme_color: str({ ko: '테마 색', en: 'Theme colour' }),
    icons: arr(
      { ko: '아이콘', en: 'Icons' },
      obj(
        { ko: '아이콘', en: 'Icon' },
        {
          src: str({ ko: '주소', en: 'Address' }),
          sizes: str({ ko: '크기', en: 'Sizes' }),
          type: str({ ko: 'MIME 형식', en: 'MIME type' }),
          purpose: str({ ko: '용도', en: 'Purpose' }, { enum: ['any', 'maskable'] }),
        },
        { optional: ['purpose'] },
      ),
    ),
  },
)
