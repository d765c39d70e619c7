import type { Incident, Localized } from '../content/types'
import { extractCitationIds } from '../markdown/citations'
import { type Moment, type MomentInput, momentEnd, parseMoment } from '../time/moment'
import {
  COMMITMENT_STATUSES,
  COVERAGES,
  ENTITY_KINDS,
  EVENT_KINDS,
  EVIDENCE_LEVELS,
  FACTOR_ROLES,
  POLICY_KINDS,
  POLICY_STATUSES,
  RELATIONS,
  SEVERITIES,
  SOURCE_KINDS,
} from '../schema/vocabulary'
import type { Collections } from '../content/types'
import { checkEnglishAnalyses, ENGLISH_REQUIRED } from './english'
import type { Problem, Rule } from './problems'
import { thesaurusProblems } from './thesaurus'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const INCIDENT_ID = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/

type Doc = { id: string; _raw: { sourceFilePath: string } }
type Kind = 'source' | 'entity' | 'factor' | 'incident' | 'policy'
type Cited = { field: string; ids: readonly string[] }

const FOLDER: Record<Kind, string> = {
  source: 'sources',
  entity: 'entities',
  factor: 'factors',
  incident: 'incidents',
  policy: 'policies',
}

/**
 * Checks everything that spans files, and collects every problem (none is thrown, none dropped).
 * `contentDir` is only used to print file paths relative to the project root. `englishRequired`
 * says whether a Korean analysis without its English twin is a problem (default: ENGLISH_REQUIRED).
 */
export function validate(c: Collections, contentDir = 'content', englishRequired = ENGLISH_REQUIRED): Problem[] {
  const problems: Problem[] = []
  const report = (doc: Doc, field: string, rule: Rule, message: string, fix: string) =>
    problems.push({ rule, file: `${contentDir}/${doc._raw.sourceFilePath}`, field, message, fix })

  const ids: Record<Kind, Set<string>> = {
    source: new Set(),
    entity: new Set(),
    factor: new Set(),
    incident: new Set(),
    policy: new Set(),
  }
  const cited = new Set<string>()

  const checkIds = (kind: Kind, docs: readonly Doc[]) => {
    const firstFile = new Map<string, string>()
    for (const doc of docs) {
      const id = doc.id
      const earlier = firstFile.get(id)
      if (earlier !== undefined) {
        report(
          doc,
          'id',
          'duplicate-id',
          `${kind} id "${id}" is also used by ${contentDir}/${earlier}`,
          'rename one of the two files',
        )
      } else {
        firstFile.set(id, doc._raw.sourceFilePath)
      }
      ids[kind].add(id)
      if (kind === 'incident') {
        if (!INCIDENT_ID.test(id))
          report(
            doc,
            'id',
            'id-format',
            `incident id "${id}" is not YYYY-MM-DD-short-name`,
            'rename the file, e.g. 2022-10-15-pangyo-datacenter-fire.md',
          )
      } else if (!KEBAB.test(id)) {
        report(
          doc,
          'id',
          'id-format',
          `${kind} id "${id}" is not kebab-case`,
          'rename the file using only a-z, 0-9 and single hyphens',
        )
      }
    }
  }
  checkIds('source', c.sources)
  checkIds('entity', c.entities)
  checkIds('factor', c.factors)
  checkIds('incident', c.incidents)
  checkIds('policy', c.policies)

  const ref = (doc: Doc, field: string, kind: Kind, id: string | undefined) => {
    if (id === undefined) return
    if (kind === 'source') cited.add(id)
    if (!ids[kind].has(id)) {
      report(
        doc,
        field,
        'unknown-reference',
        `unknown ${kind} "${id}"`,
        `create ${contentDir}/${FOLDER[kind]}/${id}.${kind === 'incident' ? 'md' : 'yaml'} or use an existing ${kind} id`,
      )
    }
  }
  const refs = (doc: Doc, field: string, kind: Kind, list: readonly string[]) => {
    for (const [i, id] of list.entries()) ref(doc, `${field}[${i}]`, kind, id)
  }
  const sourced = (doc: Doc, { field, ids: list }: Cited) => {
    const at = field === '' ? 'sources' : `${field}.sources`
    if (list.length === 0) report(doc, at, 'missing-source', 'cites no source', 'add at least one source id to sources')
    refs(doc, at, 'source', list)
  }
  const time = (doc: Doc, field: string, m: MomentInput) => {
    const result = parseMoment(m)
    if (!result.ok) {
      report(doc, field, 'invalid-time', result.reason, result.fix)
      return undefined
    }
    return result.value
  }
  const text = (doc: Doc, field: string, value: Localized | undefined) => {
    if (!value) return
    if (value.ko.trim() === '')
      report(doc, `${field}.ko`, 'empty-text', 'Korean text is empty', 'write the Korean text')
    if (value.en.trim() === '')
      report(doc, `${field}.en`, 'empty-text', 'English text is empty', 'write the English text')
  }
  const oneOf = (doc: Doc, field: string, value: string, options: readonly string[]) => {
    if (!options.includes(value))
      report(
        doc,
        field,
        'invalid-enum',
        `"${value}" is not one of ${options.join(', ')}`,
        'use one of the listed values',
      )
  }

  for (const s of c.sources) {
    text(s, 'publisher', s.publisher)
    text(s, 'label', s.label)
    text(s, 'summary', s.summary)
    text(s, 'dateNote', s.dateNote)
    text(s, 'reliabilityNote', s.reliabilityNote)
    oneOf(s, 'kind', s.kind, SOURCE_KINDS)
    if (s.date !== undefined) {
      const m = time(s, 'date', { at: s.date })
      if (m && m.precision !== 'day' && m.precision !== 'month')
        report(s, 'date', 'invalid-time', `"${s.date}" is not a date`, 'write YYYY-MM-DD or YYYY-MM')
    }
    if (s.dateInferred && !s.dateNote)
      report(
        s,
        'dateNote',
        'missing-note',
        'the date is inferred but no reason is given',
        'add dateNote saying how the date was worked out',
      )
    if (s.date === undefined && !s.dateNote)
      report(
        s,
        'dateNote',
        'missing-note',
        'the date is unknown but no reason is given',
        'add date, or dateNote saying why it is unknown',
      )
    if (s.reliability === 'low' && !s.reliabilityNote)
      report(
        s,
        'reliabilityNote',
        'missing-note',
        'low reliability without a reason',
        'add reliabilityNote (blog, mirror, aggregator, …)',
      )
    if (s.url === undefined && s.seed === undefined)
      report(
        s,
        'url',
        'missing-note',
        'neither url nor seed is given',
        'give the real url from the fact sheet, or the seed file name',
      )
  }
  const urls = new Map<string, string>()
  for (const s of c.sources) {
    if (s.url === undefined) continue
    const other = urls.get(s.url)
    if (other !== undefined)
      report(
        s,
        'url',
        'duplicate-url',
        `the same url is already source "${other}"`,
        `cite "${other}" and delete this file`,
      )
    else urls.set(s.url, s.id)
  }

  const parents = new Map<string, string>()
  for (const e of c.entities) {
    oneOf(e, 'kind', e.kind, ENTITY_KINDS)
    text(e, 'name', e.name)
    text(e, 'description', e.description)
    ref(e, 'parent', 'entity', e.parent)
    if (e.parent !== undefined) parents.set(e.id, e.parent)
    sourced(e, { field: '', ids: e.sources })
    e.milestones.forEach((m, i) => {
      time(e, `milestones[${i}].at`, m)
      text(e, `milestones[${i}].text`, m.text)
      sourced(e, { field: `milestones[${i}]`, ids: m.sources })
    })
  }
  for (const e of c.entities) {
    const seen = new Set([e.id])
    for (let p = parents.get(e.id); p !== undefined; p = parents.get(p)) {
      if (seen.has(p)) {
        report(
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

  for (const f of c.factors) {
    text(f, 'name', f.name)
    text(f, 'description', f.description)
    if (f.mitigations.length === 0)
      report(f, 'mitigations', 'missing-note', 'no mitigation is given', 'add at least one mitigation')
    for (const [i, m] of f.mitigations.entries()) text(f, `mitigations[${i}]`, m)
  }

  for (const p of c.policies) {
    oneOf(p, 'kind', p.kind, POLICY_KINDS)
    oneOf(p, 'status', p.status, POLICY_STATUSES)
    text(p, 'name', p.name)
    text(p, 'summary', p.summary)
    refs(p, 'prompted', 'incident', p.prompted)
    refs(p, 'bodies', 'entity', p.bodies)
    sourced(p, { field: '', ids: p.sources })
    if (p.steps.length === 0)
      report(
        p,
        'steps',
        'missing-note',
        'no dated step is given',
        'add at least one step (proposed, passed, in-force, …)',
      )
    p.steps.forEach((s, i) => {
      time(p, `steps[${i}].at`, s)
      sourced(p, { field: `steps[${i}]`, ids: s.sources })
      s.alternatives.forEach((a, j) => {
        time(p, `steps[${i}].alternatives[${j}].at`, a)
        sourced(p, { field: `steps[${i}].alternatives[${j}]`, ids: a.sources })
      })
    })
    p.provisions.forEach((pr, i) => {
      text(p, `provisions[${i}].text`, pr.text)
      sourced(p, { field: `provisions[${i}]`, ids: pr.sources })
    })
  }

  const starts = new Map<string, number>()
  for (const inc of c.incidents) {
    const start = parseMoment(inc.start)
    if (start.ok) starts.set(inc.id, start.value.instant.getTime())
  }
  for (const inc of c.incidents) validateIncident(inc, { report, ref, refs, sourced, time, text, oneOf, starts })
  checkIds('incident', c.analysesEn)
  for (const a of c.analysesEn) {
    if (!starts.has(a.id))
      report(
        a,
        'id',
        'unknown-reference',
        `no incident has the id "${a.id}"`,
        `name the file after its incident: ${contentDir}/incidents/en/<incident-id>.md`,
      )
    for (const cite of extractCitationIds(a.body.raw)) ref(a, 'body', 'source', cite)
  }
  problems.push(...checkEnglishAnalyses(c, contentDir, englishRequired))

  for (const s of c.sources) {
    if (!cited.has(s.id))
      report(
        s,
        'id',
        'uncited-source',
        `source "${s.id}" is cited by nothing`,
        'cite it where it supports a fact, or delete the file',
      )
  }
  problems.push(...thesaurusProblems(c, contentDir))
  return problems
}

interface Checks {
  report: (doc: Doc, field: string, rule: Rule, message: string, fix: string) => void
  ref: (doc: Doc, field: string, kind: Kind, id: string | undefined) => void
  refs: (doc: Doc, field: string, kind: Kind, list: readonly string[]) => void
  sourced: (doc: Doc, cited: Cited) => void
  time: (doc: Doc, field: string, m: MomentInput) => Moment | undefined
  text: (doc: Doc, field: string, value: Localized | undefined) => void
  oneOf: (doc: Doc, field: string, value: string, options: readonly string[]) => void
  starts: ReadonlyMap<string, number>
}

function validateIncident(inc: Incident, k: Checks): void {
  const id = inc.id
  k.text(inc, 'title', inc.title)
  k.text(inc, 'summary', inc.summary)
  k.oneOf(inc, 'severity', inc.severity, SEVERITIES)
  k.oneOf(inc, 'coverage', inc.coverage, COVERAGES)
  const start = k.time(inc, 'start.at', inc.start)
  const end = inc.end ? k.time(inc, 'end.at', inc.end) : undefined
  if (start && end && momentEnd(end).getTime() < start.instant.getTime()) {
    k.report(
      inc,
      'end.at',
      'end-before-start',
      `end ${end.at} is before start ${start.at}`,
      'check both times; end is when every affected service was back',
    )
  }
  const idDate = /^(\d{4}-\d{2}-\d{2})/.exec(id)?.[1]
  if (
    start &&
    idDate !== undefined &&
    !start.at.startsWith(idDate) &&
    !(start.precision === 'month' && idDate.startsWith(start.at))
  ) {
    k.report(
      inc,
      'start.at',
      'id-format',
      `the id's date ${idDate} differs from the start ${start.at}`,
      'name the file after the start date (KST)',
    )
  }
  k.ref(inc, 'facility', 'entity', inc.facility)
  k.refs(inc, 'operators', 'entity', inc.operators)
  k.refs(inc, 'services', 'entity', inc.services)
  k.sourced(inc, { field: '', ids: inc.sources })
  for (const cite of extractCitationIds(inc.body.raw)) k.ref(inc, 'body', 'source', cite)

  const seenIds = (field: string, list: readonly { id: string }[]) => {
    const seen = new Set<string>()
    list.forEach((item, i) => {
      if (seen.has(item.id))
        k.report(
          inc,
          `${field}[${i}].id`,
          'duplicate-id',
          `${field} id "${item.id}" is used twice in this incident`,
          'give each one its own id',
        )
      if (!KEBAB.test(item.id))
        k.report(
          inc,
          `${field}[${i}].id`,
          'id-format',
          `"${item.id}" is not kebab-case`,
          'use only a-z, 0-9 and single hyphens',
        )
      seen.add(item.id)
    })
  }
  seenIds('figures', inc.figures)
  seenIds('commitments', inc.commitments)

  inc.events.forEach((e, i) => {
    const f = `events[${i}]`
    k.oneOf(inc, `${f}.kind`, e.kind, EVENT_KINDS)
    k.time(inc, `${f}.at`, e)
    k.text(inc, `${f}.text`, e.text)
    k.refs(inc, `${f}.services`, 'entity', e.services)
    k.sourced(inc, { field: f, ids: e.sources })
    e.alternatives.forEach((a, j) => {
      k.time(inc, `${f}.alternatives[${j}].at`, a)
      k.text(inc, `${f}.alternatives[${j}].note`, a.note)
      k.sourced(inc, { field: `${f}.alternatives[${j}]`, ids: a.sources })
    })
  })
  inc.figures.forEach((fig, i) => {
    const f = `figures[${i}]`
    k.text(inc, `${f}.label`, fig.label)
    k.text(inc, `${f}.note`, fig.note)
    if (fig.asOf !== undefined) k.time(inc, `${f}.asOf`, { at: fig.asOf })
    k.sourced(inc, { field: f, ids: fig.sources })
    fig.alternatives.forEach((a, j) => {
      k.text(inc, `${f}.alternatives[${j}].note`, a.note)
      k.sourced(inc, { field: `${f}.alternatives[${j}]`, ids: a.sources })
    })
  })
  inc.factors.forEach((cf, i) => {
    const f = `factors[${i}]`
    k.oneOf(inc, `${f}.role`, cf.role, FACTOR_ROLES)
    k.oneOf(inc, `${f}.evidence`, cf.evidence, EVIDENCE_LEVELS)
    k.ref(inc, `${f}.factor`, 'factor', cf.factor)
    k.text(inc, `${f}.explanation`, cf.explanation)
    k.text(inc, `${f}.disputed`, cf.disputed)
    k.sourced(inc, { field: f, ids: cf.sources })
  })
  inc.responses.forEach((r, i) => {
    const f = `responses[${i}]`
    k.time(inc, `${f}.at`, r)
    k.ref(inc, `${f}.actor`, 'entity', r.actor)
    k.ref(inc, `${f}.policy`, 'policy', r.policy)
    k.text(inc, `${f}.text`, r.text)
    k.sourced(inc, { field: f, ids: r.sources })
  })
  inc.commitments.forEach((cm, i) => {
    const f = `commitments[${i}]`
    k.oneOf(inc, `${f}.status`, cm.status, COMMITMENT_STATUSES)
    const made = k.time(inc, `${f}.at`, cm)
    k.ref(inc, `${f}.actor`, 'entity', cm.actor)
    k.ref(inc, `${f}.shownBy`, 'incident', cm.shownBy)
    k.text(inc, `${f}.text`, cm.text)
    k.text(inc, `${f}.outcome`, cm.outcome)
    k.sourced(inc, { field: f, ids: cm.sources })
    const shown = cm.shownBy === undefined ? undefined : k.starts.get(cm.shownBy)
    if (made && shown !== undefined && shown < made.instant.getTime()) {
      k.report(
        inc,
        `${f}.shownBy`,
        'relation-order',
        `"${cm.shownBy}" began before the promise was made`,
        'shownBy must be a later incident',
      )
    }
  })
  inc.related.forEach((r, i) => {
    const f = `related[${i}]`
    k.oneOf(inc, `${f}.relation`, r.relation, RELATIONS)
    k.ref(inc, `${f}.incident`, 'incident', r.incident)
    k.text(inc, `${f}.note`, r.note)
    if (r.incident === id)
      k.report(inc, `${f}.incident`, 'relation-order', 'an incident cannot be related to itself', 'remove this entry')
    const other = k.starts.get(r.incident)
    const own = k.starts.get(id)
    if (other === undefined || own === undefined) return
    if (r.relation === 'precursor' && other >= own) {
      k.report(
        inc,
        `${f}.relation`,
        'relation-order',
        `precursor "${r.incident}" does not start before this incident`,
        'use recurrence (a later incident) or similar',
      )
    }
    if (r.relation === 'recurrence' && other <= own) {
      k.report(
        inc,
        `${f}.relation`,
        'relation-order',
        `recurrence "${r.incident}" does not start after this incident`,
        'use precursor (an earlier incident) or similar',
      )
    }
  })
}
