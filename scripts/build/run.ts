/**
 * Runs one step of the build (scripts/build/plan.ts) in bash, in its own process group, and
 * measures it: wall time, and the CPU time of everything it ran (bash's `times`, printed last).
 * Output is collected (and passed on as it comes when asked); `stop()` ends the step's whole group.
 */
import { spawn } from 'node:child_process'
import { childCpuSeconds, withoutTimes } from './plan'

export interface StepResult {
  command: string
  code: number
  seconds: number
  cpuSeconds: number | undefined
  /** What the step printed (stdout and stderr, as they came), without the `times` lines. */
  output: string
}

export interface RunningStep {
  pid: number | undefined
  done: Promise<StepResult>
  stop(): void
}

export interface StepOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Called with each piece of output as it comes. */
  onOutput?: (chunk: Buffer) => void
}

export function startStep(command: string, { cwd, env, onOutput }: StepOptions): RunningStep {
  const started = performance.now()
  // In a subshell, so that a step's own `exit` still reaches `times`.
  const child = spawn('bash', ['-c', `(\n${command}\n)\n__rc=$?\ntimes >&2\nexit $__rc`], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const chunks: Buffer[] = []
  const collect = (chunk: Buffer) => {
    chunks.push(chunk)
    onOutput?.(chunk)
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const done = new Promise<StepResult>((resolve) => {
    child.on('close', (code) => {
      const log = Buffer.concat(chunks).toString()
      resolve({
        command,
        code: code ?? 1,
        seconds: +((performance.now() - started) / 1000).toFixed(1),
        cpuSeconds: childCpuSeconds(log),
        output: withoutTimes(log),
      })
    })
  })
  return {
    pid: child.pid,
    done,
    stop() {
      if (child.pid === undefined || child.exitCode !== null) return
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // the group has already gone
      }
    },
  }
}
