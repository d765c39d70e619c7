import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildIncidentsExport } from '@/lib/export/incidents-json'
import { getCollections } from '@/lib/content/source'
import type { Collections } from '@/lib/content/types'
import { formatReport, RULES, type Rule } from '@/lib/validate/problems'
import { validate } from '@/lib/validate/validate'

const ROOT = 'tests/fixtures/validation'
const repo = resolve(import.meta.dirname, '../..')

/** The base fixture with one rule folder laid over it (a file at the same path replaces the base's). */
function fixture(name: string): Collections {
  const pick = <T extends { _raw: { sourceFilePath: string } }>(docs: readonly T[]): T[] => {
    const rel = (d: T) => d._raw.sourceFilePath.split('/').slice(1).join('/')
    const own = docs.filter((d) => d._raw.sourceFilePath.startsWith(`${name}/`))
    const replaced = new Set(own.map(rel))
    const base = docs.filter((d) => d._raw.sourceFilePath.startsWith('_base/') && !replaced.has(rel(d)))
    return [...base, ...own]
  }
  const all = getCollections()
  return {
    incidents: pick(all.incidents),
    analysesEn: pick(all.analysesEn),
    sources: pick(all.sources),
    entities: pick(all.entities),
    factors: pick(all.factors),
    policies: pick(all.policies),
    thesaurus: pick(all.thesaurus),
  }
}

/** One broken fixture per rule: the problem it must produce, and nothing else. */
const CASES: Array<{ rule: Rule; file: string; field: string; says: RegExp }> = [
  {
    rule: 'duplicate-id',
    file: `${ROOT}/duplicate-id/archive/incidents/2020-01-02-base-outage.md`,
    field: 'id',
    says: /also used by/,
  },
  { rule: 'id-format', file: `${ROOT}/id-format/entities/Base_Extra.yaml`, field: 'id', says: /not kebab-case/ },
  {
    rule: 'unknown-reference',
    file: `${ROOT}/unknown-reference/incidents/2020-01-02-base-outage.md`,
    field: 'factors[0].factor',
    says: /unknown factor "no-such-factor"/,
  },
  {
    rule: 'invalid-time',
    file: `${ROOT}/invalid-time/incidents/2020-01-02-base-outage.md`,
    field: 'events[0].at',
    says: /not in Korean time/,
  },
  {
    rule: 'end-before-start',
    file: `${ROOT}/end-before-start/incidents/2020-01-02-base-outage.md`,
    field: 'end.at',
    says: /before start/,
  },
  {
    rule: 'missing-source',
    file: `${ROOT}/missing-source/incidents/2020-01-02-base-outage.md`,
    field: 'events[1].sources',
    says: /cites no source/,
  },
  {
    rule: 'uncited-source',
    file: `${ROOT}/uncited-source/sources/orphan-page.yaml`,
    field: 'id',
    says: /cited by nothing/,
  },
  {
    rule: 'missing-note',
    file: `${ROOT}/missing-note/sources/base-news.yaml`,
    field: 'dateNote',
    says: /inferred but no reason/,
  },
  {
    rule: 'empty-text',
    file: `${ROOT}/empty-text/incidents/2020-01-02-base-outage.md`,
    field: 'summary.en',
    says: /English text is empty/,
  },
  {
    rule: 'relation-order',
    file: `${ROOT}/relation-order/incidents/2020-01-02-base-outage.md`,
    field: 'related[0].relation',
    says: /does not start before/,
  },
  {
    rule: 'parent-cycle',
    file: `${ROOT}/parent-cycle/entities/base-company.yaml`,
    field: 'parent',
    says: /loops back/,
  },
  {
    rule: 'duplicate-url',
    file: `${ROOT}/duplicate-url/sources/base-report-copy.yaml`,
    field: 'url',
    says: /same url/,
  },
  {
    rule: 'invalid-enum',
    file: `${ROOT}/invalid-enum/incidents/2020-01-02-base-outage.md`,
    field: 'severity',
    says: /"catastrophic" is not one of/,
  },
  {
    rule: 'english-analysis',
    file: `${ROOT}/english-analysis/incidents/en/2020-01-02-base-outage.md`,
    field: 'body',
    says: /does not cite "base-report", which the Korean analysis cites/,
  },
  {
    rule: 'updated-before-added',
    file: `${ROOT}/updated-before-added/incidents/2020-01-02-base-outage.md`,
    field: 'updated',
    says: /updated 2026-11-01 is before added 2026-11-22/,
  },
  {
    rule: 'length-mismatch',
    file: `${ROOT}/length-mismatch/incidents/2020-01-02-base-outage.md`,
    field: 'figures[1].value',
    says: /states 30 min for the incident, but its times imply about 2 h 30 min \(.*10:00 KST → about .*12:30 KST\)/,
  },
  {
    rule: 'thesaurus-empty-group',
    file: `${ROOT}/thesaurus-empty-group/thesaurus/base-words.yaml`,
    field: 'groups[2].terms',
    says: /a group needs two or more/,
  },
  {
    rule: 'thesaurus-duplicate',
    file: `${ROOT}/thesaurus-duplicate/thesaurus/more-words.yaml`,
    field: 'groups[0].terms[0]',
    says: /"먹통" is already a term at .*base-words.yaml groups\[0\]\.terms\[1\]/,
  },
  {
    rule: 'thesaurus-unknown-term',
    file: `${ROOT}/thesaurus-unknown-term/thesaurus/base-words.yaml`,
    field: 'groups[2].terms',
    says: /no record uses any of "디도스", "DDoS"/,
  },
]

describe('content check rules, one broken fixture each', () => {
  it('passes the base fixture with no problem', () => {
    expect(validate(fixture('_base'), ROOT, true)).toEqual([])
  })

  it('has a fixture folder for every rule', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual([...RULES].sort())
    for (const c of CASES) expect(existsSync(resolve(repo, ROOT, c.rule)), c.rule).toBe(true)
  })

  it.each(CASES)('$rule: names the file and the field, and says how to fix it', ({ rule, file, field, says }) => {
    const problems = validate(fixture(rule), ROOT, true)
    expect(problems.map((p) => p.rule)).toEqual(problems.map(() => rule))
    const hit = problems.find((p) => p.file === file && p.field === field)
    expect(hit, formatReport(problems)).toBeDefined()
    expect(hit?.message).toMatch(says)
    expect(hit?.fix.length).toBeGreaterThan(10)
    const report = formatReport(problems)
    expect(report).toContain(file)
    expect(report).toContain(`${field}: `)
    expect(report).toMatch(/^Content check failed: \d+ problems? in \d+ files?\./)
  })
})

describe('english-analysis', () => {
  it('names an incident whose Korean analysis has no English twin, while the requirement is on', () => {
    const file = `${ROOT}/english-analysis/incidents/2021-05-06-base-recurrence.md`
    const on = validate(fixture('english-analysis'), ROOT, true).find((p) => p.file === file)
    expect(on?.message).toBe('the Korean analysis has no English analysis')
    expect(on?.fix).toContain(`${ROOT}/incidents/en/2021-05-06-base-recurrence.md`)
    expect(validate(fixture('english-analysis'), ROOT, false).some((p) => p.file === file)).toBe(false)
  })
})

describe('the build stops on bad content', () => {
  it('npm run check exits 1 and prints the report', () => {
    const run = spawnSync(
      resolve(repo, 'node_modules/.bin/tsx'),
      ['--tsconfig', 'tests/validation/tsconfig.cli.json', 'scripts/check.ts'],
      {
        cwd: repo,
        env: { ...process.env, CONTENT_DIR: 'tests/.work/cli-content' },
        encoding: 'utf8',
      },
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('tests/.work/cli-content/incidents/2020-01-02-base-outage.md')
    expect(run.stderr).toContain('factors[0].factor: unknown factor "no-such-factor"')
  })

  it.each([
    ['contentlayer2 build', resolve(repo, 'node_modules/.bin/contentlayer2'), ['build']],
    [
      'npm run content (scripts/content.ts)',
      resolve(repo, 'node_modules/.bin/tsx'),
      ['--tsconfig', resolve(repo, 'tsconfig.scripts.json'), resolve(repo, 'scripts/content.ts')],
    ],
  ])('%s rejects a field of the wrong type, naming the file and the field', (_name, bin, args) => {
    const cwd = resolve(repo, 'tests/.work/contentlayer-broken')
    mkdirSync(cwd, { recursive: true })
    const run = spawnSync(bin, [...args, '--config', resolve(repo, 'contentlayer.config.ts')], {
      cwd,
      env: { ...process.env, PWD: cwd, CONTENT_DIR: resolve(repo, 'tests/fixtures/contentlayer-broken') },
      encoding: 'utf8',
    })
    const output = run.stdout + run.stderr
    expect(run.status).not.toBe(0)
    expect(output).toContain('2020-01-02-wrong-type.md')
    expect(output).toContain('incompatible fields')
    expect(output).toMatch(/aliases: 5/)
  })

  it('npm run content in chunks (a large content folder) still names the file and the field, and stops', () => {
    const cwd = resolve(repo, 'tests/.work/contentlayer-broken-chunks')
    const content = resolve(cwd, 'content')
    rmSync(cwd, { recursive: true, force: true })
    mkdirSync(resolve(content, 'incidents'), { recursive: true })
    const broken = resolve(repo, 'tests/fixtures/contentlayer-broken/incidents/2020-01-02-wrong-type.md')
    copyFileSync(broken, resolve(content, 'incidents/2020-01-02-wrong-type.md'))
    copyFileSync(broken, resolve(content, 'incidents/2020-01-03-wrong-type-again.md'))
    const run = spawnSync(
      resolve(repo, 'node_modules/.bin/tsx'),
      [
        '--tsconfig',
        resolve(repo, 'tsconfig.scripts.json'),
        resolve(repo, 'scripts/content.ts'),
        '--config',
        resolve(repo, 'contentlayer.config.ts'),
      ],
      { cwd, env: { ...process.env, PWD: cwd, CONTENT_DIR: content, CONTENT_CHUNK_INCIDENTS: '1' }, encoding: 'utf8' },
    )
    const output = run.stdout + run.stderr
    expect(run.status).toBe(1)
    expect(output).toContain('incidents/2020-01-02-wrong-type.md')
    expect(output).toContain('incompatible fields')
    expect(output).toMatch(/aliases: 5/)
    expect(existsSync(resolve(cwd, '.contentlayer/generated/Incident'))).toBe(false)
  })
})

describe('derived data from the base fixture (golden files)', () => {
  it('exports incidents.json as recorded', async () => {
    const json = `${JSON.stringify(buildIncidentsExport(fixture('_base').incidents), null, 2)}\n`
    await expect(json).toMatchFileSnapshot('../golden/incidents-export.json')
  })

  it('renders the body with citation markers for the page to number, lettered footnotes and no script', async () => {
    const base = fixture('_base').incidents.find(
      (i) => i._raw.sourceFilePath === '_base/incidents/2020-01-02-base-outage.md',
    )
    expect(base).toBeDefined()
    const html = base?.body.html ?? ''
    expect(html).not.toMatch(/<script|javascript:|onerror/i)
    expect(html).toContain('<a href="#source-base-report" data-cite="base-report">base-report</a>')
    expect(html).toContain('<a href="#source-base-news" data-cite="base-news">base-news</a>')
    expect(html).toMatch(/data-footnote-ref[^>]*>\u2060\[a\]</)
    await expect(`${base?.body.html ?? ''}\n`).toMatchFileSnapshot('../golden/base-outage-body.html')
  })
})
