import { describe, expect, it } from 'vitest'
import { entityGroups, entityPage, rolesIn, timelineSlice } from '@/lib/reference/entities'
import {
  collections,
  commitment,
  entity,
  event,
  incident,
  milestone,
  policy,
  response,
  source,
  text,
} from './fixtures/records'

const fire = incident('fire', '2022-10-15T15:19+09:00', {
  facility: 'dc',
  operators: ['op'],
  services: ['talk'],
  events: [
    event('2022-10-15T16:00+09:00', { services: ['talk'], kind: 'impact' }),
    event('2022-10-15T15:19+09:00', { services: ['other'], kind: 'trigger' }),
    event('2022-10-15T15:30+09:00', { services: ['talk', 'other'], kind: 'detection', sources: ['s1'] }),
  ],
  responses: [response('2022-10-15T15:45+09:00', 'talk'), response('2022-10-16', 'gov')],
  commitments: [commitment('backup', '2022-10-15T15:40+09:00', 'talk')],
})

const data = collections({
  sources: [source('s1')],
  entities: [
    entity('op', { kind: 'company', name: text('운영사', 'Operator') }),
    entity('talk', {
      kind: 'service',
      parent: 'op',
      name: text('톡', 'Talk'),
      milestones: [milestone('2012-01'), milestone('2010-03')],
    }),
    entity('dc', { kind: 'facility', parent: 'op', name: text('가 센터', 'Zeta center') }),
    entity('ab', { kind: 'facility', name: text('나 센터', 'Alpha center') }),
    entity('gov', { kind: 'government' }),
    entity('other', { kind: 'service' }),
  ],
  incidents: [fire, incident('old', '2012-04-28', { services: ['talk'] })],
  policies: [policy('law', { bodies: ['gov'] })],
})

describe('rolesIn', () => {
  it.each([
    { id: 'dc', roles: ['facility'] },
    { id: 'op', roles: ['operator'] },
    { id: 'talk', roles: ['service', 'event-service', 'response-actor', 'commitment-actor'] },
    { id: 'other', roles: ['event-service'] },
    { id: 'gov', roles: ['response-actor'] },
    { id: 'ab', roles: [] },
  ])('$id plays $roles', ({ id, roles }) => {
    expect(rolesIn(id, fire)).toEqual(roles)
  })
})

describe('timelineSlice', () => {
  it('takes the events naming the entity, its responses and its commitments, in time order, with their anchors', () => {
    expect(timelineSlice('talk', fire, data.sources).map((i) => [i.type, i.moment.at, i.anchor])).toEqual([
      ['event', '2022-10-15T15:30+09:00', 'event-3'],
      ['commitment', '2022-10-15T15:40+09:00', 'commitment-backup'],
      ['response', '2022-10-15T15:45+09:00', 'responses'],
      ['event', '2022-10-15T16:00+09:00', 'event-1'],
    ])
  })

  it('keeps the kind of each event and resolves its sources', () => {
    const first = timelineSlice('talk', fire, data.sources)[0]
    expect(first?.eventKind).toBe('detection')
    expect(first?.sources.map((s) => s.id)).toEqual(['s1'])
  })
})

describe('entityGroups', () => {
  it('groups by kind in the vocabulary order, leaving out empty kinds', () => {
    expect(entityGroups(data, 'ko').map((g) => g.kind)).toEqual(['company', 'facility', 'service', 'government'])
  })

  it.each([
    { lang: 'ko' as const, order: ['dc', 'ab'] },
    { lang: 'en' as const, order: ['ab', 'dc'] },
  ])('sorts each group by name in $lang', ({ lang, order }) => {
    expect(
      entityGroups(data, lang)
        .find((g) => g.kind === 'facility')
        ?.entities.map((e) => e.id),
    ).toEqual(order)
  })

  it('gives each entity its parent and how many incidents it appears in', () => {
    const talk = entityGroups(data, 'en')
      .find((g) => g.kind === 'service')
      ?.entities.find((e) => e.id === 'talk')
    expect(talk).toMatchObject({ parent: { id: 'op' }, incidentCount: 2 })
  })
})

describe('entityPage', () => {
  it('links the parent and the children', () => {
    expect(entityPage('talk', data)?.parent?.id).toBe('op')
    expect(entityPage('op', data)?.children.map((c) => c.id)).toEqual(['talk', 'dc'])
    expect(entityPage('op', data)?.parent).toBeUndefined()
  })

  it('orders milestones by time, keeping their file anchors', () => {
    expect(entityPage('talk', data)?.milestones.map((m) => [m.moment.at, m.anchor])).toEqual([
      ['2010-03', 'milestone-2'],
      ['2012-01', 'milestone-1'],
    ])
  })

  it("lists the entity's incidents in time order with their roles", () => {
    expect(entityPage('talk', data)?.incidents.map((i) => [i.incident.id, i.roles.length, i.items.length])).toEqual([
      ['old', 1, 0],
      ['fire', 4, 4],
    ])
  })

  it('lists the policies the entity is a body of, and has no page for an unknown id', () => {
    expect(entityPage('gov', data)?.policies.map((p) => p.id)).toEqual(['law'])
    expect(entityPage('nope', data)).toBeUndefined()
  })
})
