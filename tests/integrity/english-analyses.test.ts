/**
 * The English analyses over the real content: one for every incident with a Korean analysis, in
 * English (Korean only as names in parentheses or quotes), citing what the Korean body cites, and
 * carrying its disputes; and in the short records, no figure or date left without a citation.
 */
import { describe, expect, it } from 'vitest'
import { getCollections } from '@/lib/content/source'
import { isKoreanProse } from '@/lib/i18n/hangul'
import { CITATION_PATTERN } from '@/lib/markdown/citations'
import { plainText } from '@/lib/markdown/plain-text'
import { markdownBlocks } from '@/lib/reference/body-citations'
import { checkEnglishAnalyses, ENGLISH_REQUIRED } from '@/lib/validate/english'

const { incidents, analysesEn } = getCollections()
const english = new Map(analysesEn.map((a) => [a.id, a.body.raw]))
const korean = new Map(incidents.map((i) => [i.id, i.body.raw]))

/** The short records whose analyses the audit checked sentence by sentence. */
const SHORT = [
  '2010-12-17-kakaotalk-first-outage',
  '2017-01-01-kakaotalk-new-year-delay',
  '2017-11-15-pohang-earthquake-kakaotalk-delay',
  '2018-05-21-kakaotalk-message-outage',
  '2020-01-01-kakaotalk-new-year-errors',
  '2020-03-02-kakaotalk-network-outage',
  '2020-03-17-kakaotalk-network-error',
  '2020-07-13-kakaotalk-pc-login-failure',
  '2021-05-05-kakaotalk-system-error',
  '2021-07-16-kakaotalk-image-sending-failure',
  '2021-12-13-covid-qr-checkin-overload',
  '2021-12-17-kakao-map-errors',
  '2022-02-03-kakao-external-network-failure',
  '2022-09-15-daum-gift-login-failure',
  '2022-10-04-kakaotalk-operations-error',
  '2023-01-17-kakaotalk-network-error',
  '2023-05-08-kakaotalk-settings-error',
]

/** Each disputed value of a Korean analysis, as the English analysis must give it too. */
const DISPUTES: Record<string, string[]> = {
  '2012-04-28-lg-cns-gasan-power-failure': ['about 19:00', '19:10', '42 million', '44 million', 'no defect'],
  '2016-09-12-gyeongju-earthquake': ['5.1 and 5.8', '4.9 and 5.4', 'moment magnitude 5.4', '5.3', '20:35', 'LINE'],
  '2020-03-02-kakaotalk-network-outage': ['10:17', '"1:17"', '19 or 20 minutes'],
  '2021-07-16-kakaotalk-image-sending-failure': ['16:30 to 18:10', '17:00', '1 hour 30 minutes'],
  '2022-02-03-kakao-external-network-failure': ['about 13:00', 'after 13:00', 'as of 13:30', 'about 13:50'],
  '2022-10-04-kakaotalk-operations-error': [
    '14:14 to 14:32',
    '18 minutes from 14:30',
    'about 20 minutes from about 14:15',
    'at 14:30',
    '66 outages',
    '35 outages',
    '27 outages',
    'second',
    'fourth',
    '5 outages in 2022',
  ],
  '2023-05-08-kakaotalk-settings-error': ['13:54', '13:50'],
}

describe('English analyses', () => {
  it('exist for every incident with a Korean analysis, and the check requires it', () => {
    const missing = incidents.filter((i) => i.body.raw.trim() !== '' && !english.has(i.id)).map((i) => i.id)
    expect(missing).toEqual([])
    expect(ENGLISH_REQUIRED).toBe(true)
  })

  it('cite exactly what their Korean analyses cite, first cited in the same order', () => {
    expect(checkEnglishAnalyses({ incidents, analysesEn }, 'content', true)).toEqual([])
  })

  it.each(analysesEn.map((a) => [a.id, a.body.raw] as const))('%s has no Korean paragraph', (_id, raw) => {
    const korean = markdownBlocks(raw)
      .map((b) => plainText(b))
      .filter(isKoreanProse)
    expect(korean).toEqual([])
  })

  it.each(Object.entries(DISPUTES))('%s shows each disputed value the Korean analysis shows', (id, values) => {
    const text = english.get(id) ?? ''
    for (const value of values) expect(text, `${id}: ${value}`).toContain(value)
  })
})

/** Sentences about this record itself or about what the sources do not say: no citation to give. */
const EDITORIAL = [
  /^이 기록은/,
  /^This record/,
  /확인되지 않았다|확인된 자료가 없다|no source we have found|No other source confirms/i,
  /기록에 정리했다|set out in the record/,
]

/** In each paragraph, the sentences after its last citation that state a figure or a date. */
function uncitedFigures(markdown: string): string[] {
  const found: string[] = []
  for (const block of markdownBlocks(markdown)) {
    if (block.includes(' | ')) continue
    const cites = [...block.matchAll(CITATION_PATTERN)]
    const last = cites.at(-1)
    const tail = last === undefined ? block : block.slice((last.index ?? 0) + last[0].length)
    for (const sentence of tail.split(/(?<=[.!?])\s+/)) {
      if (/\d/.test(sentence) && !EDITORIAL.some((e) => e.test(sentence.trim()))) found.push(sentence.trim())
    }
  }
  return found
}

describe.each(SHORT)('short record %s', (id) => {
  it('leaves no figure or date of its analysis, Korean or English, without a citation', () => {
    expect(uncitedFigures(korean.get(id) ?? '')).toEqual([])
    expect(uncitedFigures(english.get(id) ?? '')).toEqual([])
  })
})
