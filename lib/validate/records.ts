/** The checks of the YAML records (sources, entities, factors, policies) and of the English analyses. */
import type { EnglishAnalysis, Entity, Factor, Policy, Source } from '../content/types'
import { extractCitationIds } from '../markdown/citations'
import { ENTITY_KINDS, POLICY_KINDS, POLICY_STATUSES, SOURCE_KINDS } from '../schema/vocabulary'
import type { Checks } from './checks'

/** A source's text, kind, date and notes: an inferred or missing date and low reliability say why. */
function checkSource(s: Source, k: Checks): void {
  k.text(s, 'publisher', s.publisher)
  k.text(s, 'label', s.label)
  k.text(s, 'summary', s.summary)
  k.text(s, 'dateNote', s.dateNote)
  k.text(s, 'reliabilityNote', s.reliabilityNote)
  k.oneOf(s, 'kind', s.kind, SOURCE_KINDS)
  if (s.date !== undefined) {
    const m = k.time(s, 'date', { at: s.date })
    if (m && m.precision !== 'day' && m.precision !== 'month')
      k.report(s, 'date', 'invalid-time', `"${s.date}" is not a date`, 'write YYYY-MM-DD or YYYY-MM')
  }
  if (s.dateInferred && !s.dateNote)
    k.report(
      s,
      'dateNote',
      'missing-note',
      'the date is inferred but no reason is given',
      'add dateNote saying how the date was worked out',
    )
  if (s.date === undefined && !s.dateNote)
    k.report(
      s,
      'dateNote',
      'missing-note',
      'the date is unknown but no reason is given',
      'add date, or dateNote saying why it is unknown',
    )
  if (s.reliability === 'low' && !s.reliabilityNote)
    k.report(
      s,
      'reliabilityNote',
      'missing-note',
      'low reliability without a reason',
      'add reliabilityNote (blog, mirror, aggregator, …)',
    )
  if (s.url === undefined && s.seed === undefined)
    k.report(
      s,
      'url',
      'missing-note',
      'neither url nor seed is given',
      'give the real url from the fact sheet, or the seed file name',
    )
}

/** Every source, then no two sources with the same url. */
export function checkSources(sources: readonly Source[], k: Checks): void {
  for (const s of sources) checkSource(s, k)
  const urls = new Map<string, string>()
  for (const s of sources) {
    if (s.url === undefined) continue
    const other = urls.get(s.url)
    if (other !== undefined)
      k.report(
        s,
        'url',
        'duplicate-url',
        `the same url is already source "${other}"`,
        `cite "${other}" and delete this file`,
      )
    else urls.set(s.url, s.id)
  }
}

/** Every entity, then no parent chain that loops. */
export function checkEntities(entities: readonly Entity[], k: Checks): void {
  const parents = new Map<string, string>()
  for (const e of entities) {
    k.oneOf(e, 'kind', e.kind, ENTITY_KINDS)
    k.text(e, 'name', e.name)
    k.text(e, 'description', e.description)
    k.ref(e, 'parent', 'entity', e.parent)
    if (e.parent !== undefined) parents.set(e.id, e.parent)
    k.sourced(e, '', e.sources)
    for (const [i, m] of e.milestones.entries()) {
      k.time(e, `milestones[${i}].at`, m)
      k.text(e, `milestones[${i}].text`, m.text)
      k.sourced(e, `milestones[${i}]`, m.sources)
    }
  }
  for (const e of entities) {
    const seen = new Set([e.id])
    for (let p = parents.get(e.id); p !== undefined; p = parents.get(p)) {
      if (seen.has(p)) {
        k.report(
          e,
          'parent',
          'parent-cycle',
          `parent chain loops back: ${[...seen, p].join(' → ')}`,
          'break the loop: a parent cannot be its own descendant',
        )
        break
      }
      seen.add(p)
    }
  }
}

export function checkFactors(factors: readonly Factor[], k: Checks): void {
  for (const f of factors) {
    k.text(f, 'name', f.name)
    k.text(f, 'description', f.description)
    if (f.mitigations.length === 0)
      k.report(f, 'mitigations', 'missing-note', 'no mitigation is given', 'add at least one mitigation')
    for (const [i, m] of f.mitigations.entries()) k.text(f, `mitigations[${i}]`, m)
  }
}

function checkPolicy(p: Policy, k: Checks): void {
  k.oneOf(p, 'kind', p.kind, POLICY_KINDS)
  k.oneOf(p, 'status', p.status, POLICY_STATUSES)
  k.text(p, 'name', p.name)
  k.text(p, 'summary', p.summary)
  k.refs(p, 'prompted', 'incident', p.prompted)
  k.refs(p, 'bodies', 'entity', p.bodies)
  k.sourced(p, '', p.sources)
  if (p.steps.length === 0)
    k.report(
      p,
      'steps',
      'missing-note',
      'no dated step is given',
      'add at least one step (proposed, passed, in-force, …)',
    )
  for (const [i, s] of p.steps.entries()) {
    k.time(p, `steps[${i}].at`, s)
    k.sourced(p, `steps[${i}]`, s.sources)
    for (const [j, a] of s.alternatives.entries()) {
      k.time(p, `steps[${i}].alternatives[${j}].at`, a)
      k.sourced(p, `steps[${i}].alternatives[${j}]`, a.sources)
    }
  }
  for (const [i, pr] of p.provisions.entries()) {
    k.text(p, `provisions[${i}].text`, pr.text)
    k.sourced(p, `provisions[${i}]`, pr.sources)
  }
}

export function checkPolicies(policies: readonly Policy[], k: Checks): void {
  for (const p of policies) checkPolicy(p, k)
}

/** Each English analysis is named after an incident and cites known sources. */
export function checkAnalysisFiles(analyses: readonly EnglishAnalysis[], k: Checks): void {
  k.registerIds('incident', analyses)
  for (const a of analyses) {
    if (!k.starts.has(a.id))
      k.report(
        a,
        'id',
        'unknown-reference',
        `no incident has the id "${a.id}"`,
        `name the file after its incident: ${k.contentDir}/incidents/en/<incident-id>.md`,
      )
    for (const cite of extractCitationIds(a.body.raw)) k.ref(a, 'body', 'source', cite)
  }
}

/** Every source is cited by something (run last: every citation has been seen). */
export function checkUncited(sources: readonly Source[], k: Checks): void {
  for (const s of sources) {
    if (!k.cited.has(s.id))
      k.report(
        s,
        'id',
        'uncited-source',
        `source "${s.id}" is cited by nothing`,
        'cite it where it supports a fact, or delete the file',
      )
  }
}
