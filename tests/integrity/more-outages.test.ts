/**
 * Integrity of the outages added from Part F (blocks F3–F7, F10 and the better-sourced rows of F11):
 * each record exists at the depth its sources allow, every fact is sourced, every disagreement
 * between sources is kept side by side, the English analysis exists with the same citations and
 * no Korean paragraph, and search finds the record by its names.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { getCollections, getIncident, getSource } from '@/lib/content/source'
import type { Incident } from '@/lib/content/types'
import { extractCitationIds } from '@/lib/markdown/citations'
import { buildIndexFiles } from '@/lib/search/build'
import { buildSearchDocs } from '@/lib/search/documents'
import { SearchIndex } from '@/lib/search/engine'

interface Depth {
  id: string
  /** At least this many distinct sources cited by the record. */
  sources: number
  events: number
  factors: number
  figures: number
  /** The record gives an end time. */
  end: boolean
  /** At least this many characters of Korean analysis (default 1000; less for F11's brief records). */
  body?: number
  /** Queries a reader would type, each of which must find the record in the top five. */
  queries: string[]
}

const KT_2021 = '2021-10-25-kt-nationwide-routing-outage'
const SDS_2014 = '2014-04-20-samsung-sds-gwacheon-datacenter-fire'
const AWS_2018 = '2018-11-22-aws-seoul-region-dns-outage'
const CROWDSTRIKE_2024 = '2024-07-19-crowdstrike-ms-outage-korea'
const SKT_2018 = '2018-04-06-skt-lte-voice-sms-outage'
const SKT_2014 = '2014-03-20-skt-hlr-outage'
const NONGHYUP_2011 = '2011-04-12-nonghyup-it-outage'
/** F11: the smaller outages that two or more sources support, as brief records. */
const KT_GURO_2021 = '2021-11-11-kt-guro-fiber-cut'
const KT_LANDLINE_2024 = '2024-08-10-kt-landline-outage'
const KT_BUSAN_2023 = '2023-01-02-kt-busan-dns-switch-failure'
const KT_PRESS_CENTER_2023 = '2023-03-13-kt-press-center-internet-outage'
const AWS_AZ_2022 = '2022-02-06-aws-seoul-az-outage'

const RECORDS: Depth[] = [
  {
    id: KT_2021,
    sources: 20,
    events: 10,
    factors: 4,
    figures: 5,
    end: true,
    queries: ['KT 먹통', 'KT 통신대란', 'KT 라우팅 오류', 'KT nationwide outage', 'KT routing error'],
  },
  {
    id: SDS_2014,
    sources: 15,
    events: 10,
    factors: 4,
    figures: 5,
    end: true,
    queries: ['삼성SDS 과천센터 화재', '삼성카드 온라인 결제 중단', 'Samsung SDS data center fire', 'Gwacheon fire'],
  },
  {
    id: AWS_2018,
    sources: 15,
    events: 9,
    factors: 4,
    figures: 4,
    end: true,
    queries: ['AWS 서울 리전 장애', '아마존웹서비스 장애', 'AWS DNS 오류', 'AWS Seoul outage', 'ap-northeast-2'],
  },
  {
    id: CROWDSTRIKE_2024,
    sources: 12,
    events: 8,
    factors: 2,
    figures: 4,
    end: true,
    queries: ['MS발 IT 대란', 'MS 클라우드 장애', '크라우드스트라이크', 'CrowdStrike outage', 'blue screen'],
  },
  {
    // Three outlets relay SKT's own announcements; no inquiry or report was found.
    id: SKT_2018,
    sources: 3,
    events: 4,
    factors: 1,
    figures: 3,
    end: true,
    queries: ['SK텔레콤 통화 장애', 'SKT 문자 장애', 'SK Telecom outage 2018'],
  },
  {
    id: SKT_2014,
    sources: 8,
    events: 6,
    factors: 3,
    figures: 4,
    end: true,
    queries: ['SK텔레콤 HLR 장애', '가입자 확인 모듈', 'SKT 통신장애 560만', 'SK Telecom HLR outage'],
  },
  {
    id: NONGHYUP_2011,
    sources: 12,
    events: 10,
    factors: 4,
    figures: 3,
    end: true,
    queries: ['농협 전산망 마비', '농협 전산장애', '농협 해킹', 'Nonghyup outage', 'NH bank outage'],
  },
  {
    id: KT_GURO_2021,
    sources: 5,
    events: 4,
    factors: 1,
    figures: 2,
    end: true,
    body: 500,
    queries: ['KT 광케이블 절단', 'KT 구로 영등포 통신 장애', 'KT fibre cut'],
  },
  {
    id: KT_LANDLINE_2024,
    sources: 5,
    events: 4,
    factors: 1,
    figures: 2,
    end: true,
    body: 500,
    queries: ['KT 유선전화 장애', 'KT 유선전화 먹통', 'KT landline outage'],
  },
  {
    id: KT_BUSAN_2023,
    sources: 2,
    events: 3,
    factors: 1,
    figures: 1,
    end: true,
    body: 400,
    queries: ['부산 KT 인터넷 장애', 'KT DNS 스위치 장애', 'KT Busan internet outage'],
  },
  {
    // Two reports, both of the same MSIT account; no end time beyond "after 18 minutes".
    id: KT_PRESS_CENTER_2023,
    sources: 2,
    events: 2,
    factors: 1,
    figures: 2,
    end: false,
    body: 300,
    queries: ['프레스센터 KT 인터넷 장애', 'KT Press Center outage'],
  },
  {
    id: AWS_AZ_2022,
    sources: 2,
    events: 2,
    factors: 1,
    figures: 1,
    end: true,
    body: 400,
    queries: ['AWS 가용영역 장애', 'apne2-az3', 'AWS Seoul AZ outage'],
  },
]

const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/

const need = (id: string): Incident => {
  const inc = getIncident(id)
  if (!inc) throw new Error(`incident ${id} is missing`)
  return inc
}

type Listed = [where: string, ids: readonly string[]]

/** Every `sources` list inside the record, labelled by where it sits. */
function sourceLists(inc: Incident): Listed[] {
  const lists: Listed[] = [['sources', inc.sources]]
  for (const [i, e] of inc.events.entries()) {
    lists.push([`events[${i}]`, e.sources])
    for (const [j, a] of e.alternatives.entries()) lists.push([`events[${i}].alternatives[${j}]`, a.sources])
  }
  for (const f of inc.figures) {
    lists.push([`figures.${f.id}`, f.sources])
    for (const [j, a] of f.alternatives.entries()) lists.push([`figures.${f.id}.alternatives[${j}]`, a.sources])
  }
  for (const [i, f] of inc.factors.entries()) lists.push([`factors[${i}] ${f.factor}`, f.sources])
  for (const [i, r] of inc.responses.entries()) lists.push([`responses[${i}]`, r.sources])
  for (const c of inc.commitments) lists.push([`commitments.${c.id}`, c.sources])
  return lists
}

const figure = (id: string, figureId: string) => need(id).figures.find((f) => f.id === figureId)
const values = (id: string, figureId: string) => {
  const f = figure(id, figureId)
  return f ? [f.value, ...f.alternatives.map((a) => a.value)] : []
}
const englishBody = (id: string) => getCollections().analysesEn.find((a) => a.id === id)?.body.raw

describe.each(RECORDS)('$id', (depth) => {
  it('exists at the depth its sources allow', () => {
    const inc = need(depth.id)
    const cited = new Set(sourceLists(inc).flatMap(([, ids]) => ids))
    expect(cited.size).toBeGreaterThanOrEqual(depth.sources)
    expect(inc.events.length).toBeGreaterThanOrEqual(depth.events)
    expect(inc.factors.length).toBeGreaterThanOrEqual(depth.factors)
    expect(inc.figures.length).toBeGreaterThanOrEqual(depth.figures)
    expect(inc.responses.length).toBeGreaterThan(0)
    expect(inc.end !== undefined).toBe(depth.end)
    expect(inc.body.raw.length).toBeGreaterThan(depth.body ?? 1000)
  })

  it('sources every fact, with sources that exist', () => {
    const inc = need(depth.id)
    for (const [where, ids] of sourceLists(inc)) {
      expect(ids.length, `${depth.id} ${where}`).toBeGreaterThan(0)
      for (const s of ids) expect(getSource(s), `${depth.id} ${where}: ${s}`).toBeDefined()
    }
    for (const s of extractCitationIds(inc.body.raw)) expect(getSource(s), `body: ${s}`).toBeDefined()
  })

  it('has an English analysis citing the same sources in the same order, with no Korean paragraph', () => {
    const en = englishBody(depth.id)
    expect(en, `content/incidents/en/${depth.id}.md`).toBeDefined()
    if (en === undefined) return
    // The same sources, first cited in the same order, so the numbered citations match.
    expect(extractCitationIds(en)).toEqual(extractCitationIds(need(depth.id).body.raw))
    const paragraphs = en.split(/\n\s*\n/).filter((p) => p.trim() !== '')
    expect(paragraphs.length).toBeGreaterThan(5)
    // Korean names may appear in parentheses after their English form; nothing else may be Hangul.
    const korean = paragraphs.filter((p) => HANGUL.test(p.replace(/\([^)]*\)/g, '')))
    expect(korean).toEqual([])
  })
})

describe('disagreements between sources are kept side by side', () => {
  it('KT 2021: every reported length of the outage, with 89 minutes as the value KT used', () => {
    expect(figure(KT_2021, 'outage-duration')?.value).toBe(89)
    expect(values(KT_2021, 'outage-duration')).toEqual(expect.arrayContaining([37, 40, 85, 90, 89]))
    const recovery = need(KT_2021).events.find((e) => e.at === '2021-10-25T12:45+09:00')
    expect(recovery?.alternatives.map((a) => a.at)).toContain('2021-10-25T12:50+09:00')
    const start = need(KT_2021).events.find((e) => e.at === '2021-10-25T11:20+09:00')
    expect(start?.alternatives.map((a) => a.at)).toEqual(
      expect.arrayContaining(['2021-10-25T11:16+09:00', '2021-10-25T11:00+09:00']),
    )
  })

  it('KT 2021: the compensation cost as ₩40 billion, with the ₩35 billion lower estimate', () => {
    expect(values(KT_2021, 'compensation-cost')).toEqual([40_000_000_000, 35_000_000_000])
  })
})

describe('disagreements in the Samsung SDS fire are kept side by side', () => {
  const sds = () => need(SDS_2014)

  it('keeps 12:20, 12:25 and 12:57 for the start of the fire', () => {
    const fire = sds().events.find((e) => e.kind === 'trigger')
    expect(fire?.at).toBe('2014-04-20T12:20+09:00')
    expect(fire?.alternatives.map((a) => a.at)).toEqual(['2014-04-20T12:25+09:00', '2014-04-20T12:57+09:00'])
  })

  it('keeps every time and length given for the fire being out', () => {
    const out = sds().events.find((e) => e.at === '2014-04-20T19:00+09:00')
    expect(out?.alternatives.map((a) => a.at)).toEqual(['2014-04-20T19:24+09:00', '2014-04-20T18:00+09:00'])
    expect(values(SDS_2014, 'fire-duration')).toEqual([7, 6])
  })

  it("keeps Samsung Card's own 14:50 beside the reports' 15:00", () => {
    const halt = sds().events.find((e) => e.at === '2014-04-20T14:50+09:00')
    expect(halt?.alternatives.map((a) => a.at)).toEqual(['2014-04-20T15:00+09:00'])
  })

  it("states both accounts of the centre's role and of where the fire started", () => {
    const dr = sds().factors.find((f) => f.factor === 'no-disaster-recovery-site')
    expect(dr?.disputed?.ko).toContain('백업센터')
    expect(dr?.disputed?.en).toMatch(/backup centre[\s\S]*main computer centre/)
    const fire = sds().factors.find((f) => f.role === 'trigger')
    for (const place of ['third-floor outer wall', 'third-floor generator room', 'fourth floor', 'eleventh'])
      expect(fire?.disputed?.en).toContain(place)
  })

  it('ends when every Samsung Card service was back, a week later', () => {
    expect(sds().end?.at).toBe('2014-04-27')
    expect(figure(SDS_2014, 'recovery-days')?.value).toBe(7)
  })
})

describe('disagreements in the AWS Seoul outage are kept side by side', () => {
  const aws = () => need(AWS_2018)

  it("keeps AWS's 08:19 to 09:43 with every other start and end reported", () => {
    expect(aws().start.at).toBe('2018-11-22T08:19+09:00')
    expect(aws().end?.at).toBe('2018-11-22T09:43+09:00')
    const trigger = aws().events.find((e) => e.kind === 'trigger')
    expect(trigger?.alternatives.map((a) => a.at)).toEqual([
      '2018-11-22T07:19+09:00',
      '2018-11-22T08:30+09:00',
      '2018-11-22T09:00+09:00',
    ])
    const recovery = aws().events.find((e) => e.at === '2018-11-22T09:43+09:00')
    expect(recovery?.alternatives.map((a) => a.at)).toEqual(['2018-11-22T10:00+09:00', '2018-11-22T11:00+09:00'])
  })

  it('keeps 84 minutes with the 80, 90 and 120 minutes other sources give', () => {
    expect(values(AWS_2018, 'outage-duration')).toEqual([84, 80, 90, 120])
  })

  it('names a DNS configuration error as the trigger, by the operator', () => {
    const trigger = aws().factors.find((f) => f.role === 'trigger')
    expect(trigger?.factor).toBe('dns-configuration-error')
    expect(trigger?.evidence).toBe('operator-statement')
  })
})

describe('disagreements in the CrowdStrike outage are kept side by side', () => {
  const cs = () => need(CROWDSTRIKE_2024)

  it("keeps 15:30 with MSIT's 16:00 and the unconfirmed 14:30, and the airport's 17:09 as its own event", () => {
    const trigger = cs().events.find((e) => e.kind === 'trigger')
    expect(trigger?.at).toBe('2024-07-19T15:30+09:00')
    expect(trigger?.alternatives.map((a) => a.at)).toEqual(['2024-07-19T16:00+09:00', '2024-07-19T14:30+09:00'])
    expect(cs().events.some((e) => e.at === '2024-07-19T17:09+09:00')).toBe(true)
  })

  it('keeps every count of delayed flights, each with its basis', () => {
    expect(values(CROWDSTRIKE_2024, 'lcc-flights-delayed')).toEqual([92, 60, 75, 89])
    expect(values(CROWDSTRIKE_2024, 'incheon-flights-affected')).toEqual([38, 35, 60, 52])
    for (const id of ['lcc-flights-delayed', 'incheon-flights-affected'])
      for (const alt of figure(CROWDSTRIKE_2024, id)?.alternatives ?? []) expect(alt.note?.en, id).toBeTruthy()
  })

  it("keeps MSIT's 03:30 and Incheon Airport's 05:30 for the carriers' recovery", () => {
    const back = cs().events.find((e) => e.at === '2024-07-20T03:30+09:00')
    expect(back?.alternatives.map((a) => a.at)).toEqual(['2024-07-20T05:30+09:00'])
  })

  it("names the vendor's faulty update as the trigger", () => {
    expect(cs().factors.find((f) => f.role === 'trigger')?.factor).toBe('faulty-vendor-update')
  })
})

describe('disagreements in the SK Telecom outages are kept side by side', () => {
  it("2018: SKT's 15:17 to 17:48 and its 2 h 31 min agree, with the ₩600 to ₩7,300 range", () => {
    const skt = need(SKT_2018)
    expect([skt.start.at, skt.end?.at]).toEqual(['2018-04-06T15:17+09:00', '2018-04-06T17:48+09:00'])
    expect(figure(SKT_2018, 'outage-duration')?.value).toBe(2 * 60 + 31)
    expect(values(SKT_2018, 'compensation-per-customer')).toEqual([7300, 600])
  })

  it("2014: SKT's 23:40 beside the reports of trouble until dawn, and 24 beside 25 minutes for the repair", () => {
    const normal = need(SKT_2014).events.find((e) => e.at === '2014-03-20T23:40+09:00')
    expect(normal?.alternatives.map((a) => a.at)).toEqual(['2014-03-21'])
    const repaired = need(SKT_2014).events.find((e) => e.at === '2014-03-20T18:24+09:00')
    expect(repaired?.alternatives.map((a) => a.at)).toEqual(['2014-03-20T18:25+09:00'])
    expect(values(SKT_2014, 'hlr-repair-minutes')).toEqual([24, 25])
  })
})

describe('disagreements in the Nonghyup outage are kept side by side', () => {
  const nh = () => need(NONGHYUP_2011)

  it('keeps 19 days beside 18', () => {
    expect(values(NONGHYUP_2011, 'recovery-days')).toEqual([19, 18])
  })

  it('keeps the attack at 16:50 apart from the outage at 17:05', () => {
    expect(nh().start.at).toBe('2011-04-12T16:50+09:00')
    expect(nh().events.some((e) => e.at === '2011-04-12T17:05+09:00' && e.kind === 'impact')).toBe(true)
  })

  it('states each account of the cause: maintenance work, insiders, an outside attack', () => {
    const attack = nh().factors.find((f) => f.factor === 'malicious-attack')
    expect(attack?.role).toBe('trigger')
    expect(attack?.disputed?.en).toMatch(/insider/)
    expect(attack?.disputed?.en).toMatch(/doubts/)
    expect(nh().factors.find((f) => f.factor === 'misdiagnosed-fault')?.explanation.en).toMatch(/maintenance work/)
  })
})

describe("disagreements in F11's brief records are kept side by side", () => {
  it('KT Guro 2021: four start times, two end times and two lengths', () => {
    const cut = need(KT_GURO_2021).events.find((e) => e.kind === 'trigger')
    expect(cut?.at).toBe('2021-11-11T10:23+09:00')
    expect(cut?.alternatives.map((a) => a.at)).toEqual([
      '2021-11-11T10:30+09:00',
      '2021-11-11T10:40+09:00',
      '2021-11-11T10:50+09:00',
    ])
    const back = need(KT_GURO_2021).events.find((e) => e.kind === 'recovery')
    expect(back?.alternatives.map((a) => a.at)).toEqual(['2021-11-11T13:50+09:00'])
    expect(values(KT_GURO_2021, 'outage-duration')).toEqual([210, 120])
  })

  it('AWS 2022: failed servers beside failed internet connectivity', () => {
    const fault = need(AWS_AZ_2022).factors.find((f) => f.role === 'trigger')
    expect(fault?.explanation.en).toMatch(/internet connectivity/)
    expect(fault?.disputed?.en).toMatch(/some servers/)
  })
})

describe('the policy that followed', () => {
  it('links the 2021 network-stability plan to the KT outage, with its dated steps', () => {
    const policy = getCollections().policies.find((p) => p.id === 'policy-2021-12-29-network-stability-plan')
    expect(policy?.prompted).toContain(KT_2021)
    expect(policy?.steps.map((s) => s.at)).toEqual(expect.arrayContaining(['2021-12-29', '2022-04-29']))
    expect(need(KT_2021).responses.some((r) => r.policy === policy?.id)).toBe(true)
  })
})

describe('search finds each new incident by its names', () => {
  let index: SearchIndex
  beforeAll(async () => {
    const files = buildIndexFiles(buildSearchDocs(getCollections()))
    index = await SearchIndex.open(async (path) => files.get(path) ?? '{}')
  })

  const cases = RECORDS.flatMap((r) => {
    const inc = need(r.id)
    return [inc.title.ko, inc.title.en, ...r.queries].map((query) => ({ id: r.id, query }))
  })

  it.each(cases)('"$query" finds $id', async ({ id, query }) => {
    const top = (await index.search(query, { limit: 5 })).hits.map((h) => h.id)
    expect(top).toContain(id)
  })
})
