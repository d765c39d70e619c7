import type { Entity, Factor, Incident, Policy, Source } from 'contentlayer/generated'

/** Everything in content/, as contentlayer2 generated it. */
export interface Collections {
  incidents: readonly Incident[]
  sources: readonly Source[]
  entities: readonly Entity[]
  factors: readonly Factor[]
  policies: readonly Policy[]
}

/** A record's id: its file name without the extension. */
export function idOf(doc: { _raw: { sourceFileName: string } }): string {
  return doc._raw.sourceFileName.replace(/\.[^.]+$/, '')
}
