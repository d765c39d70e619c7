/** Where the embed's axis view opens (lib/embed/axis-window.ts): an incident's first days, years, or the address's own window. */
import { describe, expect, it } from 'vitest'
import { INCIDENT_SPAN, incidentWindow, withWindow, yearsWindow } from '@/lib/embed/axis-window'
import { type AxisItem, buildAxisEvents } from '@/lib/timeline/axis'
import { AXIS_START, axisFilePath, axisSourcesPath, EVENT_SPAN } from '@/lib/timeline/axis-files'
import { formatMinute, kstMinute, readView } from '@/lib/timeline/axis-view'
import { FIXTURE } from './timeline-fixture'

const KST = 9 * 60
const minutes = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) / 60_000 - KST
const BOUNDS = { from: AXIS_START, to: minutes(2026, 11, 30) }
const DAY = 1440

const item = (key: string, from: number, to: number, more: Partial<AxisItem> = {}): AxisItem => ({
  key,
  kind: 'event',
  lane: 0,
  from,
  to,
  href: '/x/',
  label: key,
  summary: '',
  ...more,
})

describe('the axis files and constants the island and the embed share (lib/timeline/axis-files.ts)', () => {
  it.each([
    ['ko', undefined, '/data/axis/ko.json'],
    ['en', undefined, '/data/axis/en.json'],
    ['ko', '2022-10-15-pangyo-datacenter-fire', '/data/axis/ko/2022-10-15-pangyo-datacenter-fire.json'],
    ['en', '2020-01-02-acme-outage', '/data/axis/en/2020-01-02-acme-outage.json'],
  ] as const)('%s %s', (lang, incident, path) => {
    expect(axisFilePath(lang, incident)).toBe(path)
  })
  it('starts in 2010 (KST), keeps the sources apart, and opens incidents narrower than the events window', () => {
    expect(AXIS_START).toBe(kstMinute(2010))
    expect(axisSourcesPath('en')).toBe('/data/axis/en.sources.json')
    expect(INCIDENT_SPAN * 1.2).toBeLessThanOrEqual(EVENT_SPAN)
  })
})

describe('incidentWindow', () => {
  const start = minutes(2022, 10, 15, 15, 19)
  it.each([
    [
      'a short incident: start to its last event, a tenth either side',
      [
        item('incident-a', start, start, { kind: 'incident', solid: start + 600 }),
        item('e1', start + 900, start + 900, { of: 'incident-a' }),
      ],
      { from: start - 90, to: start + 990 },
    ],
    [
      'an incident of weeks: its first days only, so the island draws its events',
      [
        item('incident-a', start, start, { kind: 'incident', solid: start + 30 * DAY }),
        item('e1', start + 20 * DAY, start + 20 * DAY, { of: 'incident-a' }),
      ],
      { from: start - INCIDENT_SPAN / 10, to: start + INCIDENT_SPAN * 1.1 },
    ],
    [
      'an incident without an end or events: half an hour about its start',
      [item('incident-a', start, start, { kind: 'incident' })],
      { from: start - 3, to: start + 27 },
    ],
    [
      'a day-only start: the whole day',
      [item('incident-a', minutes(2022, 10, 15), minutes(2022, 10, 16), { kind: 'incident' })],
      { from: minutes(2022, 10, 15) - 144, to: minutes(2022, 10, 16) + 144 },
    ],
  ])('%s', (_, items, expected) => {
    const w = incidentWindow(items, 'incident-a', BOUNDS)
    expect(w?.from).toBeCloseTo(expected.from, 5)
    expect(w?.to).toBeCloseTo(expected.to, 5)
    // Within the four days the island draws events in.
    expect((w?.to ?? 0) - (w?.from ?? 0)).toBeLessThanOrEqual(4 * DAY)
  })
  it('is undefined for an incident not in the file', () => {
    expect(incidentWindow([item('incident-b', 0, 0)], 'incident-a', BOUNDS)).toBeUndefined()
  })
  it('opens a real incident file on its start, with its events in view', () => {
    const data = buildAxisEvents(FIXTURE, 'en', '2020-01-02-acme-outage')
    if (!data) throw new Error('no fixture incident')
    const w = incidentWindow(data.items, 'incident-2020-01-02-acme-outage', BOUNDS)
    const head = data.items.find((i) => i.key === 'incident-2020-01-02-acme-outage')
    expect(w && head && w.from <= head.from && head.from <= w.to).toBe(true)
    const events = data.items.filter((i) => i.kind === 'event')
    expect(events.length).toBeGreaterThan(0)
    expect(events.some((e) => w && e.from >= w.from && e.from <= w.to)).toBe(true)
  })
})

describe('yearsWindow', () => {
  it.each([
    ['no years: none', {}, undefined],
    ['2018–2022, whole years in KST', { from: 2018, to: 2022 }, { from: minutes(2018, 1, 1), to: minutes(2023, 1, 1) }],
    ['from 2021 to today', { from: 2021 }, { from: minutes(2021, 1, 1), to: BOUNDS.to }],
    ['to 2012 from the axis start', { to: 2012 }, { from: AXIS_START, to: minutes(2013, 1, 1) }],
    [
      'a year before the axis starts is cut to its start',
      { from: 1995, to: 2011 },
      { from: AXIS_START, to: minutes(2012, 1, 1) },
    ],
  ])('%s', (_, years, expected) => {
    expect(yearsWindow(years, BOUNDS)).toEqual(expected)
  })
})

describe('withWindow', () => {
  const w = { from: minutes(2022, 10, 15, 15), to: minutes(2022, 10, 16, 15) }
  it.each([
    [
      'writes start and end after the options',
      'incident=x&view=axis',
      w,
      'incident=x&view=axis&start=2022-10-15T15%3A00&end=2022-10-16T15%3A00',
    ],
    ['leaves a window the address names', 'view=axis&start=2020', w, 'view=axis&start=2020'],
    ['leaves the address without a window to write', 'view=axis', undefined, 'view=axis'],
    ['writes nothing for the whole axis', 'view=axis', BOUNDS, 'view=axis'],
  ])('%s', (_, query, window, expected) => {
    expect(withWindow(query, window, BOUNDS)).toBe(expected)
  })
  it('writes what the island reads back', () => {
    const read = readView(new URLSearchParams(withWindow('', w, BOUNDS)), BOUNDS)
    expect(read.rejected).toEqual([])
    expect(read.view && [formatMinute(read.view.from), formatMinute(read.view.to)]).toEqual([
      '2022-10-15T15:00',
      '2022-10-16T15:00',
    ])
  })
})
