/**
 * Where the time axis draws each lane and each mark, for the lanes the reader chose: by kind (the
 * timeline's four lanes, and an incident's service outages), by company, by facility or by factor,
 * or, comparing two incidents, one lane each. Pure, so the server can reserve the axis's height
 * (no layout shift when the island draws it) and the unit tests can check the geometry.
 */
import type { AxisData, AxisItem, AxisLane } from './axis'

export const LANE_MODES = ['kind', 'company', 'facility', 'factor'] as const
export type LaneMode = (typeof LANE_MODES)[number]
export const isLaneMode = (v: string): v is LaneMode => LANE_MODES.some((m) => m === v)

/** The tick labels' band at the top. */
export const TICK_H = 26
const KIND_H: Record<AxisLane, number> = { incident: 64, policy: 34, government: 34, company: 34, service: 0 }
/** One service's row in the outage lane. */
const SERVICE_ROW = 12
/** Lanes by company, facility or factor: the most frequent ones get a lane each, the rest share "other". */
export const MAX_GROUP_LANES = 6

const serviceLane = (n: number) => (n === 0 ? 0 : 16 + SERVICE_ROW * n)

/** The axis's height in pixels: the four kind lanes, and a row per service outage where there are some. */
export function axisHeight(services = 0): number {
  return TICK_H + KIND_H.incident + KIND_H.policy + KIND_H.government + KIND_H.company + serviceLane(services)
}

export interface LaneRow {
  id: string
  name: string
  top: number
  height: number
}

export interface Layout {
  lanes: LaneRow[]
  /** Where an item is drawn (y and height of its mark); undefined: not drawn in this layout. */
  place: (item: AxisItem) => { lane: number; y: number; h: number } | undefined
}

/** A mark's row in a lane: tall lanes have a row for incidents and one below for events. */
function row(lane: LaneRow, item: AxisItem): { y: number; h: number } {
  if (lane.height >= 60) return item.kind === 'event' ? { y: lane.top + 40, h: 14 } : { y: lane.top + 16, h: 18 }
  return { y: lane.top + 14, h: Math.max(6, lane.height - 18) }
}

function stack(specs: ReadonlyArray<{ id: string; name: string; height: number }>): LaneRow[] {
  let top = TICK_H
  return specs.map((s) => {
    const lane = { ...s, top }
    top += s.height
    return lane
  })
}

function kindLayout(data: AxisData): Layout {
  const outages = data.items.filter((i) => i.kind === 'outage').map((i) => i.key)
  const lanes = stack(
    data.lanes.map((l) => ({ ...l, height: l.id === 'service' ? serviceLane(outages.length) : KIND_H[l.id] })),
  )
  return {
    lanes,
    place: (item) => {
      const lane = lanes[item.lane]
      if (!lane) return undefined
      if (item.kind !== 'outage') return { lane: item.lane, ...row(lane, item) }
      return { lane: item.lane, y: lane.top + 16 + SERVICE_ROW * outages.indexOf(item.key), h: SERVICE_ROW - 3 }
    },
  }
}

/** The ids an item has for a grouping. */
export function groupIds(item: AxisItem, mode: Exclude<LaneMode, 'kind'>): readonly string[] {
  if (mode === 'factor') return item.facets?.factors ?? []
  return item.groups?.[mode] ?? []
}

function groupLayout(data: AxisData, mode: Exclude<LaneMode, 'kind'>, height: number, other: string): Layout {
  const count = new Map<string, number>()
  for (const item of data.items) {
    if (item.kind !== 'incident') continue
    for (const id of groupIds(item, mode)) count.set(id, (count.get(id) ?? 0) + 1)
  }
  const name = (id: string) => data.names[id] ?? id
  const chosen = [...count.keys()]
    .sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || name(a).localeCompare(name(b)))
    .slice(0, MAX_GROUP_LANES)
  const each = Math.floor((height - TICK_H) / (chosen.length + 1))
  const lanes = stack([
    ...chosen.map((id) => ({ id, name: name(id), height: each })),
    { id: '', name: other, height: each },
  ])
  return {
    lanes,
    place: (item) => {
      if (item.kind === 'outage') return undefined
      const ids = groupIds(item, mode)
      const at = chosen.findIndex((id) => ids.includes(id))
      const lane = at === -1 ? chosen.length : at
      const drawn = lanes[lane]
      return drawn ? { lane, ...row(drawn, item) } : undefined
    },
  }
}

/** The lanes for a choice; `other` names the lane of everything else. */
export function layoutLanes(data: AxisData, mode: LaneMode, height: number, other: string): Layout {
  return mode === 'kind' ? kindLayout(data) : groupLayout(data, mode, height, other)
}

/** Two incidents compared: one tall lane each, items already in lane 0 or 1. */
export function compareLayout(names: readonly [string, string], height: number): Layout {
  const each = Math.floor((height - TICK_H) / 2)
  const lanes = stack(names.map((name, i) => ({ id: String(i), name, height: each })))
  return {
    lanes,
    place: (item) => {
      const lane = lanes[item.lane]
      return lane && item.kind !== 'outage' ? { lane: item.lane, ...row(lane, item) } : undefined
    },
  }
}
