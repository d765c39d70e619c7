/**
 * The build benchmark's generated incidents (bench/incident-generator.ts) are content the site
 * accepts: the real content plus two copies of every template passes contentlayer2 and
 * `npm run check`, so `npm run bench:build` measures a build that succeeds. And the content stage
 * built in chunks (scripts/content.ts, as it does above 1,000 incidents) writes the same
 * collections, file for file and byte for byte, as one contentlayer2 run over the whole folder.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateIncidents, readTemplates } from '../../bench/incident-generator'

const repo = resolve(import.meta.dirname, '../..')
const content = resolve(repo, 'tests/.work/bench-content')
const cwd = resolve(repo, 'tests/.work/bench-cl')
const tsx = resolve(repo, 'node_modules/.bin/tsx')

function contentStage(extraEnv: Record<string, string>) {
  return spawnSync(
    tsx,
    [
      '--tsconfig',
      resolve(repo, 'tsconfig.scripts.json'),
      resolve(repo, 'scripts/content.ts'),
      '--config',
      resolve(repo, 'contentlayer.config.ts'),
    ],
    { cwd, env: { ...process.env, PWD: cwd, CONTENT_DIR: content, ...extraEnv }, encoding: 'utf8' },
  )
}

/** Every file under a folder, by its relative path, with its text. */
function tree(dir: string, root = dir): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) for (const [k, v] of tree(path, root)) files.set(k, v)
    else files.set(relative(root, path), readFileSync(path, 'utf8'))
  }
  return files
}

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

    const built = contentStage({})
    expect(built.status, built.stdout + built.stderr).toBe(0)
    expect(built.stdout).not.toContain('chunks')
    const checked = spawnSync(tsx, ['--tsconfig', 'tests/validation/tsconfig.bench.json', 'scripts/check.ts'], {
      cwd: repo,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    })
    expect(checked.status, checked.stdout + checked.stderr).toBe(0)
    expect(checked.stdout).toContain('no problems')

    const single = tree(join(cwd, '.contentlayer/generated'))
    const chunked = contentStage({ CONTENT_CHUNK_INCIDENTS: String(templates.length) })
    expect(chunked.status, chunked.stdout + chunked.stderr).toBe(0)
    expect(chunked.stdout).toMatch(/Generated \d+ documents in \.contentlayer \([3-9] chunks\)/)
    const merged = tree(join(cwd, '.contentlayer/generated'))
    expect([...merged.keys()].sort()).toEqual([...single.keys()].sort())
    const differing = [...single].filter(([file, text]) => merged.get(file) !== text).map(([file]) => file)
    expect(differing).toEqual([])
  }, 300_000)
})
