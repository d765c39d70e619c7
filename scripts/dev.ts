/**
 * `npm run dev`: live authoring. Runs contentlayer2 in watch mode beside `next dev`: an edit in
 * content/ is regenerated, and Next's dev runtime refreshes the open page. After every change the
 * content check runs (the report `npm run check` prints, from lib/validate/) and prints in this
 * terminal; every page shows the same report instead (components/dev/content-gate.tsx), and so
 * does it show contentlayer2's own error when a file cannot be read at all.
 *
 *   PORT          port of the dev server (default 3000)
 *   CONTENT_DIR   content folder (default content/)
 *   DEV_WORK_DIR  where generated files go (default: the project root, .contentlayer/ and .next/);
 *                 the dev-mode test points it into tests/.work/ so that it never touches them
 *
 * contentlayer2 takes its working folder from $PWD, not the process's: both are set.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { markedIndex } from './dev-report'

const root = resolve(import.meta.dirname, '..')
const bin = (name: string) => resolve(root, 'node_modules/.bin', name)
const contentDir = resolve(process.cwd(), process.env.CONTENT_DIR ?? 'content')
/** The content folder as reports name it: relative to the project, like `npm run check`. */
const shownDir = relative(root, contentDir) || '.'
const work = resolve(process.cwd(), process.env.DEV_WORK_DIR ?? root)
const generated = resolve(work, '.contentlayer/generated')
const port = process.env.PORT ?? '3000'
const children: ChildProcess[] = []

/**
 * The tsconfigs of a work folder: the content check's resolves `contentlayer/generated` there, and
 * Next's is its own copy to adjust (Next adds its type folders to the tsconfig it is given).
 */
function workTsconfigs(): { check: string } {
  if (work === root) return { check: resolve(root, 'tsconfig.scripts.json') }
  mkdirSync(work, { recursive: true })
  const up = relative(work, root)
  const write = (name: string, config: object) => {
    writeFileSync(resolve(work, name), `${JSON.stringify(config, null, 2)}\n`)
    return resolve(work, name)
  }
  write('tsconfig.next.json', { extends: `${up}/tsconfig.json` })
  const check = write('tsconfig.check.json', {
    extends: `${up}/tsconfig.scripts.json`,
    compilerOptions: {
      paths: { 'contentlayer/generated': ['./.contentlayer/generated/index.mjs'], '@/*': [`${up}/*`] },
    },
  })
  return { check }
}

function prefixed(child: ChildProcess, label: string, onLine?: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue
    createInterface({ input: stream }).on('line', (line) => {
      console.log(`${label} ${line}`)
      onLine?.(line)
    })
  }
}

function start(label: string, command: string, args: string[], env: Record<string, string>, cwd = root): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  child.on('exit', (code) => {
    if (code !== null && code !== 0) console.error(`${label} exited with ${code}`)
  })
  return child
}

const tsconfig = workTsconfigs().check
let checking: Promise<void> = Promise.resolve()

/** Runs the content check (scripts/check.ts) on what was just generated and prints its report. */
function runCheck(): void {
  checking = checking.then(
    () =>
      new Promise<void>((done) => {
        const child = start('check │', bin('tsx'), ['--tsconfig', tsconfig, 'scripts/check.ts'], {
          CONTENT_DIR: shownDir,
        })
        prefixed(child, 'check │')
        child.on('exit', () => done())
      }),
  )
}

/** Records contentlayer2's error (or clears it) in its generated index, where the page reads it. */
function markError(error: string | undefined): void {
  const index = resolve(generated, 'index.mjs')
  try {
    const before = readFileSync(index, 'utf8')
    const after = markedIndex(before, error)
    if (after !== before) writeFileSync(index, after)
  } catch {
    // Nothing generated yet: the first build failed. The terminal shows contentlayer2's error.
  }
}

let nextStarted = false
function startNext(): void {
  if (nextStarted) return
  nextStarted = true
  const env: Record<string, string> = { CONTENT_DIR: shownDir, ...(work === root ? {} : { DEV_WORK_DIR: work }) }
  const next = start('next  │', bin('next'), ['dev', '--port', port], env)
  prefixed(next, 'next  │')
}

/** The lines of contentlayer2's current error, recorded once it has finished printing it. */
let error: string[] | undefined
let settle: NodeJS.Timeout | undefined
const contentlayer = start(
  'content │',
  bin('contentlayer2'),
  ['dev', '--config', resolve(root, 'contentlayer.config.ts')],
  { PWD: work, CONTENT_DIR: contentDir },
  work,
)
prefixed(contentlayer, 'content │', (line) => {
  if (line.startsWith('Generated ')) {
    error = undefined
    clearTimeout(settle)
    markError(undefined)
    runCheck()
    startNext()
    return
  }
  if (line.startsWith('Error: ')) error = []
  if (error === undefined || line.startsWith('File updated')) return
  if (!line.startsWith('SourceFetchDataError') && !/^\s*["}]/.test(line)) error.push(line)
  const lines = error
  clearTimeout(settle)
  settle = setTimeout(() => {
    markError(lines.join('\n').trim())
    startNext()
  }, 300)
})

mkdirSync(work, { recursive: true })
console.log(
  `Live authoring: ${relative(process.cwd(), contentDir) || '.'} → http://localhost:${port}/ (Ctrl+C stops it)`,
)
const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
