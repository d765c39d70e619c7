/**
 * Uncertain times stay uncertain, over the real content: every derived length, every order and
 * every export says no more than the records do.
 */
import { describe, expect, it } from 'vitest'
import { getCollections, getIncident } from '@/lib/content/source'
import { buildIncidentTimelineExport, buildTimelineExport, prepareTimelineExport } from '@/lib/export/timeline-json'
import { buildTimelineJs } from '@/lib/export/timelinejs'
import { eventsByPeriod } from '@/lib/incidents/days'
import { sortedEvents } from '@/lib/incidents/derive'
import { serviceOutages } from '@/lib/incidents/outages'
import { toMoment, compareMoments } from '@/lib/time/moment'
import { boundsInUnit } from '@/lib/time/range'

const c = getCollections()
const prepared = prepareTimelineExport(c)
/** The whole record's export (`all`) or one incident's. */
const exportOf = (scope: string) =>
  scope === 'all' ? buildTimelineExport(prepared) : buildIncidentTimelineExport(prepared, scope)
const PANGYO = '2022-10-15-pangyo-datacenter-fire'
/** A clock time in any wording the site uses: "15:19", "15시", "~15:19". */
const CLOCK = /\d{1,2}:\d{2}|\d{1,2}시(?!간)/

describe('the Pangyo per-service outages agree with the record’s own words', () => {
  const inc = getIncident(PANGYO)
  if (!inc) throw new Error('no Pangyo record')
  const outage = (service: string) => {
    const o = serviceOutages(inc).find((x) => x.service === service)
    if (!o) throw new Error(`no outage for ${service}`)
    return o
  }

  it('Kakao Navi, back "in the afternoon" of the 16th, is a range that holds 22–26 hours, not a midnight', () => {
    const navi = outage('kakao-navi')
    const recovery = inc.events.find((e) => e.services.includes('kakao-navi') && /afternoon/.test(e.text.en))
    expect(recovery?.at).toBe('2022-10-16')
    const { low, high } = boundsInUnit(navi.fully.shown)
    expect(navi.fully.shown.unit).toBe('hours')
    expect(low).toBeLessThanOrEqual(22)
    expect(high).toBeGreaterThanOrEqual(26)
    expect(navi.segments.at(-1)?.soft).toBe(true)
  })

  it('Kakao Pay is the regulator’s about 44 hours, not back only on 20 October', () => {
    const pay = outage('kakao-pay-service')
    expect(pay.fully.stated?.figure.id).toBe('duration-kakao-pay')
    expect(pay.fully.shown).toMatchObject({ min: 44 * 60, max: 44 * 60, approximate: true })
    expect(pay.reach).toBeLessThan(50 * 60)
    expect(pay.fully.agrees).toBe(true)
  })
})

describe('no heading or clock time the record does not give', () => {
  it.each(c.incidents.map((inc) => inc.id))('%s: each event heading is a day or month its events give', (id) => {
    const inc = getIncident(id)
    if (!inc) throw new Error(id)
    for (const period of eventsByPeriod(sortedEvents(inc))) {
      for (const { moment } of period.events) {
        if (period.precision === 'month') expect(moment.precision, `${id} ${period.key}`).toBe('month')
        else expect(moment.precision, `${id} ${period.key}`).not.toBe('month')
        if (moment.precision !== 'month') expect(moment.at.slice(0, 10), `${id}`).toBe(period.key)
      }
    }
  })

  const scopes = ['all', ...c.incidents.map((inc) => inc.id)]
  it.each(scopes)('%s: every item’s wording shows a clock time only when the record gives one', (scope) => {
    const data = exportOf(scope)
    for (const item of data?.items ?? []) {
      const timed = item.precision === 'minute' || item.precision === 'hour'
      for (const text of [item.when.ko, item.when.en]) expect(CLOCK.test(text), `${item.key}: ${text}`).toBe(timed)
    }
    for (const lang of ['ko', 'en'] as const) {
      const tl = data && buildTimelineJs(data, lang, 'https://example.org', { headline: scope, text: '' })
      const byKey = new Map((data?.items ?? []).map((i) => [i.key, i]))
      for (const slide of tl?.events ?? []) {
        const item = byKey.get(slide.unique_id)
        const timed = item?.precision === 'minute' || item?.precision === 'hour'
        expect(CLOCK.test(slide.start_date?.display_date ?? ''), slide.unique_id).toBe(timed)
      }
    }
  })
})

describe('the one time order, in every export', () => {
  const all = exportOf('all')?.items ?? []
  const moment = (i: (typeof all)[number]) => toMoment({ at: i.at, precision: i.precision })

  it('never puts an item before one that can only be earlier', () => {
    for (const [n, item] of all.entries()) {
      const next = all[n + 1]
      if (next) expect(compareMoments(moment(item), moment(next)), `${item.key} → ${next.key}`).toBeLessThanOrEqual(0)
    }
  })

  it('puts Kakao’s apology of "about April 2012" after the 28 April 2012 outage', () => {
    const at = (pred: (i: (typeof all)[number]) => boolean) => all.findIndex(pred)
    const outage = at((i) => i.key === 'incident-2012-04-28-lg-cns-gasan-power-failure')
    const apology = at((i) => i.at === '2012-04' && i.kind === 'response')
    expect(outage).toBeGreaterThanOrEqual(0)
    expect(apology).toBeGreaterThan(outage)
  })

  it('puts the responses dated only 15 October 2022 after the 15:19 fire and every timed item of that day', () => {
    const items = exportOf(PANGYO)?.items ?? []
    const fire = items.findIndex((i) => i.kind === 'event' && i.at === '2022-10-15T15:19+09:00')
    const lastTimed = items.findLastIndex((i) => i.at.startsWith('2022-10-15T'))
    const dayOnly = items.flatMap((i, n) => (i.at === '2022-10-15' ? [n] : []))
    expect(fire).toBeGreaterThanOrEqual(0)
    expect(dayOnly.length).toBeGreaterThan(0)
    for (const n of dayOnly) expect(n).toBeGreaterThan(lastTimed)
  })
})
