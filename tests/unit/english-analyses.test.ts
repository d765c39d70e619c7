import { describe, expect, it } from 'vitest'
import { checkEnglishAnalyses } from '@/lib/validate/english'
import { analysisEn, incident } from './fixtures/records'

const KO = '가 [@a]. 나 [@b; @a]. 다 [@c].'
const withBody = (raw: string) => incident('2020-01-02-x', '2020-01-02', { body: { raw, html: '' } })

/** What the check says about one incident (Korean body) and its English analysis (or none). */
function check(ko: string, en: string | undefined, required = true): string[] {
  const analysesEn = en === undefined ? [] : [analysisEn('2020-01-02-x', en)]
  return checkEnglishAnalyses({ incidents: [withBody(ko)], analysesEn }, 'content', required).map(
    (p) => `${p.file} ${p.field}: ${p.message}`,
  )
}

describe('checkEnglishAnalyses', () => {
  it.each([
    { name: 'same sources, first cited in the same order', en: 'A [@a]. B [@b]. C [@a; @c].' },
    { name: 'a source cited again elsewhere', en: 'A [@a]. B [@b]. C [@c]. Again [@a].' },
  ])('accepts $name', ({ en }) => {
    expect(check(KO, en)).toEqual([])
  })

  it.each([
    {
      name: 'a source the Korean analysis does not cite',
      en: 'A [@a]. B [@b]. C [@c; @d].',
      says: 'content/en/2020-01-02-x.md body: cites "d", which the Korean analysis does not cite',
    },
    {
      name: 'a source left out',
      en: 'A [@a]. B [@b].',
      says: 'content/en/2020-01-02-x.md body: does not cite "c", which the Korean analysis cites',
    },
    {
      name: 'the same sources, first cited in another order (the numbers would not match the list)',
      en: 'B [@b]. A [@a]. C [@c].',
      says: 'content/en/2020-01-02-x.md body: first cites its sources in the order b, a, c; the Korean analysis in the order a, b, c',
    },
    {
      name: 'an English analysis of an incident without a Korean one',
      ko: '',
      en: 'A [@a].',
      says: 'content/en/2020-01-02-x.md body: cites "a", which the Korean analysis does not cite',
    },
    {
      name: 'no English analysis for a Korean one',
      en: undefined,
      says: 'content/2020-01-02-x.md body: the Korean analysis has no English analysis',
    },
  ])('reports $name', ({ ko, en, says }) => {
    expect(check(ko ?? KO, en)).toEqual([says])
  })

  it('asks for a missing English analysis only while the requirement is on, and never for an empty Korean body', () => {
    expect(check(KO, undefined, false)).toEqual([])
    expect(check('', undefined, true)).toEqual([])
    expect(check(' \n', undefined, true)).toEqual([])
  })
})
