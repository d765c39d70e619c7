import './cite-record.css'
import type { Incident } from '@/lib/content/source'
import type { Lang } from '@/lib/i18n/lang'
import { builderPath } from '@/lib/embed/builder-choices'
import { citeBlock } from '@/lib/site/page-cite'
import { formatMoment } from '@/lib/time/format'
import { toMoment } from '@/lib/time/moment'

const WORDS = {
  title: { ko: '이 기록 인용하기', en: 'Cite this record' },
  added: { ko: '기록 추가', en: 'Added' },
  updated: { ko: '마지막 수정', en: 'Last updated' },
  citation: { ko: { ko: '한국어', en: '영어' }, en: { ko: 'Korean', en: 'English' } },
  copy: { ko: '복사', en: 'Copy' },
  record: { ko: '이 기록 내려받기', en: 'Download this record' },
  sources: { ko: '이 기록의 출처 내려받기', en: 'Download its sources' },
  embed: { ko: '이 장애의 타임라인을 다른 사이트에 넣기', en: "Embed this incident's timeline in another site" },
} as const

const day = (date: string, lang: Lang) => formatMoment(toMoment({ at: date }), lang)

/** When the record was added and last changed, its citation in Korean and English with a copy button, and downloads for reference managers. */
export function CiteRecord({ incident, lang }: { incident: Incident; lang: Lang }) {
  const block = citeBlock(incident, lang)
  const links = (list: typeof block.record) =>
    list.map((l, i) => (
      <span key={l.name}>
        {i > 0 && ' · '}
        <a href={l.href} download>
          {l.name}
        </a>
      </span>
    ))
  return (
    <section id="cite" className="cite-record" aria-labelledby="cite-heading" data-island="cite-copy">
      <h2 id="cite-heading">{WORDS.title[lang]}</h2>
      <p className="record-dates">
        {WORDS.added[lang]} <time dateTime={block.dates.added}>{day(block.dates.added, lang)}</time>
        {' · '}
        {WORDS.updated[lang]} <time dateTime={block.dates.updated}>{day(block.dates.updated, lang)}</time>
      </p>
      {block.citations.map((c) => (
        <figure key={c.lang} className="citation">
          <figcaption id={`cite-${c.lang}-label`}>{WORDS.citation[lang][c.lang]}</figcaption>
          <p id={`cite-${c.lang}`} lang={c.lang}>
            {c.text}
          </p>
          <button type="button" data-copy={`cite-${c.lang}`} aria-describedby={`cite-${c.lang}-label`} hidden>
            {WORDS.copy[lang]}
          </button>
        </figure>
      ))}
      <p role="status" className="copy-status" />
      <p>
        {WORDS.record[lang]}: {links(block.record)}
      </p>
      <p>
        {WORDS.sources[lang]}: {links(block.sources)}
      </p>
      <p>
        <a href={builderPath(lang, incident.id)}>{WORDS.embed[lang]}</a>
      </p>
    </section>
  )
}
