/**
 * `npm run bench:build -- --incidents N [--keep]`: the full build of the real content plus N
 * generated incidents (bench/incident-generator.ts), timed stage by stage.
 *
 * It never touches content/, out/ or .next/ of the checkout: the sources are copied into a
 * temporary folder (node_modules hard-linked), the content is copied into another one with the
 * generated incidents added, and the build runs there with CONTENT_DIR pointing at it. The
 * stages are the commands of `npm run build` as package.json spells them (each `npm run x`
 * expanded), so the benchmark follows the build. For each stage: wall time and the peak resident
 * memory of its process tree (the sum of VmRSS over the process and its descendants, sampled
 * every 200 ms; shared pages count once per process, so this errs high). Then pages per second
 * (Next's static generation), the size of out/, its largest HTML page, and the load average
 * before and after (the machine is shared: numbers taken while it is busy are noisy).
 * Writes bench/results/build.json.
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  createWriteStream,
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
import { childCpuSeconds, type NextStats, parseNextLog, stageName } from './build-stages'
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

/** The commands of `npm run build`, each `npm run x` replaced by x's own commands. */
function buildCommands(): string[] {
  const pkg: unknown = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'))
  const scripts = typeof pkg === 'object' && pkg !== null ? Reflect.get(pkg, 'scripts') : undefined
  const script = (name: string): string => {
    const s: unknown = typeof scripts === 'object' && scripts !== null ? Reflect.get(scripts, name) : undefined
    if (typeof s !== 'string') throw new Error(`package.json has no script "${name}"`)
    return s
  }
  const expand = (line: string): string[] =>
    line.split(' && ').flatMap((part) => {
      const run = /^npm run (\S+)$/.exec(part.trim())
      return run?.[1] ? expand(script(run[1])) : [part.trim()]
    })
  return expand(script('build'))
}

interface StageResult {
  name: string
  command: string
  seconds: number
  /** User + system CPU time of the stage's processes: less sensitive than wall time to a busy machine. */
  cpuSeconds: number | undefined
  peakRssMiB: number
}

async function runStage(index: number, command: string): Promise<StageResult> {
  const name = stageName(command)
  const log = join(logs, `${index}-${name.replace(/\W+/g, '-')}.log`)
  const out = createWriteStream(log)
  const started = performance.now()
  // bash's `times` prints, last, the CPU time of the shell's waited-for children: the whole stage.
  const child = spawn('bash', ['-c', `${command}\n__rc=$?\ntimes >&2\nexit $__rc`], {
    cwd: site,
    env: {
      ...process.env,
      PWD: site,
      CONTENT_DIR: content,
      NEXT_TELEMETRY_DISABLED: '1',
      PATH: `${join(site, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.pipe(out, { end: false })
  child.stderr.pipe(out, { end: false })
  let peak = 0
  const sample = () => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid))
  }
  const timer = setInterval(sample, 200)
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)))
  clearInterval(timer)
  await new Promise<void>((done) => out.end(done))
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) {
    const text = readFileSync(log, 'utf8')
    console.error(text.slice(-4000))
    throw new Error(`stage "${name}" (${command}) failed with exit code ${code}; log: ${log}`)
  }
  const result: StageResult = {
    name,
    command,
    seconds: +seconds.toFixed(1),
    cpuSeconds: childCpuSeconds(readFileSync(log, 'utf8')),
    peakRssMiB: Math.round(peak / 1024 / 1024),
  }
  const cpu = result.cpuSeconds === undefined ? '?' : result.cpuSeconds.toFixed(1)
  console.log(
    `  ${name.padEnd(14)} ${result.seconds.toFixed(1).padStart(7)} s  ${cpu.padStart(7)} s CPU  ${String(result.peakRssMiB).padStart(5)} MiB`,
  )
  return result
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
  for (const [i, command] of buildCommands().entries()) stages.push(await runStage(i, command))
  const totalSeconds = +((performance.now() - started) / 1000).toFixed(1)
  const pagesStage = stages.findIndex((s) => s.name === 'pages')
  const next: NextStats | undefined =
    pagesStage === -1 ? undefined : parseNextLog(readFileSync(join(logs, `${pagesStage}-pages.log`), 'utf8'))
  const out = measureOut(join(site, 'out'))
  const result = {
    incidents: {
      generated: incidents,
      total: readdirSync(join(content, 'incidents')).filter((f) => f.endsWith('.md')).length,
    },
    totalSeconds,
    totalCpuSeconds: +stages.reduce((n, s) => n + (s.cpuSeconds ?? 0), 0).toFixed(1),
    peakRssMiB: Math.max(...stages.map((s) => s.peakRssMiB)),
    stages,
    next,
    pagesPerSecond: next?.pages && next.generateSeconds ? +(next.pages / next.generateSeconds).toFixed(1) : undefined,
    out: { ...out, mib: +(out.bytes / 1024 / 1024).toFixed(1) },
    machine: { cpus: cpus().length, memoryGiB: +(totalmem() / 1024 ** 3).toFixed(1), loadBefore, loadAfter: load() },
    date: new Date().toISOString(),
  }
  mkdirSync(join(REPO, 'bench/results'), { recursive: true })
  writeFileSync(join(REPO, 'bench/results/build.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(
    `total ${totalSeconds} s (${result.totalCpuSeconds} s CPU), peak ${result.peakRssMiB} MiB; ${next?.pages ?? '?'} pages generated by ${next?.workers ?? '?'} worker(s) in ${next?.generateSeconds ?? '?'} s (${result.pagesPerSecond ?? '?'}/s)`,
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
  else rmSync(work, { recursive: true, force: true })
}
