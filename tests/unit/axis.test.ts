/** The time axis's data (lib/timeline/axis.ts): spans by precision, incident bars as ranges, lanes, labels. */
import { describe, expect, it } from 'vitest'
import { AXIS_START, axisDataPath, axisFilePath, buildAxis, buildAxisEvents, spanOf } from '@/lib/timeline/axis'
import { toMoment } from '@/lib/time/moment'
import { FIXTURE } from './timeline-fixture'

const KST = 9 * 60
const minutes = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) / 60_000 - KST

describe('spanOf', () => {
  it.each([
    [
      'a minute is a point',
      { at: '2022-10-15T15:19+09:00' },
      minutes(2022, 10, 15, 15, 19),
      minutes(2022, 10, 15, 15, 19),
    ],
    [
      'an hour is the hour',
      { at: '2022-10-15T15:00+09:00', precision: 'hour' as const },
      minutes(2022, 10, 15, 15),
      minutes(2022, 10, 15, 16),
    ],
    ['a day is the whole KST day', { at: '2022-10-15' }, minutes(2022, 10, 15), minutes(2022, 10, 16)],
    ['a month is the whole month', { at: '2022-02' }, minutes(2022, 2, 1), minutes(2022, 3, 1)],
    ['December ends at the new year', { at: '2021-12' }, minutes(2021, 12, 1), minutes(2022, 1, 1)],
  ])('%s', (_, input, from, to) => {
    expect(spanOf(toMoment(input))).toEqual({ from, to })
  })
})

describe('buildAxis', () => {
  const ko = buildAxis(FIXTURE, 'ko')
  const en = buildAxis(FIXTURE, 'en')
  const item = (key: string) => {
    const found = en.items.find((i) => i.key === key)
    if (!found) throw new Error(`no axis item ${key}`)
    return found
  }

  it('starts the widest view at 1 January 2010 KST and names its four lanes in the language', () => {
    expect(AXIS_START).toBe(minutes(2010, 1, 1))
    expect(en.lanes.map((l) => l.id)).toEqual(['incident', 'policy', 'government', 'company'])
    expect(en.lanes[0]?.name).toBe('Incidents')
    expect(ko.lanes[0]?.name).toBe('장애')
  })

  it.each([
    // An incident timed to the minute with a known end: solid to the end, nothing soft.
    [
      'incident-2020-01-02-acme-outage',
      minutes(2020, 1, 2, 10),
      minutes(2020, 1, 2, 10),
      minutes(2020, 1, 2, 12, 30),
      minutes(2020, 1, 2, 12, 30),
    ],
    // Known only to the day, no end, a stated "about 3 hours": it can have ended 3 h after the day's
    // first minute at the earliest, 3 h after its last at the latest; the start itself is the whole day.
    [
      'incident-2021-05-06-beta-outage',
      minutes(2021, 5, 6),
      minutes(2021, 5, 7),
      minutes(2021, 5, 6) + 180,
      minutes(2021, 5, 7) + 180,
    ],
  ])('draws %s from its start as a range', (key, from, to, solid, soft) => {
    expect(item(key)).toMatchObject({ kind: 'incident', lane: 0, from, to, solid, soft })
  })

  it('never ends the soft part before the solid one, and leaves no soft part when the end is known to the minute', () => {
    const bars = en.items.filter((x) => x.kind === 'incident')
    expect(bars).toHaveLength(2)
    for (const i of bars) expect(i.soft ?? 0).toBeGreaterThanOrEqual(i.solid ?? Number.POSITIVE_INFINITY)
    const acme = item('incident-2020-01-02-acme-outage')
    expect(acme.soft).toBe(acme.solid)
  })

  it('leaves events to each incident’s own file, which holds every one of them, each tied to its incident', () => {
    expect(en.items.filter((i) => i.kind === 'event')).toEqual([])
    expect(buildAxisEvents(FIXTURE, 'en', 'no-such-incident')).toBeUndefined()
    expect(axisDataPath('ko', '2020-01-02-acme-outage')).toBe('/data/axis/ko/2020-01-02-acme-outage.json')
    expect(axisFilePath('ko', '2020-01-02-acme-outage')).toBe('/data/axis/ko/2020-01-02-acme-outage.json')
    const acme = buildAxisEvents(FIXTURE, 'en', '2020-01-02-acme-outage')?.items ?? []
    expect(acme.map((i) => i.kind).filter((k) => k !== 'event')).toEqual(['incident'])
    const events = acme.filter((i) => i.kind === 'event' && i.of === 'incident-2020-01-02-acme-outage')
    expect(events).toHaveLength(5)
    expect(events.every((e) => e.severity === 'moderate')).toBe(true)
    expect(events.find((e) => e.key === 'event-2020-01-02-acme-outage-3')).toMatchObject({
      from: minutes(2020, 1, 2, 10, 5),
      to: minutes(2020, 1, 2, 10, 5),
      href: '/en/incidents/2020-01-02-acme-outage/#event-3',
    })
  })

  it('draws a month-only event as its month', () => {
    const events = buildAxisEvents(FIXTURE, 'en', '2020-01-02-acme-outage')?.items ?? []
    expect(events.find((e) => e.key === 'event-2020-01-02-acme-outage-5')).toMatchObject({
      from: minutes(2021, 2, 1),
      to: minutes(2021, 3, 1),
    })
  })

  it('puts responses and policy steps on their own lanes, linked to their records', () => {
    const lanes = new Map(en.items.map((i) => [i.key, en.lanes[i.lane]?.id]))
    expect(lanes.get('response-2020-01-02-acme-outage-1')).toBe('company')
    expect(lanes.get('response-2020-01-02-acme-outage-2')).toBe('government')
    expect([...lanes].filter(([k]) => k.startsWith('step-')).every(([, l]) => l === 'policy')).toBe(true)
    expect(item('step-policy-acme-act-1').href).toBe('/en/policies/policy-acme-act/')
  })

  it('labels every mark in its language, with when and how long', () => {
    expect(item('incident-2020-01-02-acme-outage').label).toBe('Acme outage (Moderate)')
    expect(item('incident-2020-01-02-acme-outage').summary).toContain('2 h 30 min')
    const koAcme = ko.items.find((i) => i.key === 'incident-2020-01-02-acme-outage')
    expect(koAcme?.label).toContain('(ko) Acme outage')
    expect(koAcme?.href).toBe('/incidents/2020-01-02-acme-outage/')
    for (const i of [...en.items, ...ko.items]) expect(i.label.length).toBeGreaterThan(0)
  })

  it('lists items in time order', () => {
    const froms = en.items.map((i) => i.from)
    expect(froms).toEqual([...froms].sort((a, b) => a - b))
  })
})

describe('what the axis data adds for lanes, filters and tooltips', () => {
  const data = buildAxis(FIXTURE, 'en', undefined, {
    tips: (it) => (it.kind === 'incident' ? [`Paper, 2020: ${it.key}`] : []),
  })
  const acme = data.items.find((i) => i.key === 'incident-2020-01-02-acme-outage')

  it('gives each item its incident’s companies and facility, its facets, and names them', () => {
    expect(acme?.groups).toEqual({ company: ['acme'], facility: ['acme-dc'] })
    expect(acme?.facets?.year).toBe(2020)
    expect(data.names.acme).toBeDefined()
    expect(data.names['acme-dc']).toBeDefined()
  })

  it('carries the source lines given, and none where there are none', () => {
    expect(acme?.sources).toEqual(['Paper, 2020: incident-2020-01-02-acme-outage'])
    expect(data.items.filter((i) => i.kind !== 'incident').every((i) => i.sources === undefined)).toBe(true)
  })

  it('adds no service lane without outages', () => {
    expect(buildAxisEvents(FIXTURE, 'en', '2020-01-02-acme-outage')?.lanes.map((l) => l.id)).not.toContain('service')
  })
})
