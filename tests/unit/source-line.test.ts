import { describe, expect, it } from 'vitest'
import { sourceLine } from '@/lib/reference/source-line'
import { source, text } from './fixtures/records'

describe('sourceLine', () => {
  it.each([
    [
      'publisher, kind, byline and a stated date',
      source('a', { publisher: text('데일리안', 'Dailian'), kind: 'news', author: '이호연', date: '2018-11-24' }),
      '데일리안 · 기사 · 이호연 · 2018-11-24',
      'Dailian · News · 이호연 · 2018-11-24',
    ],
    [
      'an inferred date is marked as such',
      source('b', { publisher: text('국민일보', 'Kukmin Ilbo'), kind: 'column', date: '2022-10', dateInferred: true }),
      '국민일보 · 칼럼 · 2022-10 (추정 날짜)',
      'Kukmin Ilbo · Column · 2022-10 (date inferred)',
    ],
    [
      'an unknown publisher and no date are said plainly, not invented',
      source('c', { publisher: text('매체 미상', 'Publisher unknown'), kind: 'transcript' }),
      '매체 미상 · 녹취록',
      'Publisher unknown · Transcript',
    ],
  ])('%s', (_, src, ko, en) => {
    expect(sourceLine(src, 'ko')).toBe(ko)
    expect(sourceLine(src, 'en')).toBe(en)
  })
})
