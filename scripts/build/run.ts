/**
 * Runs one step of the build (scripts/build/plan.ts) in bash, in its own process group, and
 * measures it: wall time, and the CPU time of everything it ran (bash's `times`, on a pipe of its own).
 * Output is collected (and passed on as it comes when asked); `stop()` ends the step's whole group.
 */
import { spawn } from 'node:child_process'
import { type CpuTimes, childCpuTimes, cpuTotal } from './plan'

export interface StepResult {
  command: string
  code: number
  seconds: number
  /** User and system CPU time of everything it ran (system time swings a lot on this VM). */
  cpuTimes: CpuTimes | undefined
  /** What the step printed (stdout and stderr, as they came). */
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
  // In a subshell, so that a step's own `exit` still reaches `times`, which writes to a pipe of its own.
  const child = spawn('bash', ['-c', `(\n${command}\n)\n__rc=$?\ntimes >&3\nexit $__rc`], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  })
  let times = ''
  child.stdio[3]?.on('data', (b: Buffer) => {
    times += b.toString()
  })
  const chunks: Buffer[] = []
  const collect = (chunk: Buffer) => {
    chunks.push(chunk)
    onOutput?.(chunk)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const done = new Promise<StepResult>((resolve) => {
    child.on('close', (code) => {
      resolve({
        command,
        code: code ?? 1,
        seconds: +((performance.now() - started) / 1000).toFixed(1),
        cpuTimes: childCpuTimes(times),
        output: Buffer.concat(chunks).toString(),
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

export interface PlanOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Where the build's report goes (stdout in `npm run build`). */
  write: (text: string | Buffer) => void
}

const cpuText = (r: StepResult) => {
  const cpu = cpuTotal(r.cpuTimes)
  return cpu === undefined ? '' : `, ${cpu.toFixed(1)} s CPU`
}

/**
 * Runs the phases one after another, the steps of a phase side by side: a step alone prints as it
 * goes, steps side by side print their output when each ends. The first step that fails ends the
 * others of its phase and the build: its command and exit code are said last. Resolves to the
 * failed step, or undefined when every step succeeded.
 */
export async function runPhases(
  phases: readonly (readonly string[])[],
  { cwd, env, write }: PlanOptions,
): Promise<StepResult | undefined> {
  for (const phase of phases) {
    const alone = phase.length === 1
    const steps = phase.map((command) => startStep(command, { cwd, env, onOutput: alone ? write : undefined }))
    let failed: StepResult | undefined
    await Promise.all(
      steps.map(async (step) => {
        const result = await step.done
        // A step ended because another failed says nothing.
        if (failed !== undefined) return
        if (!alone) write(`\n── ${result.command}\n${result.output.trimEnd()}\n`)
        if (result.code === 0) {
          write(`── done in ${result.seconds.toFixed(1)} s${cpuText(result)}: ${result.command}\n`)
          return
        }
        if (failed === undefined) {
          failed = result
          for (const other of steps) other.stop()
        }
      }),
    )
    if (failed) {
      write(`\nbuild failed (exit code ${failed.code}): ${failed.command}\n`)
      return failed
    }
  }
  return undefined
}
