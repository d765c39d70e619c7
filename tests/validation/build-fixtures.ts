/**
 * Global setup of the validation tests: builds the broken fixtures with the real contentlayer2
 * config, into tests/.work/ (never into a source folder):
 * - tests/.work/validation: every rule folder at once (the tests partition them);
 * - tests/.work/cli: the base plus one broken rule, for running the real `check` command.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const fixtures = resolve(root, 'tests/fixtures/validation')
// contentlayer2 takes its working folder from $PWD, not process.cwd(): both are set.
const bin = resolve(root, 'node_modules/.bin/contentlayer2')
const config = resolve(root, 'contentlayer.config.ts')

function build(cwd: string, contentDir: string) {
  rmSync(cwd, { recursive: true, force: true })
  mkdirSync(cwd, { recursive: true })
  execFileSync(bin, ['build', '--config', config], {
    cwd,
    env: { ...process.env, PWD: cwd, CONTENT_DIR: contentDir },
    stdio: 'pipe',
  })
}

export default function setup() {
  build(resolve(root, 'tests/.work/validation'), fixtures)
  const cliContent = resolve(root, 'tests/.work/cli-content')
  rmSync(cliContent, { recursive: true, force: true })
  cpSync(resolve(fixtures, '_base'), cliContent, { recursive: true })
  cpSync(resolve(fixtures, 'unknown-reference'), cliContent, { recursive: true })
  build(resolve(root, 'tests/.work/cli'), cliContent)
}
