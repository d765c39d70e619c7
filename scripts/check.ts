/**
 * `npm run check`: the cross-file content check. Run after `contentlayer2 build`; prints one
 * report of every problem and exits 1 if there is any, so the build stops.
 */
import { allEntities, allFactors, allIncidents, allPolicies, allSources } from 'contentlayer/generated'
import { formatReport } from '../lib/validate/problems'
import { validate } from '../lib/validate/validate'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const problems = validate(
  { incidents: allIncidents, sources: allSources, entities: allEntities, factors: allFactors, policies: allPolicies },
  contentDir,
)
const report = formatReport(problems)
if (problems.length > 0) {
  console.error(report)
  process.exit(1)
}
console.log(
  `${report} (${allIncidents.length} incidents, ${allSources.length} sources, ${allEntities.length} entities, ${allFactors.length} factors, ${allPolicies.length} policies)`,
)
