/** How the content stage splits a large content folder (scripts/content/chunks.ts). */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { linkChunk, planChunks } from '../../scripts/content/chunks'

const temp: string[] = []
afterEach(() => {
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function folder(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'oc-chunks-'))
  temp.push(dir)
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), file)
  }
  return dir
}

/** Every link under `dir`: its path relative to `dir` → where it points. */
function links(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) walk(path)
      else found[relative(dir, path)] = entry.isSymbolicLink() ? readlinkSync(path) : 'not a link'
    }
  }
  walk(dir)
  return found
}

describe('planChunks', () => {
  it('keeps an incident with its English analysis and puts every other record in the first chunk', () => {
    const files = [
      'incidents/a.md',
      'incidents/b.md',
      'incidents/c.md',
      'incidents/en/a.md',
      'incidents/en/c.md',
      'sources/s.yaml',
    ]
    expect(planChunks(files, 2)).toEqual([
      ['incidents/a.md', 'incidents/en/a.md', 'sources/s.yaml'],
      ['incidents/b.md', 'incidents/c.md', 'incidents/en/c.md'],
    ])
  })
})

describe('linkChunk', () => {
  it('links exactly the chunk’s files, keeping the right links and removing the rest on the next build', () => {
    const content = folder(['incidents/a.md', 'incidents/b.md', 'incidents/c.md', 'sources/s.yaml'])
    const chunk = folder([])
    const linked = linkChunk(content, chunk, ['incidents/a.md', 'incidents/b.md'])
    expect(links(linked)).toEqual({
      'incidents/a.md': join(content, 'incidents/a.md'),
      'incidents/b.md': join(content, 'incidents/b.md'),
    })
    expect(readFileSync(join(linked, 'incidents/b.md'), 'utf8')).toBe('incidents/b.md')

    // A stray file and a link to another folder are replaced; a link no longer in the chunk goes.
    writeFileSync(join(linked, 'incidents/stray.md'), 'stray')
    rmSync(join(linked, 'incidents/b.md'))
    const other = folder(['incidents/b.md'])
    linkChunk(other, chunk, ['incidents/b.md'])
    linkChunk(content, chunk, ['incidents/b.md', 'incidents/c.md', 'sources/s.yaml'])
    expect(links(linked)).toEqual({
      'incidents/b.md': join(content, 'incidents/b.md'),
      'incidents/c.md': join(content, 'incidents/c.md'),
      'sources/s.yaml': join(content, 'sources/s.yaml'),
    })
  })
})
