/**
 * References (lib/cite/references.ts) as reference managers read them: BibTeX (biblatex-friendly
 * `@online`/`@article`/`@report`/`@dataset`, UTF-8), RIS (CRLF lines), CSL-JSON (what Zotero,
 * Mendeley and pandoc read), and a formatted citation to paste, in Korean or in English. Pure.
 */
import type { Lang } from '../schema/vocabulary'
import { englishMonth, sayDate } from '../time/format'
import type { Reference, ReferenceKind } from './references'

// ---- BibTeX ----

const BIB_TYPE: Record<ReferenceKind, string> = {
  record: 'online',
  dataset: 'dataset',
  news: 'article',
  report: 'report',
  statement: 'misc',
  blog: 'online',
  web: 'online',
}

/** Text inside a BibTeX field: the characters TeX reads as commands escaped. */
const TEX: Record<string, string> = { '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\~{}' }

export function bibText(text: string): string {
  return text
    .replace(/[\\{}%&#$_^~]/g, (c) => TEX[c] ?? `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim()
}

/** A URL as a BibTeX field holds it: as written, only braces and backslashes dropped (they would end it). */
const bibUrl = (url: string) => url.replace(/[{}\\\s]/g, '')

export function bibtex(refs: readonly Reference[]): string {
  return refs
    .map((r) => {
      const fields: Array<[string, string | undefined]> = [
        ['author', `{${bibText(r.author)}}`],
        ['title', `{${bibText(r.title)}}`],
        [
          r.kind === 'news' ? 'journaltitle' : r.kind === 'report' ? 'institution' : 'organization',
          bibText(r.container),
        ],
        ['publisher', r.kind === 'news' || r.kind === 'report' ? undefined : bibText(r.publisher)],
        ['date', r.date],
        ['year', r.date?.slice(0, 4)],
        ['url', r.url ? bibUrl(r.url) : undefined],
        ['langid', r.language === 'ko' ? 'korean' : 'english'],
        ['note', r.note ? bibText(r.note) : undefined],
      ]
      const body = fields
        .filter((f): f is [string, string] => f[1] !== undefined)
        .map(([k, v]) => `  ${k} = {${v}},`)
        .join('\n')
      return `@${BIB_TYPE[r.kind]}{${r.key},\n${body}\n}\n`
    })
    .join('\n')
}

// ---- RIS ----

const RIS_TYPE: Record<ReferenceKind, string> = {
  record: 'ELEC',
  dataset: 'DATA',
  news: 'NEWS',
  report: 'RPRT',
  statement: 'GEN',
  blog: 'BLOG',
  web: 'ELEC',
}

/** One RIS value: on one line, as RIS lines cannot be continued. */
const risValue = (v: string) => v.replace(/\s+/g, ' ').trim()

export function ris(refs: readonly Reference[]): string {
  return refs
    .map((r) => {
      const date = r.date ? r.date.split('-') : []
      const lines: Array<[string, string | undefined]> = [
        ['TY', RIS_TYPE[r.kind]],
        ['ID', r.key],
        ['TI', r.title],
        ['AU', r.author],
        ['T2', r.container],
        ['PB', r.publisher],
        ['PY', date[0]],
        ['DA', r.date ? `${date[0]}/${date[1] ?? ''}/${date[2] ?? ''}/` : undefined],
        ['UR', r.url],
        ['LA', r.language],
        ['N1', r.note],
        ['ER', ''],
      ]
      return lines
        .filter((l): l is [string, string] => l[1] !== undefined)
        .map(([tag, v]) => (tag === 'ER' ? 'ER  - ' : `${tag}  - ${risValue(v)}`))
        .join('\r\n')
    })
    .join('\r\n\r\n')
    .concat('\r\n')
}

// ---- CSL-JSON ----

const CSL_TYPE: Record<ReferenceKind, string> = {
  record: 'webpage',
  dataset: 'dataset',
  news: 'article-newspaper',
  report: 'report',
  statement: 'document',
  blog: 'post-weblog',
  web: 'webpage',
}

export interface CslItem {
  id: string
  type: string
  title: string
  author: Array<{ literal: string }>
  'container-title': string
  publisher: string
  issued?: { 'date-parts': number[][] }
  URL?: string
  language: string
  note?: string
}

export function cslJson(refs: readonly Reference[]): CslItem[] {
  return refs.map((r) => ({
    id: r.key,
    type: CSL_TYPE[r.kind],
    title: r.title,
    author: [{ literal: r.author }],
    'container-title': r.container,
    publisher: r.publisher,
    ...(r.date ? { issued: { 'date-parts': [r.date.split('-').map(Number)] } } : {}),
    ...(r.url ? { URL: r.url } : {}),
    language: r.language,
    ...(r.note ? { note: r.note } : {}),
  }))
}

// ---- A citation to paste ----

/**
 * The citation of a record to paste into a text: Korean in the form of Korean style guides
 * (author, 「title」, site, date, address), English in APA's form for a web page
 * (author. (date). Title. Site. address).
 */
export function formattedCitation(r: Reference, lang: Lang): string {
  if (lang === 'ko') {
    const when = r.date ? `${sayDate(r.date, 'ko')} 수정` : '날짜 없음'
    return `${r.author}, 「${r.title}」, ${r.container}, ${when}${r.url ? `, ${r.url}` : ''}.`
  }
  const [y, m, d] = (r.date ?? '').split('-').map(Number)
  const when = y ? `${y}${m ? `, ${englishMonth(m)}${d ? ` ${d}` : ''}` : ''}` : 'n.d.'
  return `${r.author}. (${when}). ${r.title}. ${r.container}.${r.url ? ` ${r.url}` : ''}`
}
