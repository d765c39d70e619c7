/** `npm run build`'s plan (scripts/build/plan.ts) and how a step runs (scripts/build/run.ts). */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILD_PLAN, expandPlan } from '../../scripts/build/plan'
import { runPhases, startStep } from '../../scripts/build/run'

const pkg: { scripts: Record<string, string> } = JSON.parse(readFileSync('package.json', 'utf8'))

describe('the build plan', () => {
  it('runs the steps after the export side by side, everything else one after another, deleting last', () => {
    const phases = expandPlan(BUILD_PLAN, pkg.scripts).map((phase) =>
      phase.map((command) => command.replace(/^.*?(scripts\/[\w-]+\.(?:ts|sh)).*$/, '$1')),
    )
    expect(phases).toEqual([
      ['scripts/site-env.ts'],
      ['scripts/content.ts'],
      ['scripts/check.ts'],
      ['next build'],
      ['scripts/build-data.ts', 'scripts/build-islands.ts', 'scripts/build-search.ts', 'scripts/build-embed.ts'],
      ['scripts/prune-runtime.ts'],
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
  it('reports its exit code, its output (without the shell’s times) and its CPU time', async () => {
    const result = await startStep('echo out; echo err >&2; exit 3', { cwd: '.', env: process.env }).done
    expect(result.code).toBe(3)
    expect(result.output.trim().split('\n').sort()).toEqual(['err', 'out'])
    expect(result.cpuTimes?.user).toBeGreaterThanOrEqual(0)
    expect(result.cpuTimes?.system).toBeGreaterThanOrEqual(0)
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

describe('the phases', () => {
  const run = async (phases: string[][]) => {
    let text = ''
    const failed = await runPhases(phases, { cwd: '.', env: process.env, write: (t) => (text += t.toString()) })
    return { failed, text }
  }

  it('runs the steps of a phase side by side, and the next phase after them', async () => {
    const started = performance.now()
    const { failed, text } = await run([['sleep 0.4; echo a', 'sleep 0.4; echo b'], ['echo c']])
    expect(failed).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(790)
    expect(text.indexOf('c\n')).toBeGreaterThan(Math.max(text.indexOf('a\n'), text.indexOf('b\n')))
    expect(text).toMatch(/── done in [\d.]+ s, [\d.]+ s CPU: echo c/)
  })

  it('stops at the first failure: its output, command and exit code said; the others ended; no later phase', async () => {
    const started = performance.now()
    const { failed, text } = await run([['echo broken >&2; exit 4', 'sleep 20; echo late'], ['echo never']])
    expect(failed?.code).toBe(4)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(text).toContain('broken')
    expect(text.trimEnd().endsWith('build failed (exit code 4): echo broken >&2; exit 4')).toBe(true)
    expect(text).not.toMatch(/sleep 20|late|never/)
  })
})
