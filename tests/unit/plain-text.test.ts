import { describe, expect, it } from 'vitest'
import { plainText } from '@/lib/markdown/plain-text'

describe('plainText: Markdown as the search index holds it and source pages quote it', () => {
  it.each([
    { name: 'citations, bold and code marks', md: '**굵게** `코드` 문장 [@a; @b].', out: '굵게 코드 문장.' },
    { name: 'single emphasis', md: '*기울임* 과 _강조_ 문장.', out: '기울임 과 강조 문장.' },
    { name: 'snake_case kept', md: 'the file_name field', out: 'the file_name field' },
    { name: 'a link keeps its text', md: '[판교](https://x.test/a) 화재 ![그림](/a.png)', out: '판교 화재 그림' },
    { name: 'heading marker', md: '## 원인 분석', out: '원인 분석' },
    { name: 'quote marker only at the start', md: '> 인용문 A > B', out: '인용문 A > B' },
    { name: 'list markers', md: '- 하나\n* 둘\n1. 셋\n2) 넷', out: '하나\n둘\n셋\n넷' },
    {
      name: 'a table: rule dropped, cells joined',
      md: '| 시점 | 값 |\n| --- | :-: |\n| 9시 | 60% [@s] |',
      out: '시점 · 값\n9시 · 60%',
    },
    { name: 'an empty cell left out', md: '| a | | [@s] |', out: 'a' },
    { name: 'parentheses emptied by a citation', md: '문장 ([@s]).', out: '문장.' },
    { name: 'space before punctuation', md: '멈췄다 [@s] , 그리고 [@t] .', out: '멈췄다, 그리고.' },
    { name: 'blank lines and spaces', md: '  첫   줄  \n\n\n둘째\t줄\r\n', out: '첫 줄\n둘째 줄' },
    { name: 'nothing', md: '', out: '' },
  ])('$name', ({ md, out }) => {
    expect(plainText(md)).toBe(out)
  })
})
