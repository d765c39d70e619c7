/**
 * `npm run build`: the steps of scripts/build/plan.ts, phase after phase, the steps of a phase side
 * by side (scripts/build/run.ts). The first step that fails stops the build: the other steps of
 * its phase are ended, its output is printed with the command, and the build exits 1. Each step's
 * time is printed as it ends.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUILD_PLAN, expandPlan } from './build/plan'
import { runPhases } from './build/run'

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
const started = performance.now()
const failed = await runPhases(expandPlan(BUILD_PLAN, packageScripts()), {
  cwd: root,
  env,
  write: (text) => process.stdout.write(text),
})
if (failed) process.exitCode = 1
else console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
