/**
 * Integrity tests over the real content for the 2023 government network outage (with its three
 * follow-on failures and the 2024 measures), the 2023 LG U+ DDoS outages and the 2013 attack on
 * broadcasters and banks: each record exists at the depth promised, every fact cites a source that
 * exists, every disputed value the sources give is kept beside the main one, the English analysis
 * exists without Hangul, and search finds each record by the names readers use.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Incident } from '@/lib/content/types'
import { getCollections, getIncident, getPolicy, getSource } from '@/lib/content/source'
import { buildIndexFiles } from '@/lib/search/build'
import { buildSearchDocs } from '@/lib/search/documents'
import { SearchIndex } from '@/lib/search/engine'

const GOV = '2023-11-17-govt-admin-network-outage-saeol-gpki'
const RESIDENT = '2023-11-22-resident-registration-system-delay'
const KONEPS = '2023-11-23-koneps-procurement-outage'
const MOBILE_ID = '2023-11-24-mobile-id-outage'
const LGU = '2023-01-29-lguplus-ddos-outages'
const ATTACK = '2013-03-20-320-cyberattack-broadcasters-banks'
const ALL = [GOV, RESIDENT, KONEPS, MOBILE_ID, LGU, ATTACK]

const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/

function incident(id: string): Incident {
  const inc = getIncident(id)
  if (!inc) throw new Error(`${id} is missing`)
  return inc
}

/** Every list of source ids a fact carries in this record, with where it sits. */
function citedFacts(inc: Incident): Array<{ where: string; ids: readonly string[] }> {
  return [
    { where: 'sources', ids: inc.sources },
    ...inc.events.flatMap((e, i) => [
      { where: `events[${i}]`, ids: e.sources },
      ...e.alternatives.map((a, j) => ({ where: `events[${i}].alternatives[${j}]`, ids: a.sources })),
    ]),
    ...inc.figures.flatMap((f) => [
      { where: `figures.${f.id}`, ids: f.sources },
      ...f.alternatives.map((a, j) => ({ where: `figures.${f.id}.alternatives[${j}]`, ids: a.sources })),
    ]),
    ...inc.factors.map((f) => ({ where: `factors.${f.factor}`, ids: f.sources })),
    ...inc.responses.map((r, i) => ({ where: `responses[${i}]`, ids: r.sources })),
    ...inc.commitments.map((c) => ({ where: `commitments.${c.id}`, ids: c.sources })),
  ]
}

function event(inc: Incident, at: string) {
  const found = inc.events.find((e) => e.at === at)
  if (!found) throw new Error(`${inc.id} has no event at ${at}`)
  return found
}

function figure(inc: Incident, id: string) {
  const found = inc.figures.find((f) => f.id === id)
  if (!found) throw new Error(`${inc.id} has no figure ${id}`)
  return found
}

const alternativeTimes = (inc: Incident, at: string) => event(inc, at).alternatives.map((a) => a.at)
const alternativeValues = (inc: Incident, id: string) => figure(inc, id).alternatives.map((a) => a.value)

describe.each(ALL)('%s', (id) => {
  it('cites at least one existing source for every fact, and every one it cites exists', () => {
    for (const { where, ids } of citedFacts(incident(id))) {
      expect(ids.length, `${id} ${where}`).toBeGreaterThan(0)
      for (const s of ids) expect(getSource(s), `${id} ${where}: ${s}`).toBeDefined()
    }
  })

  it('has start and end to the minute, what failed and why (a factor), a figure, a response and four sources', () => {
    const inc = incident(id)
    expect(inc.start.at).toMatch(/T\d\d:\d\d\+09:00$/)
    expect(inc.end?.at).toMatch(/T\d\d:\d\d\+09:00$/)
    expect(inc.factors.length).toBeGreaterThan(0)
    expect(inc.figures.length).toBeGreaterThan(0)
    expect(inc.responses.length).toBeGreaterThan(0)
    expect(new Set(citedFacts(inc).flatMap((f) => f.ids)).size).toBeGreaterThanOrEqual(4)
  })

  it('has an English analysis with the same citations and no Hangul', () => {
    const en = getCollections().analysesEn.find((a) => a.id === id)
    expect(en, `${id} has no English analysis`).toBeDefined()
    if (!en) return
    expect(en.body.raw.length).toBeGreaterThan(800)
    const lines = en.body.raw.split('\n').filter((line) => HANGUL.test(line))
    expect(lines).toEqual([])
    const cites = (raw: string) => [...new Set([...raw.matchAll(/@([a-z0-9-]+)/g)].map((m) => m[1]))]
    expect(cites(en.body.raw)).toEqual(cites(incident(id).body.raw))
  })
})

describe('the November 2023 government network outage', () => {
  const gov = () => incident(GOV)

  it('is at full depth: events, factors by role, figures, responses by actor, commitments, analysis', () => {
    const inc = gov()
    expect(inc.coverage).toBe('full')
    expect(inc.severity).toBe('critical')
    expect(inc.events.length).toBeGreaterThanOrEqual(25)
    expect(inc.factors.length).toBeGreaterThanOrEqual(6)
    expect(new Set(inc.factors.map((f) => f.role))).toEqual(
      new Set(['trigger', 'underlying', 'contributing', 'aggravating']),
    )
    expect(inc.figures.length).toBeGreaterThanOrEqual(6)
    expect(new Set(inc.responses.map((r) => r.actor)).size).toBeGreaterThanOrEqual(8)
    expect(inc.commitments.length).toBeGreaterThanOrEqual(3)
    expect(inc.body.raw.length).toBeGreaterThan(4000)
    expect(inc.start.at).toBe('2023-11-17T08:40+09:00')
    expect(inc.end?.at).toBe('2023-11-19T07:00+09:00')
  })

  it('keeps every start time the sources give: 08:40, 08:50 and about 09:00', () => {
    expect(alternativeTimes(gov(), '2023-11-17T08:40+09:00')).toEqual(
      expect.arrayContaining(['2023-11-17T08:50+09:00', '2023-11-17T09:00+09:00']),
    )
  })

  it('keeps Government24 stopping at 13:55 and at about 14:00, and reopening at 09:00, 10:00 and 21:00', () => {
    expect(alternativeTimes(gov(), '2023-11-17T13:55+09:00')).toContain('2023-11-17T14:00+09:00')
    expect(alternativeTimes(gov(), '2023-11-18T09:00+09:00')).toEqual(
      expect.arrayContaining(['2023-11-18T10:00+09:00', '2023-11-18T21:00+09:00']),
    )
  })

  it('keeps every duration: nearly 48 hours, 56 hours and three days', () => {
    const duration = figure(gov(), 'outage-duration')
    expect([duration.value, duration.unit]).toEqual([48, 'hours'])
    const alternatives = duration.alternatives.map((a) => [a.value, a.unit])
    expect(alternatives).toEqual(
      expect.arrayContaining([
        [56, 'hours'],
        [3, 'days'],
      ]),
    )
  })

  it('shows the cause as revised: the L4 switch first, then the router ports, 2 of 8 lines or three ports', () => {
    const trigger = gov().factors.find((f) => f.role === 'trigger')
    expect(trigger?.factor).toBe('network-fault')
    expect(trigger?.disputed?.ko).toContain('L4')
    expect(trigger?.disputed?.en).toContain('L4 switch')
    expect(gov().factors.map((f) => f.factor)).toContain('misdiagnosed-fault')
    expect(figure(gov(), 'faulty-port-lines').value).toBe(2)
    expect(alternativeValues(gov(), 'faulty-port-lines')).toContain(3)
  })

  it('dates the president’s task-force order both ways: the 18th in Korea, the 17th in San Francisco', () => {
    expect(alternativeTimes(gov(), '2023-11-18')).toContain('2023-11-17')
  })

  it('shows both sides of the procurement dispute, with both asset thresholds', () => {
    const procurement = gov().factors.find((f) => f.factor === 'public-it-procurement')
    expect(procurement?.disputed?.ko).toMatch(/5조 원.*10조 원/s)
    expect(procurement?.disputed?.en).toMatch(/₩5 trillion.*₩10 trillion/s)
  })

  it('links the follow-on failures both ways, and the 2024 measures to the outage', () => {
    const related = gov().related.map((r) => r.incident)
    expect(related).toEqual(expect.arrayContaining([RESIDENT, KONEPS, MOBILE_ID]))
    for (const id of [RESIDENT, KONEPS, MOBILE_ID]) {
      expect(incident(id).related.map((r) => r.incident)).toContain(GOV)
    }
    const policy = getPolicy('policy-2024-01-31-digital-admin-service-trust-measures')
    expect(policy?.prompted).toContain(GOV)
    expect(policy?.provisions.length).toBeGreaterThanOrEqual(5)
    expect(gov().responses.some((r) => r.policy === policy?.id)).toBe(true)
  })
})

describe('the follow-on failures of November 2023', () => {
  it('keeps every start time of the mobile ID outage: 13:57, 13:54, 15:00 and the site’s 09:10', () => {
    expect(alternativeTimes(incident(MOBILE_ID), '2023-11-24T13:57+09:00')).toEqual(
      expect.arrayContaining(['2023-11-24T13:54+09:00', '2023-11-24T15:00+09:00', '2023-11-24T09:10+09:00']),
    )
  })

  it('shows both counts of the week’s failures, fourth and third, in Korean and in English', () => {
    const ko = incident(MOBILE_ID).body.raw
    expect(ko).toContain('네 번째')
    expect(ko).toContain('세 번째')
    const en = getCollections().analysesEn.find((a) => a.id === MOBILE_ID)?.body.raw ?? ''
    expect(en).toContain('fourth')
    expect(en).toContain('third')
  })

  it('keeps KONEPS recovering at 10:21 and at 10:20, and the attack question open', () => {
    const koneps = incident(KONEPS)
    expect(alternativeTimes(koneps, '2023-11-23T10:21+09:00')).toContain('2023-11-23T10:20+09:00')
    expect(koneps.factors.find((f) => f.factor === 'traffic-surge')?.disputed?.en).toContain('DDoS')
  })
})

describe('the 2023 LG U+ DDoS outages', () => {
  const lgu = () => incident(LGU)

  it('is triggered by a DDoS attack, on MSIT’s findings, with the security gaps behind it', () => {
    const factors = lgu().factors.map((f) => [f.factor, f.role, f.evidence])
    expect(factors).toEqual(
      expect.arrayContaining([
        ['ddos-attack', 'trigger', 'official-investigation'],
        ['weak-security-controls', 'underlying', 'official-investigation'],
      ]),
    )
  })

  it('keeps both times of the 4 February outage: 16:57 and about 17:00', () => {
    expect(alternativeTimes(lgu(), '2023-02-04T16:57+09:00')).toContain('2023-02-04T17:00+09:00')
  })

  it('keeps both counts of 29 January: three outages (MSIT, Dong-A) and two (same-day reports)', () => {
    expect(figure(lgu(), 'jan29-outages').value).toBe(3)
    expect(alternativeValues(lgu(), 'jan29-outages')).toContain(2)
  })

  it('keeps every total: 120 and 122 minutes; 57, 59 and about 30 minutes on 4 February; 63 and 66 on 29 January', () => {
    expect(figure(lgu(), 'total-outage-minutes').value).toBe(120)
    expect(alternativeValues(lgu(), 'total-outage-minutes')).toContain(122)
    expect(figure(lgu(), 'feb4-minutes').value).toBe(57)
    expect(alternativeValues(lgu(), 'feb4-minutes')).toEqual(expect.arrayContaining([59, 30]))
    expect(figure(lgu(), 'jan29-minutes').value).toBe(63)
    expect(alternativeValues(lgu(), 'jan29-minutes')).toContain(66)
  })

  it('says that the span from start to end is not the time the service was down', () => {
    expect(lgu().summary.en).toContain('five times')
    expect(figure(lgu(), 'total-outage-minutes').note?.en).toContain('not the time from first start to last end')
  })

  it('follows the ₩100 billion security pledge with the figures that disagree', () => {
    const pledge = lgu().commitments.find((c) => c.id === 'security-spending-100bn')
    expect(pledge?.status).toBe('partly-kept')
    expect(pledge?.outcome?.en).toMatch(/₩63\.2 billion.*₩100 billion.*₩82\.8 billion/s)
  })
})

describe('the 2013 attack on broadcasters and banks', () => {
  const attack = () => incident(ATTACK)

  it('is triggered by a malware attack spread through central distribution servers', () => {
    const factors = attack().factors.map((f) => [f.factor, f.role])
    expect(factors).toEqual(
      expect.arrayContaining([
        ['malicious-attack', 'trigger'],
        ['compromised-update-channel', 'contributing'],
      ]),
    )
    expect(attack().operators).toEqual(
      expect.arrayContaining(['kbs', 'mbc', 'ytn', 'shinhan-bank', 'nonghyup', 'jeju-bank']),
    )
  })

  it('keeps Shinhan’s recovery at 15:50 (KISA) and 16:10 (CBS)', () => {
    expect(alternativeTimes(attack(), '2013-03-20T15:50+09:00')).toContain('2013-03-20T16:10+09:00')
  })

  it('keeps every start time: about 14:00, 14:10, 14:20 and 14:30', () => {
    expect(alternativeTimes(attack(), '2013-03-20T14:00+09:00')).toEqual(
      expect.arrayContaining(['2013-03-20T14:10+09:00', '2013-03-20T14:20+09:00', '2013-03-20T14:30+09:00']),
    )
  })

  it('keeps every count of damaged machines: 48,700, the first 32,000 and the rounded 48,000', () => {
    expect(figure(attack(), 'machines-damaged').value).toBe(48700)
    expect(alternativeValues(attack(), 'machines-damaged')).toEqual(expect.arrayContaining([32000, 48000]))
  })

  it('ends when the joint team declared every system restored, at noon on 29 March', () => {
    expect(attack().end?.at).toBe('2013-03-29T12:00+09:00')
  })
})

describe('search finds each record by the names readers use', () => {
  let index: SearchIndex
  beforeAll(async () => {
    const files = buildIndexFiles(buildSearchDocs(getCollections()))
    index = await SearchIndex.open(async (path) => files.get(path) ?? '{}')
  })

  const CASES: Array<[string, string]> = [
    ['행정전산망 마비', GOV],
    ['행정망 먹통', GOV],
    ['새올 장애', GOV],
    ['정부24 먹통', GOV],
    ['GPKI', GOV],
    ['Saeol outage', GOV],
    ['government network outage', GOV],
    ['주민등록시스템 지연', RESIDENT],
    ['나라장터 장애', KONEPS],
    ['KONEPS', KONEPS],
    ['모바일 신분증 장애', MOBILE_ID],
    ['mobile ID outage', MOBILE_ID],
    ['LG유플러스 디도스', LGU],
    ['LG U+ DDoS', LGU],
    ['3·20 전산대란', ATTACK],
    ['3.20 해킹', ATTACK],
    ['방송사 은행 전산망 마비', ATTACK],
    ['DarkSeoul', ATTACK],
    ['2013 cyberattack broadcasters banks', ATTACK],
  ]

  it.each(CASES)('“%s” finds %s in the first five', async (query, id) => {
    const top = (await index.search(query, { limit: 5 })).hits.map((h) => h.id)
    expect(top).toContain(id)
  })
})
