/** `npm run build`'s plan (scripts/build/plan.ts) and how a step runs (scripts/build/run.ts). */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILD_PLAN, expandPlan, withoutTimes } from '../../scripts/build/plan'
import { startStep } from '../../scripts/build/run'

const pkg: { scripts: Record<string, string> } = JSON.parse(readFileSync('package.json', 'utf8'))

describe('the build plan', () => {
  it('runs the steps after the export side by side, everything else one after another', () => {
    const phases = expandPlan(BUILD_PLAN, pkg.scripts).map((phase) =>
      phase.map((command) => command.replace(/^.*?(scripts\/[\w-]+\.(?:ts|sh)).*$/, '$1')),
    )
    expect(phases).toEqual([
      ['scripts/site-env.ts'],
      ['scripts/content.ts'],
      ['scripts/check.ts'],
      ['next build'],
      ['scripts/build-data.ts', 'scripts/build-islands.ts', 'scripts/build-search.ts', 'scripts/build-embed.ts'],
      ['scripts/build-if-stale.sh'],
    ])
  })

  it('expands `npm run x` into x’s commands, and refuses what it cannot run', () => {
    const scripts = { a: 'one && npm run b', b: 'two && three', loop: 'npm run loop' }
    expect(expandPlan([['npm run a'], ['four']], scripts)).toEqual([['one'], ['two'], ['three'], ['four']])
    expect(() => expandPlan([['npm run nope']], scripts)).toThrow('package.json has no script "nope"')
    expect(() => expandPlan([['npm run loop']], scripts)).toThrow('"loop" runs itself')
    expect(() => expandPlan([['x', 'npm run a']], scripts)).toThrow('side by side cannot be "npm run a"')
  })
})

describe('a step', () => {
  it('reports its exit code, its output without the shell’s times, and its CPU time', async () => {
    const result = await startStep('echo out; echo err >&2; exit 3', { cwd: '.', env: process.env }).done
    expect(result.code).toBe(3)
    expect(result.output.split('\n').sort()).toEqual(['err', 'out'])
    expect(result.cpuSeconds).toBeGreaterThanOrEqual(0)
    expect(withoutTimes('plain')).toBe('plain')
  })

  it('stop() ends every process the step started', async () => {
    const step = startStep('sleep 30 & sleep 30; echo never', { cwd: '.', env: process.env })
    await new Promise((r) => setTimeout(r, 200))
    step.stop()
    const result = await step.done
    expect(result.code).not.toBe(0)
    expect(result.output).not.toContain('never')
    expect(result.seconds).toBeLessThan(10)
  })
})
