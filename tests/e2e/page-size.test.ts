/**
 * No built page is heavier than 300 KB of HTML (300,000 bytes): a reader on a phone downloads and
 * parses all of it before the page settles, and the longest records (Pangyo, NIRS) are the ones
 * people open most. Over every HTML file in out/.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const out = resolve(import.meta.dirname, '../../out')
const LIMIT = 300_000

function* pages(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* pages(path)
    else if (entry.name.endsWith('.html')) yield path
  }
}

describe('page weight', () => {
  it('every built HTML page is at most 300 KB', () => {
    const sizes = [...pages(out)].map((p) => ({ page: relative(out, p), bytes: statSync(p).size }))
    expect(sizes.length).toBeGreaterThan(100)
    expect(sizes.filter((s) => s.bytes > LIMIT)).toEqual([])
  })
})
