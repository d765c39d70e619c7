/** The checks of one incident record, part by part (front matter and the citations of its body). */
import type { Incident } from '../content/types'
import { extractCitationIds } from '../markdown/citations'
import {
  COMMITMENT_STATUSES,
  COVERAGES,
  EVENT_KINDS,
  EVIDENCE_LEVELS,
  FACTOR_ROLES,
  RELATIONS,
  SEVERITIES,
} from '../schema/vocabulary'
import { momentEnd, parseMoment } from '../time/moment'
import { ID_FORM } from '../schema/ids'
import type { Checks } from './checks'
import { lengthProblems } from './lengths'

/** The start of every incident whose start is valid, for the checks that compare incidents. */
export function recordStarts(incidents: readonly Incident[], k: Checks): void {
  for (const inc of incidents) {
    const start = parseMoment(inc.start)
    if (start.ok) k.starts.set(inc.id, start.value.instant.getTime())
  }
}

export function validateIncident(inc: Incident, k: Checks): void {
  checkHead(inc, k)
  checkSpan(inc, k)
  checkRecordRefs(inc, k)
  checkItemIds(inc, k, 'figures', inc.figures)
  checkItemIds(inc, k, 'commitments', inc.commitments)
  checkEvents(inc, k)
  checkFigures(inc, k)
  checkCausalFactors(inc, k)
  checkResponses(inc, k)
  checkCommitments(inc, k)
  checkRelated(inc, k)
}

function checkHead(inc: Incident, k: Checks): void {
  k.text(inc, 'title', inc.title)
  k.text(inc, 'summary', inc.summary)
  k.oneOf(inc, 'severity', inc.severity, SEVERITIES)
  k.oneOf(inc, 'coverage', inc.coverage, COVERAGES)
}

/** Start and end are valid times, the end is not before the start, and the id's date is the start's. */
function checkSpan(inc: Incident, k: Checks): void {
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
  const idDate = /^(\d{4}-\d{2}-\d{2})/.exec(inc.id)?.[1]
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
}

/** The record's own references: facility, operators, services, sources, and the body's citations. */
function checkRecordRefs(inc: Incident, k: Checks): void {
  k.ref(inc, 'facility', 'entity', inc.facility)
  k.refs(inc, 'operators', 'entity', inc.operators)
  k.refs(inc, 'services', 'entity', inc.services)
  k.sourced(inc, '', inc.sources)
  for (const cite of extractCitationIds(inc.body.raw)) k.ref(inc, 'body', 'source', cite)
}

/** The ids of a list (figures, commitments): kebab-case and unique within the incident. */
function checkItemIds(inc: Incident, k: Checks, field: string, list: readonly { id: string }[]): void {
  const seen = new Set<string>()
  for (const [i, item] of list.entries()) {
    if (seen.has(item.id))
      k.report(
        inc,
        `${field}[${i}].id`,
        'duplicate-id',
        `${field} id "${item.id}" is used twice in this incident`,
        'give each one its own id',
      )
    if (!ID_FORM.test(item.id))
      k.report(
        inc,
        `${field}[${i}].id`,
        'id-format',
        `"${item.id}" is not kebab-case`,
        'use only a-z, 0-9 and single hyphens',
      )
    seen.add(item.id)
  }
}

function checkEvents(inc: Incident, k: Checks): void {
  for (const [i, e] of inc.events.entries()) {
    const f = `events[${i}]`
    k.oneOf(inc, `${f}.kind`, e.kind, EVENT_KINDS)
    k.time(inc, `${f}.at`, e)
    k.text(inc, `${f}.text`, e.text)
    k.refs(inc, `${f}.services`, 'entity', e.services)
    k.sourced(inc, f, e.sources)
    for (const [j, a] of e.alternatives.entries()) {
      k.time(inc, `${f}.alternatives[${j}].at`, a)
      k.text(inc, `${f}.alternatives[${j}].note`, a.note)
      k.sourced(inc, `${f}.alternatives[${j}]`, a.sources)
    }
  }
}

function checkFigures(inc: Incident, k: Checks): void {
  for (const [i, fig] of inc.figures.entries()) {
    const f = `figures[${i}]`
    k.text(inc, `${f}.label`, fig.label)
    k.text(inc, `${f}.note`, fig.note)
    k.text(inc, `${f}.disputed`, fig.disputed)
    if (fig.asOf !== undefined) k.time(inc, `${f}.asOf`, { at: fig.asOf })
    k.sourced(inc, f, fig.sources)
    for (const [j, a] of fig.alternatives.entries()) {
      k.text(inc, `${f}.alternatives[${j}].note`, a.note)
      k.sourced(inc, `${f}.alternatives[${j}]`, a.sources)
    }
  }
  // A length a figure states agrees with the span the times imply (lib/validate/lengths.ts).
  for (const p of lengthProblems(inc)) k.report(inc, p.field, p.rule, p.message, p.fix)
}

function checkCausalFactors(inc: Incident, k: Checks): void {
  for (const [i, cf] of inc.factors.entries()) {
    const f = `factors[${i}]`
    k.oneOf(inc, `${f}.role`, cf.role, FACTOR_ROLES)
    k.oneOf(inc, `${f}.evidence`, cf.evidence, EVIDENCE_LEVELS)
    k.ref(inc, `${f}.factor`, 'factor', cf.factor)
    k.text(inc, `${f}.explanation`, cf.explanation)
    k.text(inc, `${f}.disputed`, cf.disputed)
    k.sourced(inc, f, cf.sources)
  }
}

function checkResponses(inc: Incident, k: Checks): void {
  for (const [i, r] of inc.responses.entries()) {
    const f = `responses[${i}]`
    k.time(inc, `${f}.at`, r)
    k.ref(inc, `${f}.actor`, 'entity', r.actor)
    k.ref(inc, `${f}.policy`, 'policy', r.policy)
    k.text(inc, `${f}.text`, r.text)
    k.sourced(inc, f, r.sources)
  }
}

/** Commitments; the incident that showed what became of one must have begun after it was made. */
function checkCommitments(inc: Incident, k: Checks): void {
  for (const [i, cm] of inc.commitments.entries()) {
    const f = `commitments[${i}]`
    k.oneOf(inc, `${f}.status`, cm.status, COMMITMENT_STATUSES)
    const made = k.time(inc, `${f}.at`, cm)
    k.ref(inc, `${f}.actor`, 'entity', cm.actor)
    k.ref(inc, `${f}.shownBy`, 'incident', cm.shownBy)
    k.text(inc, `${f}.text`, cm.text)
    k.text(inc, `${f}.outcome`, cm.outcome)
    k.sourced(inc, f, cm.sources)
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
  }
}

/** Related incidents: never itself; a precursor starts before this incident, a recurrence after. */
function checkRelated(inc: Incident, k: Checks): void {
  for (const [i, r] of inc.related.entries()) {
    const f = `related[${i}]`
    k.oneOf(inc, `${f}.relation`, r.relation, RELATIONS)
    k.ref(inc, `${f}.incident`, 'incident', r.incident)
    k.text(inc, `${f}.note`, r.note)
    if (r.incident === inc.id)
      k.report(inc, `${f}.incident`, 'relation-order', 'an incident cannot be related to itself', 'remove this entry')
    const other = k.starts.get(r.incident)
    const own = k.starts.get(inc.id)
    if (other === undefined || own === undefined) continue
    if (r.relation === 'precursor' && other >= own)
      k.report(
        inc,
        `${f}.relation`,
        'relation-order',
        `precursor "${r.incident}" does not start before this incident`,
        'use recurrence (a later incident) or similar',
      )
    if (r.relation === 'recurrence' && other <= own)
      k.report(
        inc,
        `${f}.relation`,
        'relation-order',
        `recurrence "${r.incident}" does not start after this incident`,
        'use precursor (an earlier incident) or similar',
      )
  }
}
