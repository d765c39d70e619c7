/**
 * Where the citation files live: BibTeX (`.bib`), RIS (`.ris`) and CSL-JSON (`.json`) for each
 * incident record in each language, for the sources of each record, for the whole record, and for
 * every source. Paths in the site, before the base path. Pure.
 *
 * | file | |
 * | --- | --- |
 * | `cite/<incident-id>.{bib,ris,json}` (`cite/en/…`) | the record, in Korean (English) |
 * | `cite/sources/<incident-id>.{bib,ris,json}` | the sources the record cites, as their publishers gave them |
 * | `cite/outage-chronicle.{bib,ris,json}` (`cite/en/…`) | the whole record, as a dataset |
 * | `cite/sources.{bib,ris,json}` | every source |
 */
import type { Lang } from '../schema/vocabulary'

export type CiteScope =
  | { kind: 'record'; id: string }
  | { kind: 'record-sources'; id: string }
  | { kind: 'dataset' }
  | { kind: 'sources' }
export type CiteFormat = 'bibtex' | 'ris' | 'csl'

export const CITE_FORMATS: readonly CiteFormat[] = ['bibtex', 'ris', 'csl']
export const CITE_EXTENSION: Record<CiteFormat, string> = { bibtex: 'bib', ris: 'ris', csl: 'json' }
export const CITE_FORMAT_NAME: Record<CiteFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', csl: 'CSL-JSON' }

export function citePath(scope: CiteScope, lang: Lang, format: CiteFormat): string {
  const ext = CITE_EXTENSION[format]
  const en = lang === 'en' ? 'en/' : ''
  switch (scope.kind) {
    case 'record':
      return `/cite/${en}${scope.id}.${ext}`
    case 'record-sources':
      return `/cite/sources/${scope.id}.${ext}`
    case 'dataset':
      return `/cite/${en}outage-chronicle.${ext}`
    case 'sources':
      return `/cite/sources.${ext}`
  }
}
