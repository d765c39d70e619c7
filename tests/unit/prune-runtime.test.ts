/** The build's last step deletes Next's runtime files from out/ and nothing else (scripts/islands/prune.ts). */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { pruneRuntimeFiles } from '../../scripts/islands/prune'

let out = ''
afterEach(() => rmSync(out, { recursive: true, force: true }))

function tree(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(out, join(e.parentPath, e.name)))
    .sort()
}

it('deletes the RSC payloads and the runtime scripts at every depth, and keeps pages, styles, data and fonts', async () => {
  out = mkdtempSync(join(tmpdir(), 'oc-prune-'))
  const kept = [
    'index.html',
    'incidents/a/index.html',
    'incidents/a/timeline.json',
    'en/incidents/a/b/index.html',
    'notes.txt',
    '_next/static/chunks/site.css',
    '_next/static/media/font.woff2',
    '_islands/search-abc.js',
  ]
  const deleted = [
    'index.txt',
    '__next._tree.txt',
    'incidents/a/index.txt',
    'incidents/a/__next.!KGtvKQ.incidents.$d$id.__PAGE__.txt',
    'en/incidents/a/b/__next._full.txt',
    '_next/static/chunks/runtime.js',
  ]
  for (const file of [...kept, ...deleted]) {
    mkdirSync(dirname(join(out, file)), { recursive: true })
    writeFileSync(join(out, file), file)
  }
  expect(await pruneRuntimeFiles(out)).toBe(deleted.length)
  expect(tree(out)).toEqual([...kept].sort())
})
