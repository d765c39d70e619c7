/**
 * `npm run build`: the steps of scripts/build/plan.ts, phase after phase; the steps of a phase side
 * by side (a step alone prints as it goes, steps side by side print their output when each ends).
 * The first step that fails stops the build: the other steps of its phase are ended, its output
 * is printed with the command, and the build exits 1. Each step's time is printed as it ends.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUILD_PLAN, expandPlan } from './build/plan'
import { type StepResult, startStep } from './build/run'

const root = join(import.meta.dirname, '..')

function packageScripts(): Record<string, string> {
  const pkg: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const scripts = typeof pkg === 'object' && pkg !== null ? Reflect.get(pkg, 'scripts') : undefined
  const out: Record<string, string> = {}
  if (typeof scripts !== 'object' || scripts === null) return out
  for (const [name, value] of Object.entries(scripts)) if (typeof value === 'string') out[name] = value
  return out
}

const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}` }
const cpu = (r: StepResult) => (r.cpuSeconds === undefined ? '' : `, ${r.cpuSeconds.toFixed(1)} s CPU`)
const started = performance.now()

for (const phase of expandPlan(BUILD_PLAN, packageScripts())) {
  const alone = phase.length === 1
  const steps = phase.map((command) =>
    startStep(command, { cwd: root, env, onOutput: alone ? (chunk) => process.stdout.write(chunk) : undefined }),
  )
  const failed = await new Promise<StepResult | undefined>((resolve) => {
    let left = steps.length
    for (const step of steps) {
      void step.done.then((result) => {
        if (!alone) process.stdout.write(`\n── ${result.command}\n${result.output.trimEnd()}\n`)
        if (result.code !== 0) {
          for (const other of steps) other.stop()
          resolve(result)
          return
        }
        console.log(`── done in ${result.seconds.toFixed(1)} s${cpu(result)}: ${result.command}`)
        left -= 1
        if (left === 0) resolve(undefined)
      })
    }
  })
  if (failed) {
    await Promise.allSettled(steps.map((s) => s.done))
    console.error(`\nbuild failed (exit code ${failed.code}): ${failed.command}`)
    process.exitCode = 1
    break
  }
}
if (process.exitCode === undefined) console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
