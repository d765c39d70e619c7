/**
 * HTML validity: the W3C Nu checker (npm `vnu-jar`, run with Java) over every page in out/ (one
 * run, ~25 s), which holds at least one page of every type listed below. Any error fails, with
 * the page, line and message.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import vnu from 'vnu-jar'
import { describe, expect, it } from 'vitest'

const out = resolve(import.meta.dirname, '../../out')
const PANGYO = '2022-10-15-pangyo-datacenter-fire'

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* htmlFiles(path)
    else if (entry.name.endsWith('.html')) yield path
  }
}

/** One page of every type, in both languages where the type has two. */
const PAGES = [
  'index.html',
  'en/index.html',
  `incidents/${PANGYO}/index.html`,
  `en/incidents/${PANGYO}/index.html`,
  'incidents/index.html',
  'en/incidents/index.html',
  'timeline/index.html',
  'en/timeline/index.html',
  'analysis/index.html',
  'en/analysis/index.html',
  'about/index.html',
  'en/about/index.html',
  'search/index.html',
  'en/search/index.html',
  'factors/index.html',
  'factors/single-site-concentration/index.html',
  'entities/index.html',
  'en/entities/kakao/index.html',
  'policies/index.html',
  'policies/policy-2022-kakao-outage-prevention-acts/index.html',
  'sources/index.html',
  'sources/seed-000/index.html',
  'en/sources/seed-000/index.html',
  'embed/index.html',
  'en/embed/index.html',
  'embed/timeline/index.html',
  '404.html',
]

interface NuMessage {
  type: string
  subType?: string
  url?: string
  lastLine?: number
  message: string
  extract?: string
}

function isMessages(v: unknown): v is { messages: NuMessage[] } {
  return typeof v === 'object' && v !== null && 'messages' in v && Array.isArray(v.messages)
}

describe('HTML validity (W3C Nu checker)', () => {
  it('has a page of every type', () => {
    expect(PAGES.filter((p) => !existsSync(resolve(out, p)))).toEqual([])
  })

  it('every page has a meta description (what search engines show under the title)', () => {
    const missing = [...htmlFiles(out)].filter(
      (f) => !/<meta name="description" content="[^"]+"/.test(readFileSync(f, 'utf8')),
    )
    expect(missing.map((f) => f.slice(out.length + 1))).toEqual([])
  })

  it('finds no error on any page', async () => {
    const files = [...htmlFiles(out)]
    expect(files.length).toBeGreaterThan(PAGES.length)
    // The checker exits 1 when it finds errors; its report is JSON on stderr either way.
    const run = promisify(execFile)(
      'java',
      ['-jar', String(vnu), '--format', 'json', '--errors-only', '--exit-zero-always', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    )
    const { stderr } = await run
    const report: unknown = JSON.parse(stderr)
    if (!isMessages(report)) throw new Error(`unexpected checker output: ${stderr.slice(0, 200)}`)
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${(m.url ?? '').replace(`file:${out}/`, '')}:${m.lastLine ?? '?'}: ${m.message}`)
    expect(errors).toEqual([])
  }, 120_000)
})
