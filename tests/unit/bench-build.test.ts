/** The build benchmark's pure parts: generated incidents, stage names, and what it reads from logs. */
import { describe, expect, it } from 'vitest'
import { childCpuTimes, cpuTotal, parseNextLog, stageName } from '../../bench/build-stages'
import { copyDate, copyIncident, generateIncidents, shiftDate, type Template } from '../../bench/incident-generator'

const TEMPLATE: Template = {
  id: '2020-03-17-chat-error',
  date: '2020-03-17',
  slug: 'chat-error',
  front: [
    'title:',
    '  ko: 채팅 오류',
    "  en: 'Chat error: March'",
    'start:',
    '  at: 2020-03-17T18:43+09:00',
    'end:',
    '  at: 2020-03-18T00:10+09:00',
    'events:',
    "- at: '2020-03-17'",
    '  kind: impact',
    'related:',
    '- incident: 2020-03-02-chat-outage',
    '  relation: precursor',
    "added: '2026-11-22'",
  ].join('\n'),
  body: 'Body [@src].\n',
  english: '---\n---\n\nEnglish [@src].\n',
}

describe('generated incidents', () => {
  it('move every time by the same days, keep the clock, and are named after the new start', () => {
    const [ko, en] = copyIncident(TEMPLATE, 7, '2001-02-28', '2001-01-01-prev-g6')
    expect(ko?.path).toBe('incidents/2001-02-28-chat-error-g7.md')
    expect(en).toEqual({ path: 'incidents/en/2001-02-28-chat-error-g7.md', content: TEMPLATE.english })
    const text = ko?.content ?? ''
    expect(text).toContain('  at: 2001-02-28T18:43+09:00')
    expect(text).toContain('  at: 2001-03-01T00:10+09:00')
    expect(text).toContain("- at: '2001-02-28'")
    expect(text).toContain("added: '2026-11-22'")
    expect(text).toContain('  ko: 채팅 오류 (생성 7)')
    expect(text).toContain("  en: 'Chat error: March (generated 7)'")
    expect(text).toContain('- incident: 2001-01-01-prev-g6\n  relation: similar')
    expect(text.endsWith('---\nBody [@src].\n')).toBe(true)
  })

  it('read double-quoted times and indented lists as well', () => {
    const quoted: Template = {
      ...TEMPLATE,
      front: [
        'title:',
        '  ko: "채팅 오류"',
        '  en: "Chat error"',
        'start:',
        '  at: "2020-03-17T18:43+09:00"',
        'related:',
        '  - incident: 2020-03-02-chat-outage',
        '    relation: recurrence',
      ].join('\n'),
    }
    const text = copyIncident(quoted, 2, '2001-02-28', 'prev')[0]?.content ?? ''
    expect(text).toContain('  at: "2001-02-28T18:43+09:00"')
    expect(text).toContain('  ko: "채팅 오류 (생성 2)"')
    expect(text).toContain('  - incident: prev\n    relation: similar')
  })

  it('are dated in order over thirty years, each related to the one before', () => {
    expect(shiftDate('2000-02-28', 1)).toBe('2000-02-29')
    expect(copyDate(0, 10)).toBe('2000-01-01')
    expect(copyDate(9, 10) < '2030-01-01').toBe(true)
    const files = [...generateIncidents([TEMPLATE], 3)]
    expect(files.map((f) => f.path)).toEqual([
      'incidents/2000-01-01-chat-error-g1.md',
      'incidents/en/2000-01-01-chat-error-g1.md',
      'incidents/2009-12-29-chat-error-g2.md',
      'incidents/en/2009-12-29-chat-error-g2.md',
      'incidents/2019-12-27-chat-error-g3.md',
      'incidents/en/2019-12-27-chat-error-g3.md',
    ])
    expect(files[2]?.content).toContain('- incident: 2000-01-01-chat-error-g1\n')
  })
})

describe('build stages', () => {
  it.each([
    ['contentlayer2 build', 'content'],
    ['tsx --tsconfig tsconfig.scripts.json scripts/check.ts', 'check'],
    ['next build', 'pages'],
    ['tsx --tsconfig tsconfig.scripts.json scripts/build-data.ts', 'data files'],
    ['tsx --tsconfig tsconfig.scripts.json scripts/build-search.ts', 'search index'],
    ['tsx --tsconfig tsconfig.scripts.json scripts/build-embed.ts', 'embed'],
    ['bash scripts/build-if-stale.sh --mark', 'build-if-stale'],
  ])('%s is the stage "%s"', (command, name) => {
    expect(stageName(command)).toBe(name)
  })

  it('reads compile, type-check and generation times, pages and workers from Next’s log', () => {
    const log = [
      '✓ Compiled successfully in 73s',
      '  Finished TypeScript in 11.0s ...',
      '  Generating static pages using 2 workers (0/1584) ...',
      '✓ Generating static pages using 2 workers (1584/1584) in 3.1min',
    ].join('\n')
    expect(parseNextLog(log)).toEqual({
      compileSeconds: 73,
      typescriptSeconds: 11,
      generateSeconds: 186,
      pages: 1584,
      workers: 2,
    })
    expect(parseNextLog('').pages).toBeUndefined()
  })

  it('reads the CPU time of the stage’s processes from bash’s times', () => {
    expect(cpuTotal(childCpuTimes('output\n0m0.002s 0m0.000s\n1m2.500s 0m3.100s\n'))).toBe(65.6)
    expect(cpuTotal(childCpuTimes('no times'))).toBeUndefined()
    expect(childCpuTimes('output\n0m0.002s 0m0.000s\n1m2.500s 0m3.100s\n')).toEqual({ user: 62.5, system: 3.1 })
    expect(childCpuTimes('no times')).toBeUndefined()
  })
})
