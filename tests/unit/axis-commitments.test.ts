/** A commitment's filter values and groups (lib/timeline/axis-commitments.ts): its incident's, so the lanes by company, facility and factor place it with that incident. */
import { describe, expect, it } from 'vitest'
import { buildAxis } from '@/lib/timeline/axis'
import type { AxisItem } from '@/lib/timeline/axis'
import { commitmentGroups } from '@/lib/timeline/axis-commitments'
import { layoutLanes } from '@/lib/timeline/axis-layout'
import { toMoment } from '@/lib/time/moment'
import { FIXTURE } from './timeline-fixture'

const acme = FIXTURE.incidents.find((i) => i.operators.includes('acme'))
if (!acme) throw new Error('the fixture has no Acme incident')
const moment = toMoment({ at: '2020-03', approximate: false })
const promise: AxisItem = {
  key: 'commitment-acme-1',
  kind: 'commitment',
  lane: 3,
  from: 0,
  to: 0,
  href: '#',
  label: 'Promise',
  summary: '',
  ...commitmentGroups(acme, moment, 'ministry'),
}

describe('commitmentGroups', () => {
  it('carries its incident’s operators, facility and factors (once each), its own year, and its actor', () => {
    expect(promise.groups).toEqual({ company: ['acme'], facility: ['acme-dc'] })
    expect(promise.facets?.factors).toEqual(['single-site-concentration', 'network-fault'])
    expect(promise.facets?.year).toBe(2020)
    expect(promise.facets?.entities).toContain('ministry')
    expect(promise.facets?.entities).toContain('acme')
    expect(promise.facets?.severities).toEqual([acme.severity])
  })

  it.each([
    ['company', ['acme']],
    ['facility', ['acme-dc']],
    ['factor', ['single-site-concentration', 'network-fault']],
  ] as const)('puts it on a lane of its incident’s by %s, not under “Other”', (mode, ids) => {
    const data = buildAxis(FIXTURE, 'en')
    const layout = layoutLanes({ ...data, items: [...data.items, promise] }, mode, 192, 'Other')
    const at = layout.place(promise)
    expect(at).toBeDefined()
    expect(ids).toContain(layout.lanes[at?.lane ?? -1]?.id)
  })

  it('without groups a commitment is “Other”, as before', () => {
    const data = buildAxis(FIXTURE, 'en')
    const bare: AxisItem = { ...promise, facets: undefined, groups: undefined }
    const layout = layoutLanes({ ...data, items: [...data.items, bare] }, 'company', 192, 'Other')
    expect(layout.lanes[layout.place(bare)?.lane ?? -1]?.name).toBe('Other')
  })
})
