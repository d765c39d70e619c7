/** The reverse indexes built once per build, and the start-order neighbours of an incident. */
import { describe, expect, it } from 'vitest'
import { startNeighbours } from '@/lib/incidents/derive'
import { buildReverseIndex, type IndexedKind } from '@/lib/reference/reverse-index'
import {
  analysisEn,
  cause,
  collections,
  commitment,
  event,
  figure,
  incident,
  policy,
  response,
} from './fixtures/records'

const LATE = incident('2022-01-01-late', '2022-01-01', {
  operators: ['acme'],
  events: [event('2022-01-01', { services: ['acme-chat'], sources: ['news-a'] })],
  factors: [cause('power-loss', { sources: ['news-b'] })],
  body: { raw: 'Late [@news-c].', html: '' },
})
const EARLY = incident('2020-01-01-early', '2020-01-01', {
  facility: 'dc-1',
  responses: [response('2020-01-02', 'ministry', { policy: 'policy-x', sources: ['news-a'] })],
  commitments: [commitment('fix', '2020-01-03', 'acme')],
  figures: [figure('users', { sources: ['news-d'] })],
})
const DATA = collections({
  incidents: [LATE, EARLY],
  analysesEn: [analysisEn('2022-01-01-late', 'Late [@news-e].')],
  policies: [policy('policy-y', { prompted: ['2022-01-01-late'] })],
})
const index = buildReverseIndex(DATA)
const ids = (kind: IndexedKind, id: string) => index.incidentsOf(kind, id).map((i) => i.id)

describe('the reverse index', () => {
  it.each([
    ['entity', 'acme', ['2020-01-01-early', '2022-01-01-late']],
    ['entity', 'acme-chat', ['2022-01-01-late']],
    ['entity', 'dc-1', ['2020-01-01-early']],
    ['entity', 'ministry', ['2020-01-01-early']],
    ['factor', 'power-loss', ['2022-01-01-late']],
    ['source', 'news-a', ['2020-01-01-early', '2022-01-01-late']],
    ['source', 'news-c', ['2022-01-01-late']],
    ['source', 'news-d', ['2020-01-01-early']],
    ['source', 'news-e', ['2022-01-01-late']],
    ['policy', 'policy-x', ['2020-01-01-early']],
    ['policy', 'policy-y', ['2022-01-01-late']],
    ['entity', 'nobody', []],
  ] as const)('%s %s: the incidents naming it, earliest first', (kind, id, expected) => {
    expect(ids(kind, id)).toEqual(expected)
  })
})

describe('start-order neighbours', () => {
  const MID = incident('2021-01-01-mid', '2021-01-01')
  const list = [LATE, EARLY, MID]
  it.each([
    ['2020-01-01-early', undefined, '2021-01-01-mid'],
    ['2021-01-01-mid', '2020-01-01-early', '2022-01-01-late'],
    ['2022-01-01-late', '2021-01-01-mid', undefined],
    ['unknown', undefined, undefined],
  ])('%s comes after %s and before %s', (id, previous, next) => {
    const found = startNeighbours(list, id)
    expect([found.previous?.id, found.next?.id]).toEqual([previous, next])
  })
})
