/** The axis benchmark's pure parts (bench/axis-frames.ts): percentiles of frame times, and which files an island loads. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { frameStats, islandFiles, percentile } from '../../bench/axis-frames'

describe('percentile (nearest rank)', () => {
  it.each([
    [[], 95, 0],
    [[16.7], 95, 16.7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
  ])('%j p%i = %d', (sorted, p, expected) => {
    expect(percentile(sorted, p)).toBe(expected)
  })
})

describe('frameStats', () => {
  it('counts the frames over 16.7 ms (a vsync frame measured as 16.8 is not over)', () => {
    const deltas = [...Array(18).fill(16.7), 16.8, 33.3]
    expect(frameStats(deltas)).toEqual({ frames: 20, p50: 16.7, p95: 16.8, max: 33.3, over: 1 })
  })
})

describe('islandFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'axis-bench-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  it('follows static imports and re-exports once each, and not dynamic imports', () => {
    const islands = join(dir, '_islands')
    rmSync(islands, { recursive: true, force: true })
    mkdirSync(islands)
    writeFileSync(
      join(islands, 'time-axis-A.js'),
      'import{a as b}from"./chunk-1.js";import"./chunk-2.js";export{c}from"./chunk-1.js";',
    )
    writeFileSync(
      join(islands, 'chunk-1.js'),
      'import{x}from"./chunk-2.js";const l=()=>import("./chunk-lazy.js");export{x as a}',
    )
    writeFileSync(join(islands, 'chunk-2.js'), 'export const x=1')
    expect(islandFiles(dir, '/_islands/time-axis-A.js').sort()).toEqual([
      '/_islands/chunk-1.js',
      '/_islands/chunk-2.js',
      '/_islands/time-axis-A.js',
    ])
  })
})
