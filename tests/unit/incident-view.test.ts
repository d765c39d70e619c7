/** buildIncidentView: everything an incident page shows, resolved from ids, on small hand-made records. */
import { describe, expect, it } from 'vitest'
import type { Incident } from '@/lib/content/types'
import { analysisFor, buildIncidentView, type Body, type Lookups } from '@/lib/incidents/view'
import {
  cause,
  commitment,
  entity,
  event,
  factor,
  incident,
  policy,
  related,
  response,
  source,
  text,
} from './fixtures/records'

const ENTITIES = [entity('kakao'), entity('kakaotalk'), entity('sk-cc'), entity('dc'), entity('msit')]
const FACTORS = [factor('fire'), factor('power')]
const SOURCES = ['a', 'b', 'c', 'd', 'e'].map((id) => source(id))
const POLICIES = [policy('act')]

const MAIN = incident('2022-10-15-fire', '2022-10-15T15:19+09:00', {
  facility: 'dc',
  operators: ['sk-cc', 'ghost'],
  services: ['kakaotalk', 'ghost'],
  sources: ['e', 'a', 'missing'],
  body: { raw: '첫 문장 [@c]. 둘째 [@b; @c].', html: '<p>…</p>' },
  events: [
    event('2022-10-15T15:33+09:00', { services: ['kakao'], sources: ['d'] }),
    event('2022-10-15T15:19+09:00', { kind: 'trigger' }),
    event('2022-10-15T15:33+09:00', { kind: 'detection' }),
  ],
  factors: [
    cause('power', { role: 'aggravating' }),
    cause('fire', { role: 'trigger' }),
    cause('power', { role: 'underlying' }),
    cause('ghost-factor', { role: 'trigger' }),
  ],
  responses: [
    response('2022-10-16', 'msit', { policy: 'act' }),
    response('2022-10-17', 'kakao', { policy: 'act' }),
    response('2022-10-18', 'kakao', { policy: 'ghost-policy' }),
  ],
  commitments: [commitment('backup', '2022-10-19', 'kakao')],
  related: [related('2012-04-28-power', 'precursor'), related('ghost', 'similar')],
})
const EARLY = incident('2012-04-28-power', '2012-04-28T14:50+09:00')
const LATE = incident('2023-01-17-later', '2023-01-17')

function lookups(incidents: Incident[], analyses: Record<string, Body> = {}): Lookups {
  const find =
    <T extends { id: string }>(list: readonly T[]) =>
    (id: string) =>
      list.find((d) => d.id === id)
  return {
    entity: find(ENTITIES),
    factor: find(FACTORS),
    source: find(SOURCES),
    policy: find(POLICIES),
    incident: find(incidents),
    incidents: () => incidents,
    analysisEn: (id) => analyses[id],
  }
}

// Given out of time order on purpose: the view orders them itself.
const ALL = [LATE, MAIN, EARLY]
const view = buildIncidentView(MAIN, lookups(ALL, { [MAIN.id]: { raw: 'English [@b] and [@d].', html: '<p>E</p>' } }))

describe('buildIncidentView', () => {
  it('resolves the facility, operators and services, leaving out ids that name nothing', () => {
    expect(view.facility?.id).toBe('dc')
    expect(view.operators.map((o) => o.id)).toEqual(['sk-cc'])
    expect(view.services.map((s) => s.id)).toEqual(['kakaotalk'])
  })

  it('orders events by time; events at the same minute keep the order they were written in', () => {
    expect(view.events.map((e) => e.index)).toEqual([1, 0, 2])
  })

  it('numbers sources: the Korean body first, then the English analysis, then the rest; unknown ids left out', () => {
    expect(view.sources.map((s) => s.id)).toEqual(['c', 'b', 'd', 'e', 'a'])
    expect([...view.citeNumber]).toEqual([
      ['c', 1],
      ['b', 2],
      ['d', 3],
      ['e', 4],
      ['a', 5],
    ])
  })

  it('groups factors by role, trigger first, and gives a repeated factor its own anchor', () => {
    expect(
      view.factorGroups.map((g) => ({ role: g.role, items: g.items.map((i) => [i.factor.id, i.anchor]) })),
    ).toEqual([
      { role: 'trigger', items: [['fire', 'factor-fire']] },
      { role: 'underlying', items: [['power', 'factor-power']] },
      { role: 'aggravating', items: [['power', 'factor-power-2']] },
    ])
  })

  it('names every entity the record mentions: services, operators, event services, actors', () => {
    expect([...view.entityNames.keys()].sort()).toEqual(['kakao', 'kakaotalk', 'msit', 'sk-cc'])
    expect(view.entityNames.get('kakao')).toEqual(text('kakao'))
  })

  it('lists the policies its responses led to once each, and related incidents with their titles', () => {
    expect(view.policies.map((p) => p.id)).toEqual(['act'])
    expect(view.related.map((r) => [r.link.incident, r.title.ko])).toEqual([['2012-04-28-power', EARLY.title.ko]])
  })

  it('links the previous and next incidents in time order', () => {
    expect([view.previous?.id, view.next?.id]).toEqual([EARLY.id, LATE.id])
    const first = buildIncidentView(EARLY, lookups(ALL))
    expect([first.previous, first.next?.id]).toEqual([undefined, MAIN.id])
  })

  it('computes the span and the per-service outages from the record', () => {
    expect(view.start.at).toBe('2022-10-15T15:19+09:00')
    expect(view.end).toBeUndefined()
    expect(view.outages).toEqual([])
  })
})

describe('analysisFor: the analysis a page shows', () => {
  const ko = { raw: '한국어 [@a].', html: '<p>ko</p>' }
  const en = { raw: 'English [@a].', html: '<p>en</p>' }
  const make = (body: string, analysisEn?: Body) =>
    buildIncidentView(
      incident('2020-01-01-x', '2020-01-01', { body: { ...ko, raw: body } }),
      lookups([], analysisEn ? { '2020-01-01-x': analysisEn } : {}),
    )
  it.each([
    { name: 'Korean page, Korean body', v: make(ko.raw), lang: 'ko', shows: 'ko' },
    { name: 'English page with an English analysis', v: make(ko.raw, en), lang: 'en', shows: 'en' },
    { name: 'English page without one: the Korean body, marked Korean', v: make(ko.raw), lang: 'en', shows: 'ko' },
    { name: 'a blank body: nothing', v: make('  \n'), lang: 'ko', shows: undefined },
    { name: 'a blank body, English page with an analysis', v: make('', en), lang: 'en', shows: 'en' },
  ] as const)('$name', ({ v, lang, shows }) => {
    expect(analysisFor(v, lang)?.lang).toBe(shows)
  })
})
