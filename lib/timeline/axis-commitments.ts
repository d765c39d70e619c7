/**
 * Commitments on the time axis: each promise an incident records, as a mark on the lane of who
 * made it (the lane of that actor's responses to the incident; else companies on the company lane,
 * everyone else on the government lane), linked to its outcome where a later incident showed what
 * became of it (`shownBy`): the island draws that link as a line, and the mark's name says it in
 * words ("→ shown by …"). A commitment carries its incident's filter values and groups (plus its
 * actor), so the timeline's filters and the company, facility and factor lanes place it with its
 * incident rather than under "Other". Pure: the data files' writer passes these to buildAxis.
 */
import type { Collections } from '../content/types'
import { STATUS_LABEL } from '../i18n/labels'
import { incidentPath, type Lang, t } from '../i18n/lang'
import { formatMoment } from '../time/format'
import { type Moment, toMoment } from '../time/moment'
import type { AxisItem } from './axis'
import { spanOf } from './axis'
import type { TimelineIncident } from './model'
import { incidentFacets, LANES, type Lane, responseLane, yearOf } from './timeline'

const laneIndex = (lane: Lane) => LANES.indexOf(lane)

/** What a commitment is filtered and grouped on: its incident's values, and its actor among the entities. */
export function commitmentGroups(
  inc: TimelineIncident,
  moment: Moment,
  actor: string,
): Required<Pick<AxisItem, 'facets' | 'groups'>> {
  return {
    facets: incidentFacets(inc, yearOf(moment), [actor]),
    groups: { company: [...new Set(inc.operators)], facility: inc.facility ? [inc.facility] : [] },
  }
}

export function commitmentItems(c: Collections, lang: Lang): AxisItem[] {
  const entity = new Map(c.entities.map((e) => [e.id, e]))
  const title = new Map(c.incidents.map((i) => [i.id, i.title]))
  return c.incidents.flatMap((inc) =>
    inc.commitments.map((k): AxisItem => {
      const moment = toMoment(k)
      const response = inc.responses.find((r) => r.actor === k.actor)
      const actor = entity.get(k.actor)
      const lane = response ? responseLane(response.kind) : actor?.kind === 'company' ? 'company' : 'government'
      const shown = k.shownBy ? title.get(k.shownBy) : undefined
      const said = lang === 'ko' ? '약속' : 'Promise'
      const arrow = shown
        ? lang === 'ko'
          ? ` → 결과를 보여 준 장애: ${t(shown, lang)}`
          : ` → shown by: ${t(shown, lang)}`
        : ''
      return {
        key: `commitment-${inc.id}-${k.id}`,
        kind: 'commitment',
        lane: laneIndex(lane),
        ...spanOf(moment),
        href: `${incidentPath(inc.id, lang)}#commitment-${k.id}`,
        label: `${said} (${STATUS_LABEL[k.status][lang]}): ${actor ? t(actor.name, lang) : k.actor}: ${t(k.text, lang)}${arrow}`,
        summary: [formatMoment(moment, lang), t(inc.title, lang), k.outcome ? t(k.outcome, lang) : '']
          .filter((s) => s !== '')
          .join(' · '),
        ...commitmentGroups(inc, moment, k.actor),
        ...(k.shownBy ? { link: `incident-${k.shownBy}` } : {}),
      }
    }),
  )
}
