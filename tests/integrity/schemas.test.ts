/** The editor schemas: generated from the content model, committed as generated, and every real content file matches them. */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kindOfFile, SCHEMA_DIR, schemaChecker, schemaFiles } from '../../scripts/schema-files'

const repo = resolve(import.meta.dirname, '../..')
const content = resolve(repo, 'content')

describe('the committed schemas', () => {
  it.each([...schemaFiles()])('%s is what `npm run schemas` generates from the content model', (name, text) => {
    expect(readFileSync(resolve(repo, SCHEMA_DIR, name), 'utf8'), 'run `npm run schemas` and commit the result').toBe(
      text,
    )
  })

  it('schemas/ holds nothing else', () => {
    expect(readdirSync(resolve(repo, SCHEMA_DIR)).sort()).toEqual([...schemaFiles().keys()].sort())
  })

  it('the editor settings point every YAML kind at its schema', () => {
    const settings = readFileSync(resolve(repo, '.vscode/settings.json'), 'utf8')
    for (const [schema, glob] of [
      ['source', 'content/sources/*.yaml'],
      ['entity', 'content/entities/*.yaml'],
      ['factor', 'content/factors/*.yaml'],
      ['policy', 'content/policies/*.yaml'],
      ['thesaurus', 'content/thesaurus/*.yaml'],
    ])
      expect(settings).toContain(`"./schemas/${schema}.schema.json": "${glob}"`)
  })
})

describe('every content file matches its schema', () => {
  const files = readdirSync(content, { recursive: true, encoding: 'utf8' })
    .filter((f) => kindOfFile(f) !== undefined)
    .sort()
  const check = schemaChecker()

  it('covers every record', () => {
    expect(files.length).toBeGreaterThan(300)
  })

  it.each(files)('%s', (file) => {
    expect(check(file, readFileSync(join(content, file), 'utf8'))).toEqual([])
  })
})
