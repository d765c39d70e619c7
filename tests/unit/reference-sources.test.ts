import { describe, expect, it } from 'vitest'
import { citingSentences } from '@/lib/reference/body-citations'
import { sourceGroups, sourceName, sourcePage } from '@/lib/reference/sources'
import {
  analysisEn,
  cause,
  collections,
  commitment,
  entity,
  event,
  factor,
  figure,
  incident,
  milestone,
  policy,
  provision,
  response,
  source,
  step,
  text,
  timeAlt,
  valueAlt,
} from './fixtures/records'

describe('sourceGroups', () => {
  it('sorts by date (a month-only date after the days of its month), groups by year, and puts undated sources last', () => {
    const groups = sourceGroups(
      collections({
        sources: [
          source('u'),
          source('c', { date: '2022-10-16' }),
          source('a', { date: '2018-11' }),
          source('b', { date: '2022-10' }),
        ],
      }),
    )
    expect(groups.map((g) => [g.year, g.sources.map((s) => s.id)])).toEqual([
      ['2018', ['a']],
      ['2022', ['c', 'b']],
      [undefined, ['u']],
    ])
  })
})

describe('sourceName', () => {
  const korean = source('k', {
    title: '카카오 먹통 사태',
    language: 'ko',
    label: text('카카오 장애 보도', 'Report on the Kakao outage'),
  })
  const english = source('e', {
    title: 'Kakao outage',
    language: 'en',
    label: text('카카오 장애 영문 보도', 'English report'),
  })
  const untitled = source('u', { label: text('보도', 'Report') })
  it.each([
    { s: korean, lang: 'ko' as const, out: { name: '카카오 먹통 사태', lang: 'ko', headline: undefined } },
    {
      s: korean,
      lang: 'en' as const,
      out: { name: 'Report on the Kakao outage', lang: 'en', headline: { text: '카카오 먹통 사태', lang: 'ko' } },
    },
    { s: english, lang: 'en' as const, out: { name: 'Kakao outage', lang: 'en', headline: undefined } },
    { s: english, lang: 'ko' as const, out: { name: 'Kakao outage', lang: 'en', headline: undefined } },
    { s: untitled, lang: 'en' as const, out: { name: 'Report', lang: 'en', headline: undefined } },
  ])('$s.id on a $lang page', ({ s, lang, out }) => {
    expect(sourceName(s, lang)).toEqual(out)
  })
})

describe('citingSentences', () => {
  it.each([
    { name: 'one sentence of a paragraph', md: '불이 났다 [@s]. 꺼졌다 [@t].', out: ['불이 났다.'] },
    { name: 'a grouped citation', md: '멈췄다 [@t; @s].', out: ['멈췄다.'] },
    { name: 'no citation of it', md: '멈췄다 [@t]. [@st] 아님.', out: [] },
    { name: 'bold and links made plain', md: '**원인.** [링크](https://x.test) 문장 [@s].', out: ['링크 문장.'] },
    { name: 'a list item', md: '- 첫째 [@s]\n- 둘째 [@t]', out: ['첫째'] },
    {
      name: 'a table row, cells joined',
      md: '| 시점 | 값 | 출처 |\n| --- | --- | --- |\n| 9시 | 60% | [@s] |',
      out: ['9시 · 60%'],
    },
    { name: 'headings never', md: '## 제목 [@s]\n\n본문 [@s].', out: ['본문.'] },
    { name: 'repeats once', md: '같다 [@s].\n\n같다 [@s].', out: ['같다.'] },
  ])('$name', ({ md, out }) => {
    expect(citingSentences(md, 's')).toEqual(out)
  })
})

describe('sourcePage', () => {
  const inc = incident('inc', '2022-10-15T15:19+09:00', {
    sources: ['s'],
    body: { raw: '## 개요\n\n불이 났다 [@s]. 다른 문장 [@other].', html: '' },
    events: [
      event('2022-10-15T15:30+09:00', { sources: ['other'] }),
      event('2022-10-15T15:19+09:00', {
        sources: ['s'],
        alternatives: [timeAlt('2022-10-15T15:33+09:00', { sources: ['s'] })],
      }),
    ],
    figures: [
      figure('servers', {
        value: 32000,
        unit: 'count',
        sources: ['s'],
        alternatives: [valueAlt(30000, { sources: ['s'] })],
      }),
    ],
    factors: [cause('fire', { sources: ['s'] }), cause('fire', { sources: ['other'] })],
    responses: [response('2022-10-16', 'co', { sources: ['s'] })],
    commitments: [commitment('dr', '2022-10-19', 'co', { sources: ['s'] })],
  })
  const data = collections({
    sources: [source('s'), source('other')],
    factors: [factor('fire', { name: text('화재', 'Fire') })],
    incidents: [inc, incident('unrelated', '2020-01-01', { sources: ['other'] })],
    entities: [
      entity('co', {
        sources: ['s'],
        milestones: [milestone('2010-01', { sources: ['other'] }), milestone('2012-01', { sources: ['s'] })],
      }),
    ],
    policies: [
      policy('law', {
        sources: ['s'],
        steps: [
          step('proposed', '2022-10-20', {
            sources: ['other'],
            alternatives: [timeAlt('2022-10-21', { sources: ['s'] })],
          }),
        ],
        provisions: [provision('one', ['other']), provision('two', ['s'])],
      }),
    ],
  })
  const page = sourcePage('s', data)

  it('lists every fact of an incident citing the source, each with where it is shown', () => {
    expect(page?.incidents.map((r) => r.id)).toEqual(['inc'])
    expect(page?.incidents[0]?.facts.map((f) => [f.kind, f.anchor])).toEqual([
      ['event', 'event-2'],
      ['event-alternative', 'event-2'],
      ['factor', 'causes'],
      ['figure', 'figure-servers'],
      ['figure-alternative', 'figure-servers'],
      ['response', 'responses'],
      ['commitment', 'commitment-dr'],
      ['body', 'analysis'],
      ['record', 'source-s'],
    ])
  })

  it('keeps the text of each fact: factor name, formatted figures, body sentences', () => {
    const facts = page?.incidents[0]?.facts ?? []
    expect(facts.find((f) => f.kind === 'factor')?.label?.en).toBe('Fire')
    expect(facts.find((f) => f.kind === 'figure')?.text?.en).toMatch(/32,000/)
    expect(facts.find((f) => f.kind === 'body')?.excerpt).toEqual({ text: '불이 났다.', lang: 'ko' })
  })

  it('quotes the English analysis on English pages where one is written, else the Korean one', () => {
    const body = (p: ReturnType<typeof sourcePage>) =>
      p?.incidents[0]?.facts.filter((f) => f.kind === 'body').map((f) => f.excerpt)
    expect(body(sourcePage('s', data, 'en'))).toEqual([{ text: '불이 났다.', lang: 'ko' }])
    const translated = { ...data, analysesEn: [analysisEn('inc', 'A fire broke out [@s]. It spread [@s; @other].')] }
    expect(body(sourcePage('s', translated, 'en'))).toEqual([
      { text: 'A fire broke out.', lang: 'en' },
      { text: 'It spread.', lang: 'en' },
    ])
    expect(body(sourcePage('s', translated, 'ko'))).toEqual([{ text: '불이 났다.', lang: 'ko' }])
  })

  it('lists entity and policy facts citing it', () => {
    expect(page?.entities.map((r) => [r.id, r.facts.map((f) => f.anchor)])).toEqual([
      ['co', ['description', 'milestone-2']],
    ])
    expect(page?.policies.map((r) => [r.id, r.facts.map((f) => [f.kind, f.anchor])])).toEqual([
      [
        'law',
        [
          ['policy', 'summary'],
          ['step-alternative', 'step-1'],
          ['provision', 'provision-2'],
        ],
      ],
    ])
  })

  it('counts the facts, and has no page for an unknown id', () => {
    expect(page?.factCount).toBe(9 + 2 + 3)
    expect(sourcePage('other', data)?.incidents.map((r) => r.id)).toEqual(['unrelated', 'inc'])
    expect(sourcePage('nope', data)).toBeUndefined()
  })
})
