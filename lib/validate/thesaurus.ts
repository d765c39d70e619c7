/**
 * The search thesaurus checked against itself and the content: a group needs two terms, a term
 * belongs to one group only, a term must have something to search for, and a group must reach the
 * content through at least one of its terms (otherwise it finds nothing).
 */
import type { Collections } from '../content/types'
import { buildSearchDocs } from '../search/documents'
import { clean } from '../search/text'
import { normalTerm, termKey } from '../search/thesaurus'
import type { Problem } from './problems'

/** Everything search can find, as one string without spaces (a term is looked up the same way). */
function searchableText(c: Collections): string {
  const parts: string[] = []
  for (const d of buildSearchDocs(c))
    parts.push(d.title.ko, d.title.en, ...d.aliases, d.summary.ko, d.summary.en, d.body.ko, d.body.en)
  return clean(parts.join('\n')).replace(/\s+/g, '')
}

export function thesaurusProblems(c: Collections, contentDir = 'content'): Problem[] {
  const problems: Problem[] = []
  if (c.thesaurus.length === 0) return problems
  const text = searchableText(c)
  const firstSeen = new Map<string, string>()
  for (const file of c.thesaurus) {
    const at = `${contentDir}/${file._raw.sourceFilePath}`
    const report = (field: string, rule: Problem['rule'], message: string, fix: string) =>
      problems.push({ rule, file: at, field, message, fix })
    if (file.groups.length === 0)
      report(
        'groups',
        'thesaurus-empty-group',
        'the file has no group',
        'add a group of two or more terms, or delete the file',
      )
    file.groups.forEach((group, g) => {
      const field = `groups[${g}].terms`
      const keys = new Set<string>()
      group.terms.forEach((term, t) => {
        const key = termKey(term)
        if (key === '') {
          report(
            `${field}[${t}]`,
            'thesaurus-unknown-term',
            `"${term}" has no letters or digits to search for`,
            'write the term in Hangul, Latin letters or digits, or remove it',
          )
          return
        }
        const earlier = firstSeen.get(key)
        if (earlier !== undefined)
          report(
            `${field}[${t}]`,
            'thesaurus-duplicate',
            `"${normalTerm(term)}" is already a term at ${earlier}`,
            'keep the term in one group only (merge the two groups if they mean the same thing)',
          )
        else firstSeen.set(key, `${at} ${field}[${t}]`)
        keys.add(key)
      })
      if (keys.size < 2)
        report(
          field,
          'thesaurus-empty-group',
          `the group has ${keys.size === 0 ? 'no term' : 'one term'}; a group needs two or more to find anything`,
          'add the other words readers use for it, or remove the group',
        )
      else if (![...keys].some((k) => text.includes(k)))
        report(
          field,
          'thesaurus-unknown-term',
          `no record uses any of ${group.terms.map((t) => `"${t}"`).join(', ')}, so the group finds nothing`,
          'add a term that the records use, or check the spelling',
        )
    })
  }
  return problems
}
