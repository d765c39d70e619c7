/** The time axis's lanes and views beyond time (lib/timeline/axis-layout.ts, axis-compare.ts), and filters sharing the address with it. */
import { describe, expect, it } from 'vitest'
import { buildAxis } from '@/lib/timeline/axis'
import {
  compareItems,
  optionEntries,
  readAxisOptions,
  readRelView,
  relEntries,
  relLabel,
  relTicks,
} from '@/lib/timeline/axis-compare'
import { axisHeight, compareLayout, layoutLanes, TICK_H } from '@/lib/timeline/axis-layout'
import { axisOutages } from '@/lib/timeline/axis-outages'
import { mergeFilterQuery } from '@/lib/timeline/filters'
import { toMoment } from '@/lib/time/moment'
import { FIXTURE } from './timeline-fixture'

const data = buildAxis(FIXTURE, 'en')
const q = (s: string) => new URLSearchParams(s)

describe('axisHeight', () => {
  it('is the four kind lanes, plus a row per service outage and a head for their lane', () => {
    expect(axisHeight()).toBe(192)
    expect(axisHeight(0)).toBe(192)
    expect(axisHeight(3)).toBe(192 + 16 + 3 * 12)
  })
})

describe('layoutLanes', () => {
  it('by kind: the data’s lanes stacked under the ticks, incidents above their events in the tall lane', () => {
    const layout = layoutLanes(data, 'kind', 194, 'Other')
    expect(layout.lanes.map((l) => [l.id, l.top, l.height])).toEqual([
      ['incident', TICK_H, 64],
      ['policy', TICK_H + 64, 34],
      ['government', TICK_H + 98, 34],
      ['company', TICK_H + 132, 34],
    ])
    const incident = data.items.find((i) => i.kind === 'incident')
    if (!incident) throw new Error('no incident')
    expect(layout.place(incident)).toEqual({ lane: 0, y: TICK_H + 16, h: 18 })
    expect(layout.place({ ...incident, kind: 'event' })).toEqual({ lane: 0, y: TICK_H + 40, h: 14 })
  })

  it.each([
    ['company', ['Acme', 'Beta'], 'incident-2020-01-02-acme-outage', 'Acme'],
    ['facility', ['Acme data centre'], 'incident-2021-05-06-beta-outage', 'Other'],
  ] as const)('by %s: a lane per id named, the rest in “Other”, within the same height', (mode, first, key, lane) => {
    const layout = layoutLanes(data, mode, 194, 'Other')
    const names = layout.lanes.map((l) => l.name)
    expect(names.at(-1)).toBe('Other')
    for (const name of first) expect(names.some((n) => n.includes(name.split(' ')[0] ?? ''))).toBe(true)
    const last = layout.lanes.at(-1)
    expect((last?.top ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(194)
    const item = data.items.find((i) => i.key === key)
    if (!item) throw new Error(`no ${key}`)
    const at = layout.place(item)
    expect(layout.lanes[at?.lane ?? -1]?.name.startsWith(lane)).toBe(true)
  })

  it('compares: two lanes named for the incidents, outages left out', () => {
    const layout = compareLayout(['A', 'B'], 194)
    expect(layout.lanes.map((l) => [l.name, l.top, l.height])).toEqual([
      ['A', TICK_H, 84],
      ['B', TICK_H + 84, 84],
    ])
    const item = data.items[0]
    if (!item) throw new Error('no item')
    expect(layout.place({ ...item, kind: 'outage' })).toBeUndefined()
  })
})

describe('the axis options in the address', () => {
  const known = (id: string) => id === '2020-01-02-acme-outage' || id === '2021-05-06-beta-outage'
  it.each([
    ['', { lanes: 'kind' }, []],
    ['lanes=company', { lanes: 'company' }, []],
    ['lanes=colour', { lanes: 'kind' }, ['lanes']],
    [
      'compare=2020-01-02-acme-outage,2021-05-06-beta-outage',
      { lanes: 'kind', compare: ['2020-01-02-acme-outage', '2021-05-06-beta-outage'] },
      [],
    ],
    ['compare=2020-01-02-acme-outage,2020-01-02-acme-outage', { lanes: 'kind' }, ['compare']],
    ['compare=2020-01-02-acme-outage,2030-01-01-nothing', { lanes: 'kind' }, ['compare']],
    ['compare=<script>', { lanes: 'kind' }, ['compare']],
  ])('%s', (query, options, rejected) => {
    const read = readAxisOptions(q(query), known)
    expect(read.options).toEqual(options)
    expect(read.rejected.map((r) => r.key)).toEqual(rejected)
    expect(new URLSearchParams(optionEntries(read.options)).toString()).toBe(
      rejected.length > 0 ? '' : query.replace(',', '%2C'),
    )
  })
})

describe('comparing on one clock', () => {
  it('moves each incident to start at 0, one lane each, bounds from an hour before to the later end', () => {
    const a = { ...data, items: data.items.filter((i) => i.key.includes('acme')) }
    const b = { ...data, items: data.items.filter((i) => i.key.includes('beta')) }
    const { items, bounds } = compareItems(a, b)
    const heads = items.filter((i) => i.kind === 'incident')
    expect(heads.map((h) => [h.lane, h.from])).toEqual([
      [0, 0],
      [1, 0],
    ])
    expect(heads[0]?.solid).toBe(150)
    expect(bounds.from).toBe(-60)
    expect(bounds.to).toBeGreaterThanOrEqual(1440)
  })

  it.each([
    [0, 'T0'],
    [45, 'T+45m'],
    [180, 'T+3h'],
    [1440 + 360, 'T+1d 6h'],
    [-60, 'T−1h'],
  ])('labels %i minutes as %s', (m, label) => {
    expect(relLabel(m)).toBe(label)
  })

  it('ticks on round offsets, at most the number asked', () => {
    const t = relTicks({ from: -60, to: 1440 }, 8)
    expect(t.length).toBeLessThanOrEqual(9)
    expect(t.map((x) => x.label)).toContain('T+6h')
    expect(t.every((x) => x.at % 180 === 0)).toBe(true)
  })

  it('reads and writes the relative window in minutes, rejecting other forms', () => {
    const bounds = { from: -60, to: 10_000 }
    expect(readRelView(q('start=0&end=180'), bounds).view).toEqual({ from: 0, to: 180 })
    expect(readRelView(q('start=2022-10-15'), bounds).rejected.map((r) => r.key)).toEqual(['start'])
    expect(relEntries({ from: 0, to: 180 }, bounds)).toEqual([
      ['start', '0'],
      ['end', '180'],
    ])
    expect(relEntries(bounds, bounds)).toEqual([])
  })
})

describe('axisOutages', () => {
  it('turns minutes from the start into epoch minutes and names the service and its length', () => {
    const m = toMoment({ at: '2020-01-02T10:00+09:00' })
    const length = { min: 90, max: 90, approximate: false, unit: 'minutes' as const }
    const [o] = axisOutages(
      [
        {
          service: 'acme-chat',
          from: m,
          firstBack: m,
          to: m,
          partly: length,
          fully: { derived: length, stated: undefined, shown: length, agrees: true },
          segments: [
            { from: 5, to: 60, phase: 'down', soft: false },
            { from: 60, to: 95, phase: 'partly', soft: true },
          ],
          reach: 95,
        },
      ],
      1000,
      () => 'Acme Chat',
      'en',
    )
    expect(o?.label).toMatch(/^Acme Chat outage: /)
    expect(o?.segments).toEqual([
      { from: 1005, to: 1060, partly: false, soft: false },
      { from: 1060, to: 1095, partly: true, soft: true },
    ])
  })
})

describe('mergeFilterQuery', () => {
  it.each([
    [
      'start=2022-10-15T15:00&end=2022-10-15T17:00',
      { severity: 'critical' as const },
      'start=2022-10-15T15%3A00&end=2022-10-15T17%3A00&severity=critical',
    ],
    ['severity=minor&lanes=company', {}, 'lanes=company'],
    ['factor=x&compare=a%2Cb', { from: 2020 }, 'compare=a%2Cb&from=2020'],
  ])('%s', (search, filters, out) => {
    expect(mergeFilterQuery(search, filters)).toBe(out)
  })
})
