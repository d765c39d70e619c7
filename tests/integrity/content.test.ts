/**
 * Integrity tests over the real content (after `npm run build`): the promises the knowledge
 * base makes to its readers, checked on every record.
 */
import { describe, expect, it } from 'vitest'
import { getCollections, getIncident, getIncidents, idOf } from '@/lib/content/source'
import { incidentSpan } from '@/lib/incidents/derive'
import { formatReport } from '@/lib/validate/problems'
import { validate } from '@/lib/validate/validate'

const CORE = [
  '2012-04-28-lg-cns-gasan-power-failure',
  '2016-09-12-gyeongju-earthquake',
  '2018-11-24-kt-ahyeon-fire',
  '2022-10-15-pangyo-datacenter-fire',
]

describe('the real content', () => {
  it('passes every cross-file check', () => {
    const problems = validate(getCollections())
    expect(problems, formatReport(problems)).toEqual([])
  })

  it('cites at least one source for every incident', () => {
    for (const inc of getIncidents()) expect(inc.sources.length, idOf(inc)).toBeGreaterThan(0)
  })

  it('has the Pangyo fire at full depth', () => {
    const inc = getIncident('2022-10-15-pangyo-datacenter-fire')
    expect(inc).toBeDefined()
    if (!inc) return
    expect(inc.coverage).toBe('full')
    expect(inc.events.length).toBeGreaterThanOrEqual(25)
    expect(inc.factors.length).toBeGreaterThanOrEqual(8)
    expect(inc.figures.length).toBeGreaterThanOrEqual(8)
    expect(inc.commitments.length).toBeGreaterThan(0)
    expect(inc.body.raw.length).toBeGreaterThan(2000)
    const { start } = incidentSpan(inc)
    expect(start.at).toBe('2022-10-15T15:19+09:00')
    const ignition = inc.events.find((e) => e.at === '2022-10-15T15:19+09:00' && e.kind === 'trigger')
    expect(ignition?.alternatives.some((a) => a.at === '2022-10-15T15:33+09:00')).toBe(true)
  })
})

describe.each(CORE)('core incident %s', (id) => {
  it('exists at full depth: events, factors, figures and commitments, each sourced', () => {
    const inc = getIncident(id)
    expect(inc, `${id} is missing`).toBeDefined()
    if (!inc) return
    expect(inc.events.length).toBeGreaterThan(3)
    expect(inc.factors.length).toBeGreaterThan(2)
    expect(inc.figures.length).toBeGreaterThan(0)
    expect(inc.commitments.length).toBeGreaterThan(0)
  })
})
