/**
 * The build benchmark's generated incidents (bench/incident-generator.ts) are content the site
 * accepts: the real content plus two copies of every template passes contentlayer2 and
 * `npm run check`, so `npm run bench:build` measures a build that succeeds.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateIncidents, readTemplates } from '../../bench/incident-generator'

const repo = resolve(import.meta.dirname, '../..')
const content = resolve(repo, 'tests/.work/bench-content')
const cwd = resolve(repo, 'tests/.work/bench-cl')
const tsx = resolve(repo, 'node_modules/.bin/tsx')

describe('generated incidents for the build benchmark', () => {
  it('pass contentlayer2 and the content check beside the real content', () => {
    rmSync(content, { recursive: true, force: true })
    rmSync(cwd, { recursive: true, force: true })
    mkdirSync(cwd, { recursive: true })
    cpSync(resolve(repo, 'content'), content, { recursive: true })
    const templates = readTemplates(content)
    expect(templates.length).toBeGreaterThan(10)
    const count = templates.length * 2
    for (const file of generateIncidents(templates, count)) writeFileSync(join(content, file.path), file.content)

    const env = { ...process.env, PWD: cwd, CONTENT_DIR: content }
    const built = spawnSync(
      tsx,
      [
        '--tsconfig',
        resolve(repo, 'tsconfig.scripts.json'),
        resolve(repo, 'scripts/content.ts'),
        '--config',
        resolve(repo, 'contentlayer.config.ts'),
      ],
      { cwd, env, encoding: 'utf8' },
    )
    expect(built.status, built.stdout + built.stderr).toBe(0)
    const checked = spawnSync(tsx, ['--tsconfig', 'tests/validation/tsconfig.bench.json', 'scripts/check.ts'], {
      cwd: repo,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    })
    expect(checked.status, checked.stdout + checked.stderr).toBe(0)
    expect(checked.stdout).toContain('no problems')
  }, 300_000)
})
