import { describe, expect, it } from 'vitest'
import { policyPage, policySummaries } from '@/lib/reference/policies'
import {
  collections,
  entity,
  incident,
  policy,
  provision,
  response,
  source,
  step,
  timeAlt,
  text,
} from './fixtures/records'

const data = collections({
  sources: [source('a'), source('b')],
  entities: [entity('msit', { kind: 'government', name: text('과기정통부', 'MSIT') })],
  incidents: [
    incident('later', '2022-10-15', {
      responses: [
        response('2022-12-01', 'msit', { policy: 'act', sources: ['a'] }),
        response('2022-11-01', 'msit', { policy: 'act' }),
        response('2022-11-02', 'msit'),
      ],
    }),
    incident('earlier', '2018-11-24'),
  ],
  policies: [
    policy('act', {
      steps: [
        step('passed', '2022-12-08'),
        step('proposed', '2022-10-20', {
          alternatives: [timeAlt('2022-10-21', { note: text('다른 날'), sources: ['b'] })],
          sources: ['a'],
        }),
      ],
      prompted: ['later', 'earlier'],
      bodies: ['msit', 'unknown-body'],
      provisions: [provision('one', ['a']), provision('two')],
    }),
    policy('older', { steps: [step('announced', '2018-12-27')] }),
  ],
})

describe('policySummaries', () => {
  it('orders policies by their earliest step', () => {
    expect(policySummaries(data).map((p) => [p.id, p.first?.at])).toEqual([
      ['older', '2018-12-27'],
      ['act', '2022-10-20'],
    ])
  })
})

describe('policyPage', () => {
  const page = policyPage('act', data)

  it("orders steps by time, keeping their file anchors and other sources' dates", () => {
    expect(page?.steps.map((s) => [s.step.step, s.anchor])).toEqual([
      ['proposed', 'step-2'],
      ['passed', 'step-1'],
    ])
    expect(page?.steps[0]?.alternatives.map((a) => [a.moment.at, a.note?.ko, a.sources.map((s) => s.id)])).toEqual([
      ['2022-10-21', '다른 날', ['b']],
    ])
  })

  it('resolves prompting incidents in time order, and known bodies', () => {
    expect(page?.prompted.map((i) => i.id)).toEqual(['earlier', 'later'])
    expect(page?.bodies).toEqual([{ id: 'msit', name: expect.objectContaining({ en: 'MSIT' }) }])
  })

  it('numbers provisions in file order with their sources', () => {
    expect(page?.provisions.map((p) => [p.anchor, p.sources.length])).toEqual([
      ['provision-1', 1],
      ['provision-2', 0],
    ])
  })

  it('finds the responses that link to it, in time order, with their actors', () => {
    expect(page?.responding.map((r) => [r.incident.id, r.responses.map((x) => [x.moment.at, x.actor?.id])])).toEqual([
      [
        'later',
        [
          ['2022-11-01', 'msit'],
          ['2022-12-01', 'msit'],
        ],
      ],
    ])
    expect(policyPage('older', data)?.responding).toEqual([])
    expect(policyPage('nope', data)).toBeUndefined()
  })
})
