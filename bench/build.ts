/**
 * `npm run bench:build -- --incidents N [--keep]`: the full build of the real content plus N
 * generated incidents (bench/incident-generator.ts), timed stage by stage.
 *
 * It never touches content/, out/ or .next/ of the checkout: the sources are copied into a
 * temporary folder (node_modules hard-linked), the content is copied into another one with the
 * generated incidents added, and the build runs there with CONTENT_DIR pointing at it. The
 * stages are the steps of `npm run build` in its phases (scripts/build/plan.ts, each `npm run x`
 * expanded), run as the build runs them (the steps of a phase side by side), so the benchmark
 * follows the build. For each stage: wall time, CPU time and the peak resident memory of its
 * process tree (the sum of VmRSS over the process and its descendants, sampled every 200 ms;
 * shared pages count once per process, so this errs high); for a phase of stages side by side,
 * its wall time and the peak of their memory together. Then pages per second
 * (Next's static generation), the size of out/, its largest HTML page, and the load average
 * before and after (the machine is shared: numbers taken while it is busy are noisy). The first
 * step of a phase that fails ends the others, as in `npm run build`. CPU time is reported as user
 * and system apart: on this machine system time swings from run to run (file creation right after
 * mass deletion: scripts/prune-runtime.ts), so wait a few minutes after deleting a build before
 * measuring one; this benchmark's own clean-up is such a deletion.
 * Writes bench/results/build.json.
 */
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { generateIncidents, readTemplates } from './incident-generator'
import { BUILD_PLAN, cpuTotal, expandPlan } from '../scripts/build/plan'
import { startStep } from '../scripts/build/run'
import { type NextStats, parseNextLog, stageName } from './build-stages'
import { treeRss } from './process-tree'

const REPO = resolve(import.meta.dirname, '..')

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i === -1 ? undefined : process.argv[i + 1]
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not "${value}"`)
  return n
}

const incidents = option('incidents', 1000)
const keep = process.argv.includes('--keep')
const work = mkdtempSync(join(tmpdir(), 'oc-bench-build-'))
const site = join(work, 'site')
const content = join(work, 'content')
const logs = join(work, 'logs')

/** The checkout's own files (tracked or not ignored), without content, tests and benchmarks. */
function copySources(): void {
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0')) {
    if (file === '' || /^(content|tests|bench)\//.test(file)) continue
    mkdirSync(dirname(join(site, file)), { recursive: true })
    try {
      copyFileSync(join(REPO, file), join(site, file))
    } catch {
      // a file listed by git but deleted in the working tree
    }
  }
  const linked = spawnSync('cp', ['-al', join(REPO, 'node_modules'), join(site, 'node_modules')])
  if (linked.status !== 0) symlinkSync(join(REPO, 'node_modules'), join(site, 'node_modules'))
}

function writeContent(): number {
  cpSync(join(REPO, 'content'), content, { recursive: true })
  let files = 0
  for (const file of generateIncidents(readTemplates(content), incidents)) {
    writeFileSync(join(content, file.path), file.content)
    files += 1
  }
  return files
}

/** The phases of `npm run build` (scripts/build/plan.ts), each `npm run x` replaced by x's own commands. */
function buildPhases(): string[][] {
  const pkg: unknown = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'))
  const raw = typeof pkg === 'object' && pkg !== null ? Reflect.get(pkg, 'scripts') : undefined
  const scripts: Record<string, string> = {}
  if (typeof raw === 'object' && raw !== null)
    for (const [name, value] of Object.entries(raw)) if (typeof value === 'string') scripts[name] = value
  return expandPlan(BUILD_PLAN, scripts)
}

interface StageResult {
  name: string
  command: string
  /** The phase it ran in: the stages of one phase ran side by side. */
  phase: number
  seconds: number
  /** User + system CPU time of the stage's processes: less sensitive than wall time to a busy machine. */
  cpuSeconds: number | undefined
  /** Its user and system parts: system time swings from run to run on this VM, user time much less. */
  userSeconds: number | undefined
  systemSeconds: number | undefined
  peakRssMiB: number
}

interface PhaseResult {
  stages: string[]
  seconds: number
  cpuSeconds: number
  /** Peak of the sum of the side-by-side stages' memory. */
  peakRssMiB: number
}

const stageEnv = {
  ...process.env,
  PWD: site,
  CONTENT_DIR: content,
  NEXT_TELEMETRY_DISABLED: '1',
  PATH: `${join(site, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
}
const mib = (bytes: number) => Math.round(bytes / 1024 / 1024)

/** Runs one phase's stages side by side, each with its log; stops at the first failure. */
async function runPhase(index: number, commands: readonly string[]): Promise<[PhaseResult, StageResult[]]> {
  const started = performance.now()
  const running = commands.map((command) => startStep(command, { cwd: site, env: stageEnv }))
  const peaks = running.map(() => 0)
  let phasePeak = 0
  const sample = () => {
    let sum = 0
    running.forEach((step, i) => {
      if (step.pid === undefined) return
      const rss = treeRss(step.pid)
      peaks[i] = Math.max(peaks[i] ?? 0, rss)
      sum += rss
    })
    phasePeak = Math.max(phasePeak, sum)
  }
  const timer = setInterval(sample, 200)
  // As `npm run build` does: the first step that fails ends the others of its phase.
  const results = await Promise.all(
    running.map(async (step) => {
      const result = await step.done
      if (result.code !== 0) for (const other of running) if (other !== step) other.stop()
      return result
    }),
  )
  clearInterval(timer)
  const seconds = +((performance.now() - started) / 1000).toFixed(1)
  const stages = results.map((r, i): StageResult => {
    const name = stageName(r.command)
    writeFileSync(join(logs, `${index}-${i}-${name.replace(/\W+/g, '-')}.log`), r.output)
    return {
      name,
      command: r.command,
      phase: index,
      seconds: r.seconds,
      cpuSeconds: cpuTotal(r.cpuTimes),
      userSeconds: r.cpuTimes?.user,
      systemSeconds: r.cpuTimes?.system,
      peakRssMiB: mib(peaks[i] ?? 0),
    }
  })
  // The step that failed first: the others of its phase were ended by it.
  const failed = results.filter((r) => r.code !== 0).sort((a, b) => a.seconds - b.seconds)[0]
  if (failed) {
    console.error(failed.output.slice(-4000))
    throw new Error(
      `stage "${stageName(failed.command)}" (${failed.command}) failed with exit code ${failed.code}; logs: ${logs}`,
    )
  }
  for (const r of stages) {
    const cpu = r.cpuSeconds === undefined ? '?' : r.cpuSeconds.toFixed(1)
    const split = r.userSeconds === undefined ? '' : ` (user ${r.userSeconds}, system ${r.systemSeconds})`
    console.log(
      `  ${r.name.padEnd(14)} ${r.seconds.toFixed(1).padStart(7)} s  ${cpu.padStart(7)} s CPU${split}  ${String(r.peakRssMiB).padStart(5)} MiB`,
    )
  }
  const phase: PhaseResult = {
    stages: stages.map((r) => r.name),
    seconds,
    cpuSeconds: +stages.reduce((n, r) => n + (r.cpuSeconds ?? 0), 0).toFixed(1),
    peakRssMiB: mib(phasePeak),
  }
  if (stages.length > 1)
    console.log(
      `  ${'side by side'.padEnd(14)} ${seconds.toFixed(1).padStart(7)} s  ${phase.cpuSeconds.toFixed(1).padStart(7)} s CPU  ${String(phase.peakRssMiB).padStart(5)} MiB (${phase.stages.join(', ')})`,
    )
  return [phase, stages]
}

function measureOut(dir: string) {
  let files = 0
  let bytes = 0
  let pages = 0
  let largest = { path: '', bytes: 0 }
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        const size = statSync(full).size
        files += 1
        bytes += size
        if (entry.name.endsWith('.html')) {
          pages += 1
          if (size > largest.bytes) largest = { path: relative(dir, full), bytes: size }
        }
      }
    }
  }
  walk(dir)
  return { files, bytes, htmlPages: pages, largestHtml: largest }
}

const load = () => loadavg().map((x) => +x.toFixed(2))
const loadBefore = load()
console.log(`build benchmark: real content + ${incidents} generated incidents, in ${work}`)
mkdirSync(logs, { recursive: true })
const setupStarted = performance.now()
copySources()
const generatedFiles = writeContent()
console.log(
  `  setup          ${((performance.now() - setupStarted) / 1000).toFixed(1).padStart(7)} s  (${generatedFiles} files generated)`,
)

try {
  const started = performance.now()
  const stages: StageResult[] = []
  const phases: PhaseResult[] = []
  for (const [i, commands] of buildPhases().entries()) {
    const [phase, ran] = await runPhase(i, commands)
    phases.push(phase)
    stages.push(...ran)
  }
  const totalSeconds = +((performance.now() - started) / 1000).toFixed(1)
  const pagesStage = stages.find((s) => s.name === 'pages')
  const next: NextStats | undefined =
    pagesStage === undefined
      ? undefined
      : parseNextLog(readFileSync(join(logs, `${pagesStage.phase}-0-pages.log`), 'utf8'))
  const out = measureOut(join(site, 'out'))
  const result = {
    incidents: {
      generated: incidents,
      total: readdirSync(join(content, 'incidents')).filter((f) => f.endsWith('.md')).length,
    },
    totalSeconds,
    totalCpuSeconds: +stages.reduce((n, s) => n + (s.cpuSeconds ?? 0), 0).toFixed(1),
    totalUserSeconds: +stages.reduce((n, s) => n + (s.userSeconds ?? 0), 0).toFixed(1),
    totalSystemSeconds: +stages.reduce((n, s) => n + (s.systemSeconds ?? 0), 0).toFixed(1),
    peakRssMiB: Math.max(...phases.map((p) => p.peakRssMiB)),
    stages,
    phases,
    next,
    pagesPerSecond: next?.pages && next.generateSeconds ? +(next.pages / next.generateSeconds).toFixed(1) : undefined,
    out: { ...out, mib: +(out.bytes / 1024 / 1024).toFixed(1) },
    machine: { cpus: cpus().length, memoryGiB: +(totalmem() / 1024 ** 3).toFixed(1), loadBefore, loadAfter: load() },
    date: new Date().toISOString(),
  }
  mkdirSync(join(REPO, 'bench/results'), { recursive: true })
  writeFileSync(join(REPO, 'bench/results/build.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(
    `total ${totalSeconds} s (${result.totalCpuSeconds} s CPU: user ${result.totalUserSeconds}, system ${result.totalSystemSeconds}), peak ${result.peakRssMiB} MiB; ${next?.pages ?? '?'} pages generated by ${next?.workers ?? '?'} worker(s) in ${next?.generateSeconds ?? '?'} s (${result.pagesPerSecond ?? '?'}/s)`,
  )
  console.log(
    `out/: ${out.files} files, ${result.out.mib} MiB, ${out.htmlPages} HTML pages, largest ${out.largestHtml.path} (${(out.largestHtml.bytes / 1024).toFixed(0)} KiB)`,
  )
  console.log(
    `load average before ${loadBefore.join(' ')}, after ${result.machine.loadAfter.join(' ')} (${cpus().length} CPUs)`,
  )
  console.log('written bench/results/build.json')
} finally {
  if (keep) console.log(`kept ${work}`)
  else {
    rmSync(work, { recursive: true, force: true })
    // scripts/prune-runtime.ts: on ext4 without a journal, files created within minutes of many
    // deletions cost far more system time, so a run started right after this one reads slow.
    console.log(`deleted ${work}; let a few minutes pass before the next measurement`)
  }
}
