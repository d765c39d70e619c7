import type { Incident } from '../content/types'
import { incidentPath } from '../i18n/lang'
import { byStart } from '../incidents/derive'
import { recordDates } from '../incidents/record-dates'
import type { Precision } from '../schema/vocabulary'
import { type MomentInput, toMoment } from '../time/moment'

/** One incident in `data/incidents.json`. Times are as written in content (KST, +09:00). */
export interface IncidentExport {
  id: string
  title: { ko: string; en: string }
  summary: { ko: string; en: string }
  start: ExportMoment
  end: ExportMoment | null
  severity: string
  coverage: string
  /** Site-relative page URL per language. */
  url: { ko: string; en: string }
  factors: string[]
  sources: string[]
  /** Day the record was added, and day it last changed (YYYY-MM-DD). */
  added: string
  updated: string
}

/** A time as written (KST, +09:00), with its precision spelled out. */
export interface ExportMoment {
  at: string
  precision: Precision
  approximate: boolean
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
      severity: inc.severity,
      coverage: inc.coverage,
      url: { ko: incidentPath(id, 'ko'), en: incidentPath(id, 'en') },
      factors: [...new Set(inc.factors.map((f) => f.factor))],
      sources: [...inc.sources],
      ...recordDates(inc),
    }
  })
}
