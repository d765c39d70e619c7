/**
 * The inputs of the timeline and the incident index, as the smallest shapes they read.
 * The generated contentlayer documents fit these shapes, and so do the small hand-made
 * fixtures of the unit tests. Framework-free: no React, no Next.
 */
import type { Coverage, EventKind, PolicyStep, ResponseKind, Severity } from '../schema/vocabulary'
import type { Localized } from '../i18n/lang'
import type { LengthFigure } from '../incidents/lengths'
import type { MomentInput } from '../time/moment'

export interface Doc {
  /** The record's id (its file name without the extension). */
  id: string
}

export interface TimelineIncident extends Doc {
  title: Localized
  aliases: readonly string[]
  start: MomentInput
  end?: MomentInput | undefined
  severity: Severity
  coverage: Coverage
  facility?: string | undefined
  operators: readonly string[]
  services: readonly string[]
  events: ReadonlyArray<MomentInput & { kind: EventKind; text: Localized }>
  /** Impact figures: a duration figure with `lengthOf: incident` states how long it lasted. */
  figures: readonly LengthFigure[]
  factors: ReadonlyArray<{ factor: string }>
  responses: ReadonlyArray<
    MomentInput & { actor: string; kind: ResponseKind; text: Localized; policy?: string | undefined }
  >
}

export interface TimelinePolicy extends Doc {
  name: Localized
  steps: ReadonlyArray<MomentInput & { step: PolicyStep; note?: Localized | undefined }>
  prompted: readonly string[]
  bodies: readonly string[]
}

export interface NamedDoc extends Doc {
  name: Localized
}

/** Everything the timeline and the index are built from. */
export interface TimelineCollections {
  incidents: readonly TimelineIncident[]
  policies: readonly TimelinePolicy[]
  entities: readonly NamedDoc[]
  factors: readonly NamedDoc[]
}
