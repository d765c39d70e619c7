/** The time axis's data files (and its sources file): fetched and checked before use; the filter ids they hold. */
import type { AxisData, AxisItem } from '@/lib/timeline/axis'
import { AXIS_SOURCES_FORMAT, isAxisData } from '@/lib/timeline/axis-files'
import type { KnownIds } from '@/lib/timeline/filters'

/** An axis file, or undefined when it is missing or not one. */
export function fetchAxis(signal: AbortSignal, url: string): Promise<AxisData | undefined> {
  return fetch(url, { signal })
    .then((r) => (r.ok ? r.json() : undefined))
    .then((j: unknown) => (isAxisData(j) ? j : undefined))
}

/** The years and ids the items' facets name: what a filter in the address may name. */
export function knownIds(items: readonly AxisItem[]): KnownIds {
  const f = items.flatMap((i) => (i.facets ? [i.facets] : []))
  const all = (pick: (x: (typeof f)[number]) => readonly string[]) => [...new Set(f.flatMap(pick))]
  return {
    years: [...new Set(f.map((x) => x.year))],
    factors: all((x) => x.factors),
    entities: all((x) => x.entities),
    services: all((x) => x.services),
  }
}

/** Wraps work the frame waits on: while any is under way, the frame is aria-busy. */
export function busyMarker(frame: HTMLElement): <T>(p: Promise<T>) => Promise<T> {
  let pending = 0
  return (p) => {
    pending += 1
    frame.setAttribute('aria-busy', 'true')
    return p.finally(() => {
      pending -= 1
      if (pending === 0) frame.removeAttribute('aria-busy')
    })
  }
}

/** Every mark's sources by key (`data/axis/<lang>.sources.json`), only the well-formed entries; rejects when the file is missing or not one. */
export function fetchSources(signal: AbortSignal, url: string): Promise<Record<string, string[]>> {
  return fetch(url, { signal })
    .then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`)
      return r.json()
    })
    .then((j: unknown) => {
      const out: Record<string, string[]> = {}
      if (typeof j !== 'object' || j === null || !('format' in j) || j.format !== AXIS_SOURCES_FORMAT)
        throw new Error(`${url}: not the axis's sources file`)
      const all: unknown = 'sources' in j ? j.sources : undefined
      if (typeof all !== 'object' || all === null) return out
      for (const [key, list] of Object.entries(all)) {
        if (Array.isArray(list)) out[key] = list.filter((s) => typeof s === 'string')
      }
      return out
    })
}
