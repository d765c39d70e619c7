/**
 * The search thesaurus (content/thesaurus/): groups of words a reader may type for one thing.
 * The index carries the groups (meta.json); a query word found in a group is also searched as the
 * group's other terms. Pure: no I/O.
 */
import { clean, words } from './text'

/** Groups of terms, each term cleaned (lower case, NFC) with its words joined by one space. */
export type ThesaurusGroups = string[][]

/** A term as written in content, made comparable: cleaned, its words joined by one space. */
export const normalTerm = (term: string): string => words(clean(term)).join(' ')

/** The key two terms are the same under: no spaces at all (데이터 센터 = 데이터센터). */
export const termKey = (term: string): string => normalTerm(term).replace(/ /g, '')

/** The groups of the thesaurus files, each term normalized, empty terms and repeats dropped. */
export function thesaurusGroups(
  files: ReadonlyArray<{ groups: ReadonlyArray<{ terms: readonly string[] }> }>,
): ThesaurusGroups {
  const out: ThesaurusGroups = []
  for (const file of files)
    for (const group of file.groups) {
      const seen = new Set<string>()
      const terms: string[] = []
      for (const term of group.terms) {
        const t = normalTerm(term)
        if (t === '' || seen.has(termKey(t))) continue
        seen.add(termKey(t))
        terms.push(t)
      }
      if (terms.length >= 2) out.push(terms)
    }
  return out
}
