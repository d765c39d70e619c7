import type { Collections } from '../content/types'
import { extractCitationIds } from '../markdown/citations'
import type { Problem } from './problems'

/**
 * Whether an incident with a Korean analysis but no English one stops the check. On since every
 * incident has its English analysis; the citation check below applies whether it is on or not.
 */
export const ENGLISH_REQUIRED = true

/**
 * Every incident with a Korean analysis has its English twin (`incidents/en/<id>.md`), and the twin
 * cites the same sources, first cited in the same order: a body numbers its citations by first
 * appearance and the page lists its sources in the Korean body's order, so only then do the numbers
 * in the English text point at the right entries of the source list.
 */
export function checkEnglishAnalyses(
  c: Pick<Collections, 'incidents' | 'analysesEn'>,
  contentDir = 'content',
  required = ENGLISH_REQUIRED,
): Problem[] {
  const problems: Problem[] = []
  const english = new Map(c.analysesEn.map((a) => [a.id, a]))
  for (const inc of c.incidents) {
    const korean = extractCitationIds(inc.body.raw)
    const twin = english.get(inc.id)
    const enFile = `${contentDir}/incidents/en/${inc.id}.md`
    if (twin === undefined) {
      if (required && inc.body.raw.trim() !== '')
        problems.push({
          rule: 'english-analysis',
          file: `${contentDir}/${inc._raw.sourceFilePath}`,
          field: 'body',
          message: 'the Korean analysis has no English analysis',
          fix: `write ${enFile}: the same substance in English, citing the same sources at the same claims`,
        })
      continue
    }
    const cited = extractCitationIds(twin.body.raw)
    const file = `${contentDir}/${twin._raw.sourceFilePath}`
    const extra = cited.filter((id) => !korean.includes(id))
    const missing = korean.filter((id) => !cited.includes(id))
    const push = (message: string, fix: string) =>
      problems.push({ rule: 'english-analysis', file, field: 'body', message, fix })
    if (extra.length > 0)
      push(
        `cites ${list(extra)}, which the Korean analysis does not cite`,
        'cite only sources the Korean analysis cites (or cite it in the Korean analysis too, at the same claim)',
      )
    if (missing.length > 0)
      push(
        `does not cite ${list(missing)}, which the Korean analysis cites`,
        'carry every claim of the Korean analysis over, with its citations',
      )
    if (extra.length === 0 && missing.length === 0 && cited.join() !== korean.join())
      push(
        `first cites its sources in the order ${cited.join(', ')}; the Korean analysis in the order ${korean.join(', ')}`,
        'cite each source for the first time at the same claim as the Korean analysis, so that the numbers match the source list',
      )
  }
  return problems
}

function list(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ')
}
