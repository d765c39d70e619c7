/**
 * The 2025 NIRS Daejeon fire (fact sheet Part F1) at full depth, over the real content: every fact
 * sourced, every disagreement between sources shown as a value with its alternatives, the recovery
 * day by day until all 709 systems were back, the English analysis, and search by its names.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { getCollections, getIncident } from '@/lib/content/source'
import { extractCitationIds } from '@/lib/markdown/citations'
import { buildIndexFiles } from '@/lib/search/build'
import { buildSearchDocs } from '@/lib/search/documents'
import { SearchIndex } from '@/lib/search/engine'
import { toMoment } from '@/lib/time/moment'

const ID = '2025-09-26-nirs-battery-fire'
const c = getCollections()
const inc = getIncident(ID)
const sourceIds = new Set(c.sources.map((s) => s.id))

function record() {
  if (!inc) throw new Error(`${ID} is missing`)
  return inc
}
function figure(id: string) {
  const f = record().figures.find((x) => x.id === id)
  if (!f) throw new Error(`figure ${id} is missing`)
  return f
}
const altValues = (id: string) => figure(id).alternatives.map((a) => a.value)

describe('the NIRS fire record', () => {
  it('exists at full depth and is rated critical', () => {
    const r = record()
    expect(r.coverage).toBe('full')
    expect(r.severity).toBe('critical')
    expect(r.events.length).toBeGreaterThanOrEqual(40)
    expect(r.figures.length).toBeGreaterThanOrEqual(40)
    expect(r.factors.length).toBeGreaterThanOrEqual(10)
    expect(r.responses.length).toBeGreaterThanOrEqual(20)
    expect(r.commitments.length).toBeGreaterThanOrEqual(5)
    expect(r.body.raw.length).toBeGreaterThan(10_000)
    expect(r.facility).toBe('nirs-daejeon-center')
    expect(r.services).toEqual(expect.arrayContaining(['g-drive', 'government24', 'ntops']))
  })

  it('cites an existing source for every fact, alternative and body citation', () => {
    const r = record()
    const lists: Array<[string, readonly string[]]> = [
      ...r.events.flatMap(
        (e, i): Array<[string, readonly string[]]> => [
          [`events[${i}]`, e.sources],
          ...e.alternatives.map((a, j): [string, readonly string[]] => [`events[${i}].alternatives[${j}]`, a.sources]),
        ],
      ),
      ...r.figures.flatMap(
        (f): Array<[string, readonly string[]]> => [
          [`figure ${f.id}`, f.sources],
          ...f.alternatives.map((a, j): [string, readonly string[]] => [`figure ${f.id} alternative ${j}`, a.sources]),
        ],
      ),
      ...r.factors.map((f): [string, readonly string[]] => [`factor ${f.factor}`, f.sources]),
      ...r.responses.map((x, i): [string, readonly string[]] => [`responses[${i}]`, x.sources]),
      ...r.commitments.map((x): [string, readonly string[]] => [`commitment ${x.id}`, x.sources]),
      ['body', extractCitationIds(r.body.raw)],
    ]
    for (const [where, ids] of lists) {
      expect(ids.length, where).toBeGreaterThan(0)
      expect(
        ids.filter((s) => !sourceIds.has(s)),
        where,
      ).toEqual([])
    }
  })

  it('starts at about 20:15 with the other times beside it, and ends at 09:30 on 30 December', () => {
    const r = record()
    expect(r.start.at).toBe('2025-09-26T20:15+09:00')
    expect(r.end?.at).toBe('2025-12-30T09:30+09:00')
    const ignition = r.events.find((e) => e.kind === 'trigger' && e.at === '2025-09-26T20:15+09:00')
    expect(ignition?.alternatives.map((a) => a.at)).toEqual(
      expect.arrayContaining(['2025-09-26T20:16+09:00', '2025-09-26T20:20+09:00']),
    )
    expect(figure('outage-duration').value).toBe(95)
  })

  it('shows every count of systems down, from 70 to 709, each with what it counts', () => {
    const f = figure('systems-down')
    expect(f.value).toBe(709)
    expect(altValues('systems-down')).toEqual(expect.arrayContaining([647, 96, 70]))
    for (const a of f.alternatives) expect(a.note?.en.length ?? 0).toBeGreaterThan(20)
    expect(figure('systems-burned').value).toBe(96)
    expect(figure('systems-precaution').value).toBe(551)
    expect(altValues('grade1-systems')).toEqual(expect.arrayContaining([36, 12]))
  })

  it.each([
    ['batteries-burned', 384, [192, 16]],
    ['firefighters', 170, [101, 91, 156]],
    ['fire-vehicles', 63, [31, 54, 64]],
    ['systems-moved-to-daegu', 16, [96, 20, 13]],
    ['g-drive-users', 191_000, [750_000]],
    ['g-drive-a4-pages', 2_230_800_000_000, [274_600_000_000]],
    ['workers-on-site', 13, [11, 15]],
    ['power-cut-to-ignition', 40, [67]],
    ['recovery-0929', 6.6, [7.3]],
    ['recovery-1002-06', 17, [17.9]],
    ['recovery-1005', 20.7, [20.4]],
    ['recovery-1008-12', 25.5, [25.3]],
    ['recovery-1013-12', 36.7, [36.4]],
  ])('shows the disputed %s: %d beside %j', (id, value, others) => {
    expect(figure(id).value).toBe(value)
    expect(altValues(id)).toEqual(expect.arrayContaining(others))
  })

  it('keeps the dispute over what "extinguished" meant and over the charges', () => {
    const knockdown = record().events.find((e) => e.at === '2025-09-27T06:30+09:00')
    expect(knockdown?.alternatives.some((a) => a.sources.includes('koreaherald-10584785'))).toBe(true)
    const booked = figure('people-booked')
    expect(booked.value).toBe(19)
    expect(booked.alternatives.some((a) => a.sources.includes('kmib-1767078684'))).toBe(true)
  })

  it('gives the recovery day by day, rising to all 709 systems on 30 December', () => {
    const series = record()
      .figures.filter((f) => f.measure === 'recovery-rate' && f.unit === 'percent')
      .map((f) => ({ at: toMoment({ at: f.asOf ?? '' }).instant.getTime(), value: f.value }))
      .sort((a, b) => a.at - b.at)
    expect(series.length).toBeGreaterThanOrEqual(20)
    for (let i = 1; i < series.length; i++) {
      const prev = series[i - 1]
      const cur = series[i]
      if (prev && cur) expect(cur.value).toBeGreaterThanOrEqual(prev.value)
    }
    expect(series.at(-1)?.value).toBe(100)
    const recoveries = record().events.filter((e) => e.kind === 'recovery')
    expect(recoveries.length).toBeGreaterThanOrEqual(15)
    expect(recoveries.some((e) => e.at === '2025-11-14' && e.text.en.includes('693'))).toBe(true)
  })

  it('names the causes by role, with the live-battery work as the trigger found by the police', () => {
    const factors = record().factors
    const trigger = factors.find((f) => f.factor === 'live-battery-work')
    expect(trigger?.role).toBe('trigger')
    expect(trigger?.evidence).toBe('official-investigation')
    expect(factors.map((f) => f.factor)).toEqual(
      expect.arrayContaining([
        'lithium-ion-battery-fire',
        'no-disaster-recovery-site',
        'single-site-concentration',
        'non-redundant-ops-tools',
        'split-responsibility',
        'aged-equipment',
      ]),
    )
    expect(factors.find((f) => f.factor === 'geo-redundant-failover')?.role).toBe('mitigating')
    expect(factors.find((f) => f.factor === 'lithium-ion-battery-fire')?.disputed?.en).toMatch(/thermal runaway/)
  })

  it('records responses by every actor and the policy that followed', () => {
    const r = record()
    expect(new Set(r.responses.map((x) => x.kind))).toEqual(new Set(['government', 'police', 'legislature']))
    expect(r.responses.map((x) => x.actor)).toEqual(
      expect.arrayContaining([
        'mois',
        'lee-jae-yong-nirs',
        'daejeon-police',
        'assembly-public-admin-committee',
        'lee-jae-myung',
        'national-fire-agency',
      ]),
    )
    const policy = c.policies.find((p) => p.id === 'policy-2025-12-government-dr-and-datacenter-safety')
    expect(policy?.prompted).toContain(ID)
    expect(r.responses.some((x) => x.policy === policy?.id)).toBe(true)
    expect(new Set(r.commitments.map((x) => x.status))).toEqual(new Set(['unknown', 'pending', 'broken', 'kept']))
  })

  it('links to the Pangyo fire both ways', () => {
    expect(record().related.find((x) => x.incident === '2022-10-15-pangyo-datacenter-fire')?.relation).toBe('precursor')
    const pangyo = getIncident('2022-10-15-pangyo-datacenter-fire')
    expect(pangyo?.related.find((x) => x.incident === ID)?.relation).toBe('recurrence')
  })
})

describe('the English analysis of the NIRS fire', () => {
  const en = c.analysesEn.find((a) => a.id === ID)

  it('exists, cites exactly the sources the Korean analysis cites, and has no Hangul', () => {
    expect(en).toBeDefined()
    const enRaw = en?.body.raw ?? ''
    expect(enRaw.length).toBeGreaterThan(10_000)
    expect(new Set(extractCitationIds(enRaw))).toEqual(new Set(extractCitationIds(record().body.raw)))
    expect(enRaw.match(/[\uAC00-\uD7A3\u3131-\u318E]+/g) ?? []).toEqual([])
  })
})

describe('search finds the NIRS fire', () => {
  let index: SearchIndex
  beforeAll(async () => {
    const files = buildIndexFiles(buildSearchDocs(c))
    index = await SearchIndex.open(async (path) => files.get(path) ?? '{}')
  })

  it.each([
    '국정자원 화재',
    '국가정보자원관리원 화재',
    '정부 전산망 마비',
    'G드라이브',
    'NIRS fire',
    'state data center fire',
  ])('%s', async (query) => {
    const top = (await index.search(query, { limit: 10 })).hits.map((h) => h.id).slice(0, 5)
    expect(top).toContain(ID)
  })
})
