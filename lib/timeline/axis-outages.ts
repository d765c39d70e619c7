/**
 * Per-service outage bars on an incident's own axis (the incident page's, zoomed in): each service
 * from its failure to when it was fully back, as lib/incidents/outages.ts computes them, turned into
 * epoch-minute stretches the `time-axis` island draws without a date library. Pure.
 */
import type { ServiceOutage } from '../incidents/outages'
import type { Lang } from '../i18n/lang'
import { formatLength } from '../time/format'

/** One stretch of a bar: epoch minutes from and to; `partly` after the first recovery; `soft` where the times only allow it. */
export interface AxisSegment {
  from: number
  to: number
  partly: boolean
  soft: boolean
}

export interface AxisOutage {
  service: string
  name: string
  label: string
  segments: AxisSegment[]
}

/** The outages of an incident whose start instant is `start` (epoch minutes: the segments count from it), named in `lang`. */
export function axisOutages(
  outages: readonly ServiceOutage[],
  start: number,
  name: (id: string) => string,
  lang: Lang,
): AxisOutage[] {
  return outages.map((o) => {
    const long = formatLength(o.fully.shown, lang)
    return {
      service: o.service,
      name: name(o.service),
      label: lang === 'ko' ? `${name(o.service)} 서비스 장애: ${long}` : `${name(o.service)} outage: ${long}`,
      segments: o.segments.map((s) => ({
        from: start + s.from,
        to: start + s.to,
        partly: s.phase === 'partly',
        soft: s.soft,
      })),
    }
  })
}
