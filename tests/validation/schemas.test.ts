/**
 * The editor schemas catch broken files (tests/fixtures/schemas/), and `npm run new` writes a
 * skeleton that passes contentlayer2's type check and never overwrites a file.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planRecord } from '../../scripts/new-record'
import { schemaChecker } from '../../scripts/schema-files'

const repo = resolve(import.meta.dirname, '../..')
const fixtures = resolve(repo, 'tests/fixtures/schemas')
const check = schemaChecker()
const problems = (file: string) => check(file, readFileSync(join(fixtures, file), 'utf8'))

describe('the schemas flag broken files, naming the field', () => {
  it.each([
    {
      file: 'sources/bad-source.yaml',
      problems: [
        'publisher: required, missing',
        'label: required, missing',
        'publsher: unknown field (a typo, or a field the content model does not have)',
        'kind: must be one of news, column, analysis, government-report, company-statement, transcript, reference, blog',
        'date: must match pattern "^\\d{4}-\\d{2}(?:-\\d{2})?$"',
      ],
    },
    {
      file: 'incidents/2020-01-02-bad-front-matter.md',
      problems: [
        'title: must be object',
        'severity: must be one of minor, moderate, major, critical',
        'events[0].at: must match pattern "^\\d{4}-\\d{2}(?:-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?\\+09:00)?)?$"',
        'sources: must be array',
      ],
    },
    {
      file: 'incidents/en/2020-01-02-bad-front-matter.md',
      problems: ['title: unknown field (a typo, or a field the content model does not have)'],
    },
    { file: 'entities/good-entity.yaml', problems: [] },
  ])('$file', ({ file, problems: expected }) => {
    expect(problems(file)).toEqual(expected)
  })

  it('npm run schemas -- --validate fails on them and names each file', () => {
    const run = spawnSync(
      resolve(repo, 'node_modules/.bin/tsx'),
      ['--tsconfig', 'tsconfig.scripts.json', 'scripts/schemas.ts', '--validate'],
      {
        cwd: repo,
        env: { ...process.env, CONTENT_DIR: fixtures },
        encoding: 'utf8',
      },
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('bad-source.yaml')
    expect(run.stderr).toContain('events[0].at: must match pattern')
    expect(run.stderr).toContain('3 of 4 files do not match their schema.')
  })
})

describe('npm run new', () => {
  const work = resolve(repo, 'tests/.work/new')
  const content = join(work, 'content')
  const run = (...args: string[]) =>
    spawnSync(
      resolve(repo, 'node_modules/.bin/tsx'),
      ['--tsconfig', 'tsconfig.scripts.json', 'scripts/new.ts', ...args],
      {
        cwd: repo,
        env: { ...process.env, CONTENT_DIR: content },
        encoding: 'utf8',
      },
    )

  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  cpSync(resolve(repo, 'tests/fixtures/validation/_base'), content, { recursive: true })
  const baseFiles = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(md|yaml)$/.test(f),
  ).length

  it('writes an incident and a source skeleton that contentlayer2 accepts', () => {
    expect(run('incident', '2024-01-02', 'new-outage').status).toBe(0)
    expect(run('source', 'new-report').status).toBe(0)
    expect(readdirSync(join(content, 'incidents'))).toContain('2024-01-02-new-outage.md')
    const build = spawnSync(
      resolve(repo, 'node_modules/.bin/contentlayer2'),
      ['build', '--config', resolve(repo, 'contentlayer.config.ts')],
      {
        cwd: work,
        env: { ...process.env, PWD: work, CONTENT_DIR: content },
        encoding: 'utf8',
      },
    )
    expect(build.status, build.stdout + build.stderr).toBe(0)
    // Every file of the base fixture, and the two new ones.
    expect(build.stdout).toContain(`Generated ${baseFiles + 2} documents`)
  })

  it('leaves the vocabulary values and the sources for the editor to flag until they are filled', () => {
    expect(
      check(
        'incidents/2024-01-02-new-outage.md',
        readFileSync(join(content, 'incidents/2024-01-02-new-outage.md'), 'utf8'),
      ),
    ).toEqual([
      'severity: must be one of minor, moderate, major, critical',
      'sources: must NOT have fewer than 1 items',
    ])
    expect(check('sources/new-report.yaml', readFileSync(join(content, 'sources/new-report.yaml'), 'utf8'))).toEqual([
      'kind: must be one of news, column, analysis, government-report, company-statement, transcript, reference, blog',
      'language: must be one of ko, en',
    ])
  })

  it('refuses to write over an existing file', () => {
    const before = readFileSync(join(content, 'sources/new-report.yaml'), 'utf8')
    const r = run('source', 'new-report')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/new-report.yaml already exists: nothing written/)
    expect(readFileSync(join(content, 'sources/new-report.yaml'), 'utf8')).toBe(before)
  })

  it.each([
    { args: ['incident', '2024-02-30', 'x'], says: /is not a date/ },
    { args: ['incident', '2024-01', 'x'], says: /is not a date/ },
    { args: ['incident', '2024-01-02', 'Bad_Name'], says: /is not a short name/ },
    { args: ['incident', '2024-01-02'], says: /^usage: npm run new/ },
    { args: ['source', '../escape'], says: /is not an id/ },
    { args: ['source', 'a', 'b'], says: /^usage: npm run new/ },
    { args: ['policy', 'x'], says: /^usage: npm run new/ },
    { args: [], says: /^usage: npm run new/ },
  ])('refuses $args', ({ args, says }) => {
    const plan = planRecord(args, content, '2024-05-01')
    expect(plan.ok ? '' : plan.reason).toMatch(says)
  })
})
