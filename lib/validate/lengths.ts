/**
 * Lengths that a record states and lengths it implies agree: a `duration` figure with `lengthOf`
 * (the whole incident, or one service's outage) is checked against the span its times give,
 * unless the figure says in `disputed` why the sources differ.
 */
import type { Incident } from '../content/types'
import { lengthUnit, type RecordedLength, WHOLE_INCIDENT, incidentLength } from '../incidents/lengths'
import { serviceOutages } from '../incidents/outages'
import { formatLength, formatMoment } from '../time/format'
import { type Moment, parseMoment, toMoment } from '../time/moment'
import type { Rule } from './problems'

/** A problem found in one field of the incident (the caller adds the file). */
export interface FieldProblem {
  field: string
  rule: Rule
  message: string
  fix: string
}

/** True when every time the lengths are computed from is a valid time (else invalid-time reports it). */
function timesValid(inc: Incident): boolean {
  return [inc.start, ...(inc.end ? [inc.end] : []), ...inc.events].every((m) => parseMoment(m).ok)
}

/** The length a stated figure is checked against, with the ends it runs between. */
interface Implied {
  length: RecordedLength
  from: Moment
  to: Moment
}

function impliedFor(inc: Incident, of: string): Implied | undefined {
  if (of === WHOLE_INCIDENT) {
    const length = incidentLength(inc)
    return length && inc.end ? { length, from: toMoment(inc.start), to: toMoment(inc.end) } : undefined
  }
  const outage = serviceOutages(inc).find((o) => o.service === of)
  return outage ? { length: outage.fully, from: outage.from, to: outage.to } : undefined
}

/** Every problem with the stated lengths of an incident. */
export function lengthProblems(inc: Incident): FieldProblem[] {
  const problems: FieldProblem[] = []
  const named = new Set([...inc.services, ...inc.events.flatMap((e) => e.services)])
  const valid = timesValid(inc)
  for (const [i, fig] of inc.figures.entries()) {
    const f = `figures[${i}]`
    if (fig.lengthOf === undefined) {
      if (fig.disputed)
        problems.push({
          field: `${f}.disputed`,
          rule: 'length-mismatch',
          message: '`disputed` is only for a stated length, and this figure has no `lengthOf`',
          fix: 'add lengthOf (incident or a service id), or move the text to `note`',
        })
      continue
    }
    if (fig.measure !== 'duration' || !lengthUnit(fig.unit)) {
      problems.push({
        field: `${f}.lengthOf`,
        rule: 'length-mismatch',
        message: `lengthOf needs a duration in minutes, hours or days, not a ${fig.measure} in ${fig.unit}`,
        fix: 'use measure: duration with unit minutes, hours or days, or drop lengthOf',
      })
      continue
    }
    if (fig.lengthOf !== WHOLE_INCIDENT && !named.has(fig.lengthOf)) {
      problems.push({
        field: `${f}.lengthOf`,
        rule: 'unknown-reference',
        message: `"${fig.lengthOf}" is neither "incident" nor a service this incident names`,
        fix: 'write incident, or the id of a service listed in services or in an event',
      })
      continue
    }
    const implied = valid ? impliedFor(inc, fig.lengthOf) : undefined
    if (!implied || implied.length.agrees || fig.disputed || !implied.length.derived) continue
    const whose = fig.lengthOf === WHOLE_INCIDENT ? 'the incident' : `service "${fig.lengthOf}"`
    const stated = formatLength(implied.length.shown, 'en')
    const derived = formatLength(implied.length.derived, 'en')
    problems.push({
      field: `${f}.value`,
      rule: 'length-mismatch',
      message: `states ${stated} for ${whose}, but its times imply ${derived} (${formatMoment(implied.from, 'en')} → ${formatMoment(implied.to, 'en')})`,
      fix: 'correct the times (or the services the events name), or say in `disputed` why the sources differ',
    })
  }
  return problems
}
