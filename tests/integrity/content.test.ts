/**
 * Integrity tests over the real content (after `npm run build`): the promises the knowledge
 * base makes to its readers, checked on every record.
 */
import { describe, expect, it } from 'vitest'
import { getCollections, getIncident, getIncidents } from '@/lib/content/source'
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
    for (const inc of getIncidents()) expect(inc.sources.length, inc.id).toBeGreaterThan(0)
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
    const { start, end } = incidentSpan(inc)
    expect(start.at).toBe('2022-10-15T15:19+09:00')
    // Every Kakao service was back at about 23:00 on 20 October (MSIT and Kakao); the official
    // durations, and why they are not counted from 15:19, are checked in corrections.test.ts.
    expect(end?.at).toBe('2022-10-20T23:00+09:00')
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

describe('the rest of the record', () => {
  it('uses every factor of the taxonomy in at least one incident', () => {
    const used = new Set(getIncidents().flatMap((inc) => inc.factors.map((f) => f.factor)))
    const unused = getCollections()
      .factors.map((d) => d.id)
      .filter((id) => !used.has(id))
    expect(unused).toEqual([])
  })

  it("finds the Ahyeon fire under the design card's name and the common misspellings", () => {
    const aliases = getIncident('2018-11-24-kt-ahyeon-fire')?.aliases ?? []
    for (const alias of ['Ajou fire', 'Ahyun', '아현국사', '아현지사', '충정로 KT 화재']) {
      expect(
        aliases.some((a) => a.includes(alias)),
        alias,
      ).toBe(true)
    }
  })

  it('has every dated Kakao outage of the fact sheet as its own incident', () => {
    const ids = new Set(getIncidents().map((d) => d.id))
    const dates = [
      '2010-12-17',
      '2017-01-01',
      '2017-11-15',
      '2018-05-21',
      '2020-01-01',
      '2020-03-02',
      '2020-03-17',
      '2020-07-13',
      '2021-05-05',
      '2021-07-16',
      '2021-12-13',
      '2021-12-17',
      '2022-02-03',
      '2022-09-15',
      '2022-10-04',
      '2023-01-17',
      '2023-05-08',
    ]
    for (const date of dates)
      expect(
        [...ids].some((id) => id.startsWith(date)),
        date,
      ).toBe(true)
  })

  it('has each policy, linked to the incident that prompted it', () => {
    const policies = new Map(getCollections().policies.map((p) => [p.id, p]))
    const expected: Record<string, string> = {
      'policy-2018-12-27-telecom-disaster-prevention-measures': '2018-11-24-kt-ahyeon-fire',
      'policy-2020-idc-disaster-management-bill-failed': '2018-11-24-kt-ahyeon-fire',
      'policy-2022-kakao-outage-prevention-acts': '2022-10-15-pangyo-datacenter-fire',
    }
    for (const [policy, incident] of Object.entries(expected)) {
      expect(policies.get(policy)?.prompted, policy).toContain(incident)
    }
    expect(policies.has('policy-2020-netflix-law-tba-22-7')).toBe(true)
    expect(policies.has('policy-2023-03-30-digital-service-stability-plan')).toBe(true)
  })

  it("dates Kakao's own data centers: Ansan built, Siheung cancelled", () => {
    const entities = new Map(getCollections().entities.map((e) => [e.id, e]))
    expect(entities.get('kakao-datacenter-ansan')?.milestones.some((m) => m.at.startsWith('2023-09-26'))).toBe(true)
    expect(entities.get('kakao-datacenter-siheung')?.milestones.some((m) => m.at.startsWith('2023-11-23'))).toBe(true)
  })
})
