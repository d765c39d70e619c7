import type { Incident } from '../content/types'
import { incidentPath, type Localized, localize } from '../i18n/lang'
import { byStart } from '../incidents/derive'
import { incidentLength } from '../incidents/lengths'
import type { Precision } from '../schema/vocabulary'
import { type MomentInput, toMoment } from '../time/moment'
import type { LengthUnit } from '../time/range'

/** One incident in `data/incidents.json`. Times are as written in content (KST, +09:00). */
export interface IncidentExport {
  id: string
  title: Localized
  summary: Localized
  start: ExportMoment
  end: ExportMoment | null
  /** How long it lasted, in minutes, as a range (see ExportLength); null when neither stated nor derivable. */
  length: ExportLength | null
  severity: string
  coverage: string
  /** Site-relative page URL per language. */
  url: Localized
  factors: string[]
  sources: string[]
}

/** A time as written (KST, +09:00), with its precision spelled out. */
export interface ExportMoment {
  at: string
  precision: Precision
  approximate: boolean
}

/**
 * A length as a range of whole minutes: `min` = `max` when it is known to the minute; wider when a
 * start or end is known only to the hour, day or month. `stated` names the figure whose value it is
 * where a source states the length (that value wins); otherwise it is computed from start and end,
 * and `unit` says how finely it can honestly be said.
 */
export interface ExportLength {
  min: number
  max: number
  unit: LengthUnit
  approximate: boolean
  stated: string | null
}

const lengthOf = (inc: Incident): ExportLength | null => {
  const length = incidentLength(inc)
  if (!length) return null
  const { min, max, unit, approximate } = length.shown
  return { min, max, unit, approximate, stated: length.stated?.figure.id ?? null }
}

const moment = (m: MomentInput): ExportMoment => {
  const { at, precision, approximate } = toMoment(m)
  return { at, precision, approximate }
}

/** Builds the public data export: every incident, earliest first. */
export function buildIncidentsExport(incidents: readonly Incident[]): IncidentExport[] {
  return byStart(incidents).map((inc) => {
    const id = inc.id
    return {
      id,
      title: { ko: inc.title.ko, en: inc.title.en },
      summary: { ko: inc.summary.ko, en: inc.summary.en },
      start: moment(inc.start),
      end: inc.end ? moment(inc.end) : null,
      length: lengthOf(inc),
      severity: inc.severity,
      coverage: inc.coverage,
      url: localize((l) => incidentPath(id, l)),
      factors: [...new Set(inc.factors.map((f) => f.factor))],
      sources: [...inc.sources],
    }
  })
}
