/**
 * `npm run check`: the cross-file content check. Run after `contentlayer2 build`; prints one
 * report of every problem and exits 1 if there is any, so the build stops.
 */
import { getCollections } from '../lib/content/source'
import { formatReport } from '../lib/validate/problems'
import { validate } from '../lib/validate/validate'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const c = getCollections()
const problems = validate(c, contentDir)
const report = formatReport(problems)
if (problems.length > 0) {
  console.error(report)
  process.exit(1)
}
console.log(
  `${report} (${c.incidents.length} incidents with ${c.analysesEn.length} English analyses, ${c.sources.length} sources, ${c.entities.length} entities, ${c.factors.length} factors, ${c.policies.length} policies, ${c.thesaurus.reduce((n, t) => n + t.groups.length, 0)} thesaurus groups)`,
)
