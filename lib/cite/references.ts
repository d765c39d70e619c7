/**
 * What can be cited, as one neutral shape: an incident record, the whole record (the dataset), a
 * source. lib/cite/formats.ts writes it as BibTeX, RIS, CSL-JSON and a formatted citation. Pure.
 */
import type { Incident, Source } from '../content/types'
import type { Lang } from '../schema/vocabulary'

export type ReferenceKind = 'record' | 'dataset' | 'news' | 'report' | 'statement' | 'blog' | 'web'

export interface Reference {
  /** Citation key: letters, digits and `-`, `_`, `:`, `.`. */
  key: string
  kind: ReferenceKind
  title: string
  /** An organisation or a byline, as given. */
  author: string
  /** The site, newspaper or body it appeared in. */
  container: string
  publisher: string
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string | undefined
  url: string | undefined
  language: Lang
  note: string | undefined
}

const SOURCE_KIND: Record<Source['kind'], ReferenceKind> = {
  news: 'news',
  column: 'news',
  analysis: 'news',
  'government-report': 'report',
  'company-statement': 'statement',
  transcript: 'statement',
  reference: 'web',
  blog: 'blog',
}

export interface SiteNames {
  /** The site's name in the reference's language, and in the other language. */
  name: Record<Lang, string>
}

const UPDATED = { ko: '마지막 수정', en: 'last updated' } as const

/** An incident record in one language: by the site, titled as the page, dated by its last change. */
export function recordReference(
  inc: Pick<Incident, 'id' | 'title'>,
  lang: Lang,
  url: string,
  updated: string,
  site: SiteNames,
): Reference {
  return {
    key: `outage-chronicle:${inc.id}${lang === 'en' ? ':en' : ''}`,
    kind: 'record',
    title: inc.title[lang],
    author: site.name[lang],
    container: site.name[lang],
    publisher: site.name[lang],
    date: updated,
    url,
    language: lang,
    note: `${UPDATED[lang]} ${updated}`,
  }
}

/** The whole record, as a dataset. */
export function datasetReference(
  lang: Lang,
  url: string,
  updated: string | undefined,
  site: SiteNames,
  description: string,
): Reference {
  return {
    key: `outage-chronicle${lang === 'en' ? ':en' : ''}`,
    kind: 'dataset',
    title: `${site.name[lang]}${lang === 'ko' ? ': 한국 IT·통신 장애의 기록' : ': a record of Korean IT and telecom outages'}`,
    author: site.name[lang],
    container: site.name[lang],
    publisher: site.name[lang],
    date: updated,
    url,
    language: lang,
    note: description,
  }
}

/**
 * A source as its publisher gave it: its headline where we know it word for word, else our own
 * description of it in its language; its byline, else its publisher.
 */
export function sourceReference(s: Source): Reference {
  const publisher = s.publisher[s.language]
  return {
    key: s.id,
    kind: SOURCE_KIND[s.kind],
    title: s.title ?? s.label[s.language],
    author: s.author ?? publisher,
    container: publisher,
    publisher,
    date: s.date,
    url: s.url,
    language: s.language,
    note:
      s.title === undefined ? (s.language === 'ko' ? '제목은 이 기록의 설명' : 'title is our description') : undefined,
  }
}
