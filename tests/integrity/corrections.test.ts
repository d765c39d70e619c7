/**
 * The corrections of the content audit (issue #12) and the additions found by comparison (issue #18),
 * checked over the real content: what a reader of the Pangyo and KT Ahyeon pages must now find,
 * and the internal wording that must never reach any reader.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Incident } from '@/lib/content/types'
import { getCollections, getEntity, getIncident, getSource } from '@/lib/content/source'

const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const AHYEON = '2018-11-24-kt-ahyeon-fire'

function incident(id: string): Incident {
  const inc = getIncident(id)
  if (!inc) throw new Error(`${id} is missing`)
  return inc
}

/** Every source id cited must exist, and the fact must cite the one named. */
function cites(sources: readonly string[], id: string): boolean {
  expect(getSource(id), `source ${id} is missing`).toBeDefined()
  return sources.includes(id)
}

describe('Pangyo: when every Kakao service was back, and how long that took', () => {
  const inc = incident(PANGYO)

  it('ends at about 23:00 on 20 October, never at the computed 22:52', () => {
    expect(inc.end?.at).toBe('2022-10-20T23:00+09:00')
    expect(inc.end?.approximate).toBe(true)
    const times = inc.events.flatMap((e) => [e.at, ...e.alternatives.map((a) => a.at)])
    expect(times).not.toContain('2022-10-20T22:52+09:00')
    const allBack = inc.events.find((e) => e.at === '2022-10-20T23:00+09:00' && e.kind === 'recovery')
    expect(allBack, 'recovery event at 23:00 on 20 October').toBeDefined()
    // Stated by MSIT (6 December release) and by Kakao itself (26 October).
    expect(cites(allBack?.sources ?? [], 'ktab-2099')).toBe(true)
    expect(cites(allBack?.sources ?? [], 'kukinews-202210260012')).toBe(true)
  })

  it('shows both official durations, each with its own source, and does not count MSIT from 15:19', () => {
    const duration = inc.figures.find((f) => f.id === 'duration-all-kakao')
    expect(duration).toBeDefined()
    if (!duration) return
    expect(duration.value).toBe(127 * 60 + 33)
    expect(duration.unit).toBe('minutes')
    expect(cites(duration.sources, 'ktab-2099')).toBe(true)
    const kakao = duration.alternatives.find((a) => a.value === 127 * 60 + 30)
    expect(kakao, "Kakao's 127 h 30 min").toBeDefined()
    expect(cites(kakao?.sources ?? [], 'kukinews-202210260012')).toBe(true)
    expect(kakao?.note?.en).toMatch(/15:30/)
    // The MSIT note says the count's start is not stated, and is not the fire time.
    expect(duration.note?.en).toMatch(/did not say from which moment/)
    expect(duration.note?.en).toMatch(/not counted from the 15:19/)
    const kakaoSource = getSource('kukinews-202210260012')
    expect(kakaoSource?.date).toBe('2022-10-26')
    expect(kakaoSource?.url).toBe('https://kukinews.com/article/view/kuk202210260012')
  })

  it('tells the reader both durations in the summary and the analysis', () => {
    expect(inc.summary.ko).toMatch(/127시간 33분/)
    expect(inc.summary.ko).toMatch(/127시간 30분/)
    expect(inc.summary.en).toMatch(/127 h 33 min/)
    expect(inc.summary.en).toMatch(/127 h 30 min/)
    expect(inc.body.raw).toMatch(/127시간 30분/)
    expect(inc.body.raw).toMatch(/@kukinews-202210260012/)
  })
})

describe('Pangyo: the Ansan data center was under construction before the fire', () => {
  const inc = incident(PANGYO)

  it('dates the commitment to the 2021-12-17 groundbreaking, with its source', () => {
    const ansan = inc.commitments.find((c) => c.id === 'ansan-datacenter')
    expect(ansan).toBeDefined()
    if (!ansan) return
    expect(ansan.at).toBe('2021-12-17')
    expect(cites(ansan.sources, 'asiae-2021121713484547')).toBe(true)
    const groundbreaking = getSource('asiae-2021121713484547')
    expect(groundbreaking?.url).toBe('https://www.asiae.co.kr/article/2021121713484547562')
    expect(groundbreaking?.date).toBe('2021-12-17')
    expect(groundbreaking?.summary.en).toMatch(/17 December 2021/)
    expect(ansan.text.en).toMatch(/ten months before the fire/)
    expect(ansan.outcome?.en).toMatch(/26 September 2023/)
  })

  it('no longer says the outage led to Kakao building its own data center', () => {
    expect(inc.summary.en).not.toMatch(/led to .*own data cent/)
    expect(inc.summary.en).toMatch(/under construction since December 2021/)
    expect(inc.summary.ko).toMatch(/2021년 12월/)
    expect(inc.body.raw).toMatch(/2021년 12월 17일/)
  })
})

describe('Pangyo: what the record used to leave out', () => {
  const inc = incident(PANGYO)
  const at = (time: string) => inc.events.filter((e) => e.at === time)

  it.each([
    ['2022-10-16T02:30+09:00', 'recovery'],
    ['2022-10-16T03:30+09:00', 'recovery'],
    ['2022-10-16T15:00+09:00', 'impact'],
  ])("has Korean Wikipedia's milestone at %s", (time, kind) => {
    const found = at(time).find((e) => e.kind === kind && e.sources.includes('wikipedia-2022'))
    expect(found, `${kind} at ${time}`).toBeDefined()
  })

  it("shows Wikipedia's 07:00 'most KakaoTalk functions' beside Kakao's own 07:24 notice", () => {
    const notice = at('2022-10-16T07:24+09:00')[0]
    const wiki = notice?.alternatives.find((a) => a.at === '2022-10-16T07:00+09:00')
    expect(wiki?.sources).toContain('wikipedia-2022')
    expect(wiki?.note?.en).toMatch(/most KakaoTalk functions/)
  })

  it('records the longest outage in KakaoTalk history, cited to a press report and Wikipedia', () => {
    const longest = inc.events.find((e) => /longest outage in KakaoTalk's history/.test(e.text.en))
    expect(longest).toBeDefined()
    expect(cites(longest?.sources ?? [], 'idaegu-397706')).toBe(true)
    expect(longest?.sources).toContain('wikipedia-2022')
  })

  it("makes Kakao Pay's 44 hours agree with an event, and states the disagreement", () => {
    const figure = inc.figures.find((f) => f.id === 'duration-kakao-pay')
    expect(figure?.value).toBe(44)
    const allBack = inc.events.find(
      (e) => e.kind === 'recovery' && e.services.includes('kakao-pay-service') && e.at === '2022-10-17',
    )
    expect(allBack, 'Kakao Pay fully back on 17 October (day precision, no clock time)').toBeDefined()
    expect(allBack?.sources).toContain('issuevalley-28621')
    expect(allBack?.text.en).toMatch(/our arithmetic/)
    expect(figure?.note?.en).toMatch(/Accounts differ/)
  })

  it('gives per-service recovery "in the afternoon" only to the day, never an invented clock time', () => {
    const afternoon = inc.events.find((e) => e.services.includes('kakao-navi') && /afternoon/.test(e.text.en))
    expect(afternoon?.at).toBe('2022-10-16')
  })

  it('shows each compensation total with the measure it uses', () => {
    const plan = inc.figures.find((f) => f.id === 'compensation-plan-nominal')
    expect(plan?.value).toBe(560_000_000_000)
    expect(plan?.note?.en).toMatch(/face value/)
    const values = plan?.alternatives.map((a) => a.value) ?? []
    expect(values).toEqual(expect.arrayContaining([500_000_000_000, 27_500_000_000, 40_000_000_000]))
    for (const alt of plan?.alternatives ?? []) expect(alt.note?.en, `note for ${alt.value}`).toBeTruthy()
  })

  it('covers the existing stability duty, the alert texts, other messengers, other tenants and the police', () => {
    const body = inc.body.raw
    expect(body).toMatch(/제22조의7/)
    expect(body).toMatch(/@wowtv-2022101707070001/)
    expect(body).toMatch(/@hani-1063013/)
    expect(body).toMatch(/@newdaily-2022102100098/)
    expect(body).toMatch(/초연결 사회/)
    const alert = inc.events.find((e) => e.at === '2022-10-17T09:01+09:00')
    expect(alert?.kind).toBe('response')
    const police = inc.responses.find((r) => r.actor === 'gyeonggi-nambu-police' && /electrical cause/.test(r.text.en))
    expect(police?.sources).toContain('donga-115994107')
    expect(inc.figures.find((f) => f.id === 'kakaotalk-users-lost')?.value).toBe(2_070_000)
  })
})

describe('KT Ahyeon: corrections and the day as it unfolded', () => {
  const inc = incident(AHYEON)

  it('dates MSIT’s caution alert to the day of the fire', () => {
    const alert = inc.events.find((e) => e.kind === 'response' && /caution-level alert/.test(e.text.en))
    expect(alert?.at).toBe('2018-11-24')
    expect(alert?.sources).toEqual(expect.arrayContaining(['bbsi-909699', 'hankyung-2018112491977']))
    expect(inc.responses.find((r) => r.actor === 'msit' && /caution/.test(r.text.en))?.at).toBe('2018-11-24')
  })

  it('cites a press report, not only a mirror, for the police closing the case', () => {
    const closing = inc.events.find((e) => e.at === '2019-04-30')
    expect(closing?.sources).toContain('nocutnews-5143514')
    expect(getSource('nocutnews-5143514')?.reliability).toBe('standard')
    const trigger = inc.factors.find((f) => f.role === 'trigger')
    expect(trigger?.disputed?.en).toMatch(/ventilation-fan control panel/)
  })

  it.each([
    ['2018-11-24T11:35+09:00', 'wowtv-20181124181408'],
    ['2018-11-24T12:04+09:00', 'mediatoday-145648'],
    ['2018-11-24T14:23+09:00', 'wowtv-20181124181408'],
  ])('has the event at %s, sourced', (time, source) => {
    const found = inc.events.find((e) => e.at === time)
    expect(found).toBeDefined()
    expect(cites(found?.sources ?? [], source)).toBe(true)
  })

  it('tells how the fire ran along the tunnel and out of the street manholes', () => {
    const manholes = inc.events.find((e) => /manholes/.test(e.text.en))
    expect(manholes?.sources).toContain('krtube-e386cb')
    expect(getSource('krtube-e386cb')?.reliability).toBe('low')
  })

  it('lists each affected service as its own entity', () => {
    for (const id of ['kt-landline', 'kt-mobile', 'kt-internet', 'kt-iptv', 'kt-internet-phone']) {
      expect(inc.services, id).toContain(id)
      expect(getEntity(id)?.kind, id).toBe('service')
    }
  })
})

/** Wording from the project's research notes that means nothing to a reader. */
const INTERNAL_WORDING: readonly RegExp[] = [
  /시드/,
  /팩트\s?시트/,
  /fact[- ]?sheet/i,
  /seed (article|column|file)s?\b/i,
  /\bseed \d{3}\b/i,
  /파일에 매체명/,
  /매체명 표기 없음/,
  /설계 문서/,
  /design (card|doc)/i,
  /unverified-memory/i,
  /\[(found|seed):/i,
  /기억에 의존/,
]

/** Fields that hold ids or addresses rather than words for a reader. */
const NOT_READER_FACING = new Set(['_id', '_raw', 'type', 'id', 'seed', 'url', 'sources', 'shownBy'])

function readerStrings(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value])
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) readerStrings(v, `${path}[${i}]`, out)
  } else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value))
      if (!NOT_READER_FACING.has(key)) readerStrings(v, `${path}.${key}`, out)
}

describe('reader-facing words', () => {
  const strings: [string, string][] = []
  for (const [name, records] of Object.entries(getCollections()))
    for (const record of records as readonly { id: string }[]) readerStrings(record, `${name}/${record.id}`, strings)

  it('finds the content to check', () => {
    expect(strings.length).toBeGreaterThan(5000)
  })

  it.each(INTERNAL_WORDING.map((re) => [re.source, re] as const))('no content field says %s', (_, re) => {
    const hits = strings.filter(([, s]) => re.test(s)).map(([path, s]) => `${path}: ${s.slice(0, 80)}`)
    expect(hits).toEqual([])
  })

  it('no interface label says any of them either', () => {
    const dir = join(process.cwd(), 'lib/i18n')
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8')
      for (const re of INTERNAL_WORDING) expect(re.test(text), `${file} matches ${re.source}`).toBe(false)
    }
  })

  it('names a publisher, or says plainly that it is unknown', () => {
    const seed = getSource('seed-000')
    expect(seed?.publisher.ko).toMatch(/^매체 미상/)
    expect(seed?.publisher.en).toMatch(/^Publisher unknown/)
  })

  it('keeps Hangul out of English text except in parentheses', () => {
    const english = strings.filter(([path]) => path.endsWith('.en'))
    const hits = english
      .filter(([, s]) => /[\uAC00-\uD7A3]/.test(s.replace(/\([^)]*\)/g, '')))
      .map(([path, s]) => `${path}: ${s.slice(0, 80)}`)
    expect(hits).toEqual([])
  })
})
