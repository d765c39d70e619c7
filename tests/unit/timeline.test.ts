import { describe, expect, it } from 'vitest'
import { buildTimeline, byYear, keyEventIndexes, responseLane } from '@/lib/timeline/timeline'
import { filterOptions } from '@/lib/timeline/options'
import { lengthText, linkHref } from '@/lib/timeline/text'
import { incidentLength, type LengthFigure } from '@/lib/incidents/lengths'
import { RESPONSE_KINDS } from '@/lib/schema/vocabulary'
import { FIXTURE } from './timeline-fixture'

const timeline = buildTimeline(FIXTURE)
const item = (key: string) => {
  const found = timeline.items.find((i) => i.key === key)
  if (!found) throw new Error(`no item ${key}`)
  return found
}
const ev = (kind: 'trigger' | 'impact' | 'recovery' | 'aftermath' | 'detection' | 'response', at: string) => ({
  at,
  approximate: false,
  kind,
  text: { ko: '', en: '' },
})

describe('the timeline, built from a small fixture', () => {
  it('puts every item in time order, incidents before their events on the same instant', () => {
    expect(timeline.items.map((i) => i.key)).toEqual([
      'step-policy-old-plan-1',
      'incident-2020-01-02-acme-outage',
      'event-2020-01-02-acme-outage-2',
      'event-2020-01-02-acme-outage-1',
      'response-2020-01-02-acme-outage-1',
      'response-2020-01-02-acme-outage-3',
      'response-2020-01-02-acme-outage-2',
      'step-policy-acme-act-3',
      'step-policy-acme-act-1',
      'event-2020-01-02-acme-outage-5',
      'incident-2021-05-06-beta-outage',
      'step-policy-acme-act-2',
    ])
  })

  it('never puts an item known only to the day or month before a timed item of its period', () => {
    const at = (key: string) => timeline.items.findIndex((i) => i.key === key)
    // 2020-01-02 (no time) after the 13:00 apology of that day; January 2020 after 10 January.
    expect(at('response-2020-01-02-acme-outage-3')).toBeGreaterThan(at('response-2020-01-02-acme-outage-1'))
    expect(at('step-policy-acme-act-3')).toBeGreaterThan(at('response-2020-01-02-acme-outage-2'))
    expect(at('step-policy-acme-act-3')).toBeLessThan(at('step-policy-acme-act-1'))
  })

  it.each([
    { key: 'incident-2020-01-02-acme-outage', lane: 'incident', year: 2020 },
    { key: 'event-2020-01-02-acme-outage-5', lane: 'incident', year: 2021 },
    { key: 'response-2020-01-02-acme-outage-1', lane: 'company', year: 2020 },
    { key: 'response-2020-01-02-acme-outage-2', lane: 'government', year: 2020 },
    { key: 'step-policy-acme-act-2', lane: 'policy', year: 2021 },
    { key: 'step-policy-old-plan-1', lane: 'policy', year: 2019 },
  ])('$key is in the $lane lane, year $year', ({ key, lane, year }) => {
    expect(item(key)).toMatchObject({ lane, year, facets: { year } })
  })

  it.each([
    {
      key: 'incident-2020-01-02-acme-outage',
      link: { page: 'incident', id: '2020-01-02-acme-outage' },
      href: '/en/incidents/2020-01-02-acme-outage/',
    },
    {
      key: 'event-2020-01-02-acme-outage-5',
      link: { page: 'incident', id: '2020-01-02-acme-outage', hash: 'event-5' },
      href: '/en/incidents/2020-01-02-acme-outage/#event-5',
    },
    {
      key: 'response-2020-01-02-acme-outage-2',
      link: { page: 'incident', id: '2020-01-02-acme-outage', hash: 'responses' },
      href: '/en/incidents/2020-01-02-acme-outage/#responses',
    },
    {
      key: 'step-policy-acme-act-1',
      link: { page: 'policy', id: 'policy-acme-act' },
      href: '/en/policies/policy-acme-act/',
    },
  ])('$key links to $href', ({ key, link, href }) => {
    expect(item(key).link).toEqual(link)
    expect(linkHref(item(key).link, 'en')).toBe(href)
  })

  it.each([
    {
      key: 'incident-2020-01-02-acme-outage',
      factors: ['single-site-concentration', 'network-fault'],
      entities: ['acme', 'acme-dc'],
      services: ['acme-chat'],
      severities: ['moderate'],
    },
    {
      key: 'response-2020-01-02-acme-outage-2',
      factors: ['single-site-concentration', 'network-fault'],
      entities: ['ministry', 'acme', 'acme-dc'],
      services: ['acme-chat'],
      severities: ['moderate'],
    },
    {
      key: 'step-policy-acme-act-1',
      factors: ['single-site-concentration', 'network-fault'],
      entities: ['assembly', 'acme', 'acme-dc'],
      services: ['acme-chat'],
      severities: ['moderate'],
    },
    { key: 'step-policy-old-plan-1', factors: [], entities: ['ministry'], services: [], severities: [] },
    {
      key: 'incident-2021-05-06-beta-outage',
      factors: ['traffic-surge'],
      entities: ['beta'],
      services: [],
      severities: ['critical'],
    },
  ])('$key: policy steps and responses carry the facets of their incidents', ({ key, ...facets }) => {
    expect(item(key).facets).toMatchObject(facets)
  })

  it('lists every year from the first to the last, and groups items by year', () => {
    expect(timeline.years).toEqual([2019, 2020, 2021])
    expect(byYear(timeline.items).map((g) => [g.year, g.items.length])).toEqual([
      [2019, 1],
      [2020, 8],
      [2021, 3],
    ])
  })

  it('offers only the ids some item uses, with names, sorted by name in the language', () => {
    const { known, options } = filterOptions(timeline, 'en')
    expect(known).toEqual({
      years: [2019, 2020, 2021],
      factors: ['network-fault', 'single-site-concentration', 'traffic-surge'],
      entities: ['acme', 'acme-dc', 'assembly', 'beta', 'ministry'],
      services: ['acme-chat'],
    })
    expect(options.factors.map((o) => o.label)).toEqual(['Network fault', 'Single-site concentration', 'Traffic surge'])
    expect(options.severities.map((o) => o.id)).toEqual(['minor', 'moderate', 'major', 'critical'])
  })
})

describe('key events: triggers, aftermath and the final recovery', () => {
  it.each([
    {
      name: 'all kinds',
      events: [
        ev('trigger', '2020-01-01'),
        ev('impact', '2020-01-02'),
        ev('recovery', '2020-01-03'),
        ev('recovery', '2020-01-05'),
        ev('aftermath', '2020-02'),
      ],
      keep: [0, 3, 4],
      final: 3,
    },
    {
      name: 'final recovery written first',
      events: [ev('recovery', '2020-01-05'), ev('recovery', '2020-01-03')],
      keep: [0],
      final: 0,
    },
    {
      name: 'tie: the one written last',
      events: [ev('recovery', '2020-01-05'), ev('recovery', '2020-01-05')],
      keep: [1],
      final: 1,
    },
    {
      name: 'no recovery',
      events: [ev('impact', '2020-01-01'), ev('detection', '2020-01-01'), ev('response', '2020-01-02')],
      keep: [],
      final: undefined,
    },
    { name: 'none', events: [], keep: [], final: undefined },
  ])('$name', ({ events, keep, final }) => {
    expect(keyEventIndexes(events)).toEqual({ keep, finalRecovery: final })
  })
})

describe('lanes of responses', () => {
  it.each(RESPONSE_KINDS.map((kind) => ({ kind, lane: kind === 'company' ? 'company' : 'government' })))(
    '$kind → $lane',
    ({ kind, lane }) => {
      expect(responseLane(kind)).toBe(lane)
    },
  )
})

describe('how long, as the timeline and the index say it', () => {
  const at = (a: string, approximate = false) => ({ at: a, approximate })
  const stated = (value: number, unit: 'minutes' | 'hours'): LengthFigure => ({
    id: 'length',
    measure: 'duration',
    value,
    unit,
    approximate: true,
    lengthOf: 'incident',
  })
  it.each([
    {
      start: at('2022-10-15T15:19+09:00'),
      end: at('2022-10-20T22:52+09:00'),
      figures: [],
      ko: '5일 7시간 33분',
      en: '5 d 7 h 33 min',
    },
    {
      start: at('2012-04-28T14:50+09:00', true),
      end: at('2012-04-28T19:00+09:00'),
      figures: [],
      ko: '약 4시간 10분',
      en: 'about 4 h 10 min',
    },
    { start: at('2021-12-13'), end: at('2021-12-14'), figures: [], ko: '48시간 이내', en: 'up to 48 h' },
    { start: at('2021-12-13'), end: undefined, figures: [], ko: '—', en: '—' },
    { start: at('2010-12-17'), end: undefined, figures: [stated(2, 'hours')], ko: '약 2시간', en: 'about 2 h' },
  ])('$en', ({ start, end, figures, ko, en }) => {
    const length = incidentLength({ start, end, figures })
    expect(lengthText(length, 'ko')).toBe(ko)
    expect(lengthText(length, 'en')).toBe(en)
  })
})

describe('the derived timeline of the fixture (golden file)', () => {
  it('is as recorded', async () => {
    await expect(`${JSON.stringify(timeline, null, 2)}\n`).toMatchFileSnapshot('../golden/timeline-fixture.json')
  })
})
