import './data-page.css'
import { CITE_FORMAT_NAME, CITE_FORMATS, citePath } from '@/lib/cite/paths'
import { feedPath } from '@/lib/feeds/paths'
import type { Lang } from '@/lib/i18n/lang'
import { docsIn, GROUPS } from '@/lib/site/page-data'
import { sitePath } from '@/lib/site/env'
import { CODE_LICENCE, DATA_LICENCE, LICENCE_TEXT } from '@/lib/site/licence'
import { DataDocEntry } from './data-doc'

const WORDS = {
  title: { ko: '데이터 내려받기', en: 'Data and downloads' },
  intro: {
    ko: '이 기록의 모든 데이터는 내려받아 쓸 수 있다. 아래는 모든 파일과 그 필드, 형식, 라이선스다. 같은 내용을 기계가 읽는 목록으로: ',
    en: 'Everything in this record can be downloaded and reused. Below is every file with its fields, format and licence. The same list, machine-readable: ',
  },
  start: { ko: '바로 받기', en: 'Start here' },
  licences: { ko: '라이선스', en: 'Licences' },
  cite: { ko: '전체 기록 인용하기', en: 'Cite the whole record' },
  feed: { ko: '새 기록 피드', en: 'Feed of new records' },
} as const

/** The data page: every download by group, its fields and licence, and how to cite and follow the record. */
export function DataPage({ lang, example }: { lang: Lang; example: string | undefined }) {
  return (
    <>
      <h1>{WORDS.title[lang]}</h1>
      <p className="summary">
        {WORDS.intro[lang]}
        <a href={sitePath('/data/catalog.json')}>catalog.json</a>.
      </p>
      <p>
        <strong>{WORDS.start[lang]}:</strong> <a href={sitePath('/data/incidents.csv')}>incidents.csv</a>
        {' · '}
        <a href={sitePath('/data/incidents.json')}>incidents.json</a>
        {' · '}
        <a href={sitePath(feedPath({ kind: 'all' }, lang, 'atom'))}>{WORDS.feed[lang]} (Atom)</a>
      </p>
      <section id="licences" aria-labelledby="licences-h">
        <h2 id="licences-h">{WORDS.licences[lang]}</h2>
        <ul>
          <li>
            {LICENCE_TEXT.data[lang]} <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>
          </li>
          <li>
            {LICENCE_TEXT.code[lang]} <a href={CODE_LICENCE.url}>{CODE_LICENCE.name}</a>
          </li>
          <li>{LICENCE_TEXT.sources[lang]}</li>
        </ul>
        <p>
          {WORDS.cite[lang]}:{' '}
          {CITE_FORMATS.map((f, i) => (
            <span key={f}>
              {i > 0 && ' · '}
              <a href={sitePath(citePath({ kind: 'dataset' }, lang, f))} download>
                {CITE_FORMAT_NAME[f]}
              </a>
            </span>
          ))}
        </p>
      </section>
      {GROUPS.map((g) => (
        <section key={g.group} id={`group-${g.group}`} aria-labelledby={`group-${g.group}-h`}>
          <h2 id={`group-${g.group}-h`}>{g.title[lang]}</h2>
          <p>{g.intro[lang]}</p>
          {docsIn(g.group).map((doc) => (
            <DataDocEntry key={doc.id} doc={doc} lang={lang} example={example} />
          ))}
        </section>
      ))}
    </>
  )
}
