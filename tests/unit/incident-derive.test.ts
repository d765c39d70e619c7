import { describe, expect, it } from 'vitest'
import { niceTicks, linearScale } from '@/lib/charts/scale'
import { eventsByDay } from '@/lib/incidents/days'
import { citationOrder, sortedEvents } from '@/lib/incidents/derive'
import { serviceOutages } from '@/lib/incidents/outages'
import { makeEvent, makeIncident, moment } from '../helpers/incident'

const fire = makeIncident('2022-10-15-fire', {
  start: moment('2022-10-15T15:19+09:00'),
  events: [
    makeEvent('2022-10-16T01:31+09:00', 'recovery', ['talk']),
    makeEvent('2022-10-15T15:19+09:00', 'trigger'),
    makeEvent('2022-10-15T15:30+09:00', 'impact', ['talk', 'pay']),
    makeEvent('2022-10-20T22:52+09:00', 'recovery', ['talk', 'mail']),
    makeEvent('2022-10-15T19:00+09:00', 'recovery', ['pay']),
  ],
})

describe('incident derivations', () => {
  it('orders events by time, grouped by Korean day', () => {
    const days = eventsByDay(sortedEvents(fire))
    expect(days.map((d) => [d.day, d.events.map((e) => e.event.at.slice(11, 16))])).toEqual([
      ['2022-10-15', ['15:19', '15:30', '19:00']],
      ['2022-10-16', ['01:31']],
      ['2022-10-20', ['22:52']],
    ])
  })

  it.each([
    { service: 'pay', from: 11, firstBack: 221, end: 221 },
    { service: 'talk', from: 11, firstBack: 612, end: 7653 },
    { service: 'mail', from: 0, firstBack: 7653, end: 7653 },
  ])('spans $service from its first failure to its recoveries (minutes)', ({ service, from, firstBack, end }) => {
    const span = serviceOutages(fire).find((o) => o.service === service)
    expect(span && [span.startOffset, span.firstBackOffset, span.endOffset]).toEqual([from, firstBack, end])
  })

  it('leaves out services with no recovery, and sorts by recovery', () => {
    const withUnknown = makeIncident('2022-10-15-x', {
      events: [makeEvent('2022-10-15T11:00+09:00', 'impact', ['lost'])],
    })
    expect(serviceOutages(withUnknown)).toEqual([])
    expect(serviceOutages(fire).map((o) => o.service)).toEqual(['pay', 'mail', 'talk'])
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
