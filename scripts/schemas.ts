/**
 * The editor schemas of the content (schemas/*.schema.json), generated from the content model.
 *
 *   npm run schemas                        write them (after changing contentlayer.config.ts or a vocabulary)
 *   npm run schemas -- --check             write nothing; fail when a committed schema is out of date
 *   npm run schemas -- --validate [file…]  check content files against them (default: every file in
 *                                          content/ or CONTENT_DIR); the way to check Markdown front
 *                                          matter, which editors do not validate
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { kindOfFile, SCHEMA_DIR, schemaChecker, schemaFiles } from './schema-files'

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)

function write(check: boolean): void {
  const dir = resolve(root, SCHEMA_DIR)
  const stale: string[] = []
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of schemaFiles()) {
    const path = resolve(dir, name)
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue
    stale.push(`${SCHEMA_DIR}/${name}`)
    if (!check) writeFileSync(path, text)
  }
  if (check && stale.length > 0) {
    console.error(`Out of date with the content model: ${stale.join(', ')}. Run \`npm run schemas\` and commit them.`)
    process.exit(1)
  }
  console.log(stale.length === 0 ? 'Schemas are up to date.' : `Wrote ${stale.join(', ')}.`)
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => kindOfFile(relative(dir, f)) !== undefined)
    .sort()
}

function validate(files: readonly string[]): void {
  const contentDir = resolve(process.cwd(), process.env.CONTENT_DIR ?? 'content')
  const check = schemaChecker()
  const list = files.length > 0 ? files.map((f) => resolve(process.cwd(), f)) : filesUnder(contentDir)
  let bad = 0
  for (const file of list) {
    const problems = check(relative(contentDir, file), readFileSync(file, 'utf8'))
    if (problems.length === 0) continue
    bad += 1
    console.error(`\n${relative(process.cwd(), file)}`)
    for (const p of problems) console.error(`  ✖ ${p}`)
  }
  if (bad > 0) {
    console.error(`\n${bad} of ${list.length} files do not match their schema.`)
    process.exit(1)
  }
  console.log(`${list.length} files match their schemas.`)
}

if (args[0] === '--validate') validate(args.slice(1))
else write(args.includes('--check'))
