/**
 * How long: the length a record states (a `duration` figure with `lengthOf`) and the length its
 * times imply, as ranges. Where a source states the length, the stated value is what pages show
 * and the length computed from the times is shown beside it as a check. Pure and framework-free;
 * reads the smallest shapes, so the timeline's fixtures fit as well as the generated documents.
 */
import type { Unit } from '../schema/vocabulary'
import { type MomentInput, toMoment } from '../time/moment'
import { type LengthRange, type LengthUnit, lengthBetween, lengthsAgree, statedLength } from '../time/range'

/** `lengthOf` of the figure that states the whole incident's length. */
export const WHOLE_INCIDENT = 'incident'

/** The fields of a figure that can state a length. */
export interface LengthFigure {
  id: string
  measure: string
  value: number
  unit: Unit
  approximate: boolean
  lengthOf?: string | undefined
  disputed?: { ko: string; en: string } | undefined
}

/** What a record's lengths are computed from. */
export interface LengthSource {
  start: MomentInput
  end?: MomentInput | undefined
  figures: readonly LengthFigure[]
}

const TIME_UNITS: Partial<Record<Unit, LengthUnit>> = { minutes: 'minutes', hours: 'hours', days: 'days' }

/** The unit a figure's value is a length in, or undefined when it is not a length of time. */
export function lengthUnit(unit: Unit): LengthUnit | undefined {
  return TIME_UNITS[unit]
}

/** A stated length: the figure that states it and its value as a range. */
export interface StatedLength {
  figure: LengthFigure
  length: LengthRange
}

/** The length a record states for `of` (`incident` or a service id): its first such duration figure. */
export function statedLengthOf(figures: readonly LengthFigure[], of: string): StatedLength | undefined {
  for (const figure of figures) {
    const unit = lengthUnit(figure.unit)
    if (figure.measure === 'duration' && figure.lengthOf === of && unit)
      return { figure, length: statedLength(figure.value, unit, figure.approximate) }
  }
  return undefined
}

/** A length as a page shows it: the stated one where a source gives it, the computed one as a check. */
export interface RecordedLength {
  /** The length the record's times imply, where both ends are known. */
  derived: LengthRange | undefined
  /** The length a source states, where the record has one. */
  stated: StatedLength | undefined
  /** What pages show: the stated length where there is one, else the derived one. */
  shown: LengthRange
  /** False when the stated length and the times contradict each other. */
  agrees: boolean
}

/** Puts a stated and a derived length together; undefined when neither is known. */
export function recordedLength(
  stated: StatedLength | undefined,
  ends: { start: MomentInput; end: MomentInput | undefined },
): RecordedLength | undefined {
  const start = toMoment(ends.start)
  const end = ends.end ? toMoment(ends.end) : undefined
  const derived = end ? lengthBetween(start, end) : undefined
  const shown = stated?.length ?? derived
  if (!shown) return undefined
  const agrees = !stated || !end || lengthsAgree(stated.length, start, end)
  return { derived, stated, shown, agrees }
}

/** How long the incident lasted: the stated length (`lengthOf: incident`) or start to end. */
export function incidentLength(inc: LengthSource): RecordedLength | undefined {
  return recordedLength(statedLengthOf(inc.figures, WHOLE_INCIDENT), { start: inc.start, end: inc.end })
}
