/**
 * The cross-file content check (`npm run check`): everything contentlayer2's type check cannot see
 * (unknown ids, duplicates, times, end before start, uncited sources, …). Every problem is
 * collected into one list (none is thrown, none dropped); `formatReport` (problems.ts) prints it.
 */
import type { Collections } from '../content/types'
import { Checks } from './checks'
import { checkEnglishAnalyses, ENGLISH_REQUIRED } from './english'
import { recordStarts, validateIncident } from './incident'
import type { Problem } from './problems'
import { checkAnalysisFiles, checkEntities, checkFactors, checkPolicies, checkSources, checkUncited } from './records'
import { thesaurusProblems } from './thesaurus'

/**
 * Checks everything that spans files. `contentDir` is only used to print file paths relative to the
 * project root. `englishRequired` says whether a Korean analysis without its English twin is a
 * problem (default: ENGLISH_REQUIRED).
 */
export function validate(c: Collections, contentDir = 'content', englishRequired = ENGLISH_REQUIRED): Problem[] {
  const k = new Checks(contentDir)
  k.registerIds('source', c.sources)
  k.registerIds('entity', c.entities)
  k.registerIds('factor', c.factors)
  k.registerIds('incident', c.incidents)
  k.registerIds('policy', c.policies)
  checkSources(c.sources, k)
  checkEntities(c.entities, k)
  checkFactors(c.factors, k)
  checkPolicies(c.policies, k)
  recordStarts(c.incidents, k)
  for (const inc of c.incidents) validateIncident(inc, k)
  checkAnalysisFiles(c.analysesEn, k)
  k.problems.push(...checkEnglishAnalyses(c, contentDir, englishRequired))
  checkUncited(c.sources, k)
  k.problems.push(...thesaurusProblems(c, contentDir))
  return k.problems
}
