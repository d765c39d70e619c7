import { describe, expect, it } from 'vitest'
import { linearScale, niceTicks } from '@/lib/charts/scale'
import { eventsByPeriod } from '@/lib/incidents/days'
import { citationOrder, sortedEvents } from '@/lib/incidents/derive'
import { outageSegments, serviceOutages } from '@/lib/incidents/outages'
import { formatLength } from '@/lib/time/format'
import { makeEvent, makeIncident, moment } from '../helpers/incident'
import { figure } from './fixtures/records'

const fire = makeIncident('2022-10-15-fire', {
  start: moment('2022-10-15T15:19+09:00'),
  events: [
    makeEvent('2022-10-16T01:31+09:00', 'recovery', ['talk']),
    makeEvent('2022-10-15T15:19+09:00', 'trigger'),
    makeEvent('2022-10-15T15:30+09:00', 'impact', ['talk', 'pay', 'navi']),
    makeEvent('2022-10-16', 'recovery', ['navi']),
    makeEvent('2022-10-20T22:52+09:00', 'recovery', ['talk', 'mail']),
    makeEvent('2022-10-15T19:00+09:00', 'recovery', ['pay']),
    makeEvent('2022-10-15', 'response'),
    makeEvent('2024-01', 'aftermath'),
    makeEvent('2024-01-05', 'aftermath'),
  ],
})

describe('incident derivations', () => {
  it('groups events under days and months, an item with no time after its period’s timed ones', () => {
    const periods = eventsByPeriod(sortedEvents(fire))
    expect(periods.map((d) => [d.key, d.precision, d.events.map((e) => e.event.at)])).toEqual([
      [
        '2022-10-15',
        'day',
        ['2022-10-15T15:19+09:00', '2022-10-15T15:30+09:00', '2022-10-15T19:00+09:00', '2022-10-15'],
      ],
      ['2022-10-16', 'day', ['2022-10-16T01:31+09:00', '2022-10-16']],
      ['2022-10-20', 'day', ['2022-10-20T22:52+09:00']],
      ['2024-01-05', 'day', ['2024-01-05']],
      ['2024-01', 'month', ['2024-01']],
    ])
  })

  it.each([
    {
      service: 'pay',
      label: '3시간 30분',
      segments: [{ from: 11, to: 221, phase: 'down', soft: false }],
    },
    {
      service: 'navi',
      label: '8~33시간',
      segments: [
        { from: 11, to: 521, phase: 'down', soft: false },
        { from: 521, to: 1961, phase: 'down', soft: true },
      ],
    },
    {
      service: 'talk',
      label: '5일 7시간 22분',
      segments: [
        { from: 11, to: 612, phase: 'down', soft: false },
        { from: 612, to: 7653, phase: 'partly', soft: false },
      ],
    },
    {
      service: 'mail',
      label: '5일 7시간 33분',
      segments: [{ from: 0, to: 7653, phase: 'down', soft: false }],
    },
  ])(
    'draws $service from its failure to its recoveries, soft where a recovery is known only to the day',
    ({ service, label, segments }) => {
      const o = serviceOutages(fire).find((x) => x.service === service)
      expect(o?.segments).toEqual(segments)
      expect(o && formatLength(o.fully.shown, 'ko')).toBe(label)
    },
  )

  it('lets a length a source states win over the times, and keeps the times as a check', () => {
    const stated = makeIncident('2022-10-15-fire', {
      ...fire,
      figures: [
        figure('pay-44h', { measure: 'duration', value: 44, unit: 'hours', approximate: true, lengthOf: 'pay' }),
      ],
    })
    const pay = serviceOutages(stated).find((o) => o.service === 'pay')
    expect(pay && formatLength(pay.fully.shown, 'ko')).toBe('약 44시간')
    expect(pay?.fully.derived && formatLength(pay.fully.derived, 'ko')).toBe('3시간 30분')
    expect(pay?.fully.agrees).toBe(false)
    expect(pay?.segments).toEqual([
      { from: 11, to: 221, phase: 'down', soft: false },
      { from: 221, to: 11 + 44 * 60, phase: 'partly', soft: false },
    ])
  })

  it.each([
    { case: 'partly and fully back at one moment', partly: [60, 60], fully: [60, 60], want: [[0, 60, 'down', false]] },
    {
      case: 'partly back within a day, fully back later that day',
      partly: [100, 1540],
      fully: [1000, 1000],
      want: [
        [0, 100, 'down', false],
        [100, 1000, 'down', true],
      ],
    },
    {
      case: 'fully back within a day, after a timed partial recovery',
      partly: [100, 100],
      fully: [500, 1940],
      want: [
        [0, 100, 'down', false],
        [100, 500, 'partly', false],
        [500, 1940, 'partly', true],
      ],
    },
  ] as const)('cuts a bar into solid and soft stretches: $case', ({ partly, fully, want }) => {
    expect(outageSegments(0, [...partly], [...fully]).map((s) => [s.from, s.to, s.phase, s.soft])).toEqual(want)
  })

  it('leaves out services with no recovery, and sorts by when they were fully back', () => {
    const withUnknown = makeIncident('2022-10-15-x', {
      events: [makeEvent('2022-10-15T11:00+09:00', 'impact', ['lost'])],
    })
    expect(serviceOutages(withUnknown)).toEqual([])
    expect(serviceOutages(fire).map((o) => o.service)).toEqual(['pay', 'navi', 'mail', 'talk'])
  })

  it('numbers body citations first, then the rest in record order', () => {
    const inc = makeIncident('2020-01-01-x', {
      sources: ['c'],
      body: { raw: 'a [@b] then [@a]', html: '' },
      events: [{ ...makeEvent('2020-01-01T10:00+09:00', 'trigger'), sources: ['d', 'a'] }],
    })
    expect(citationOrder(inc)).toEqual(['b', 'a', 'c', 'd'])
  })
})

describe('chart scales', () => {
  it.each([
    { max: 127.55, ticks: [0, 50, 100, 150] },
    { max: 9, ticks: [0, 2, 4, 6, 8, 10] },
    { max: 0, ticks: [0] },
  ])('gives round ticks up to $max', ({ max, ticks }) => {
    expect(niceTicks(max, 5)).toEqual(ticks)
  })

  it('maps values onto the size', () => {
    expect(linearScale(200, 100)(50)).toBe(25)
    expect(linearScale(0, 100)(5)).toBe(0)
  })
})
