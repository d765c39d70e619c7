/**
 * `npm run content` (and the first step of `npm run check`): contentlayer2's build
 * (scripts/content/generate.ts). A content folder of more than CONTENT_CHUNK_INCIDENTS incidents
 * (1,000 unless set) is built in chunks (scripts/content/chunks.ts), a child process each, as many
 * at once as there are cores, and the chunks' output merged into `.contentlayer/generated`
 * (scripts/content/merge.ts): the same files a single run writes, in bounded memory. A chunk's
 * error is printed as contentlayer2 wrote it (file, field, reason) and the stage exits 1. The
 * generated barrel then reads the collections at run time (scripts/content/runtime-index.ts).
 * `--config <path>` as for the CLI; contentlayer2 takes its working folder from $PWD.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { contentChunks, linkChunk } from './content/chunks'
import { generate } from './content/generate'
import { mergeChunks } from './content/merge'
import { readCollectionsAtRuntime } from './content/runtime-index'

const at = process.argv.indexOf('--config')
const cwd = process.env.PWD ?? process.cwd()
const configPath = resolve(cwd, (at === -1 ? undefined : process.argv[at + 1]) ?? 'contentlayer.config.ts')
const perChunk = Number(process.env.CONTENT_CHUNK_INCIDENTS ?? 1000)
if (!Number.isInteger(perChunk) || perChunk < 1) throw new Error('CONTENT_CHUNK_INCIDENTS: a whole number ≥ 1')

// tsx reads its tsconfig path relative to $PWD, which a chunk changes.
const tsconfigPath = process.env.TSX_TSCONFIG_PATH
const tsconfig = tsconfigPath === undefined ? {} : { TSX_TSCONFIG_PATH: resolve(cwd, tsconfigPath) }

interface Run {
  code: number
  output: string
}

function runChunk(dir: string): Promise<Run> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--chunk', '--config', configPath],
    {
      cwd: dir,
      env: { ...process.env, PWD: dir, CONTENT_DIR: join(dir, 'content'), ...tsconfig },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (b: Buffer) => {
    output += b.toString()
  })
  child.stderr.on('data', (b: Buffer) => {
    output += b.toString()
  })
  return new Promise((done) => child.on('close', (code) => done({ code: code ?? 1, output })))
}

async function chunked(chunks: readonly string[][], contentDir: string): Promise<void> {
  const artifacts = join(cwd, '.contentlayer')
  const dirs = chunks.map((files, i) => {
    const dir = join(artifacts, 'chunks', String(i))
    mkdirSync(dir, { recursive: true })
    rmSync(join(dir, '.contentlayer', 'generated'), { recursive: true, force: true })
    linkChunk(contentDir, dir, files)
    return dir
  })
  const failed: string[] = []
  let next = 0
  const worker = async () => {
    while (next < dirs.length && failed.length === 0) {
      const dir = dirs[next]
      next += 1
      if (dir === undefined) continue
      const run = await runChunk(dir)
      if (run.code !== 0) failed.push(run.output)
    }
  }
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), dirs.length) }, worker))
  if (failed.length > 0) {
    for (const output of failed) console.error(output.trimEnd())
    process.exit(1)
  }
  // Each chunk's folder of links stays for the next build (scripts/content/chunks.ts says why).
  const count = mergeChunks(dirs, artifacts)
  console.log(`Generated ${count} documents in .contentlayer (${dirs.length} chunks)`)
}

if (process.argv.includes('--chunk')) {
  await generate(configPath, false)
} else {
  const contentDir = resolve(cwd, process.env.CONTENT_DIR ?? 'content')
  const chunks = contentChunks(contentDir, perChunk)
  if (chunks.length <= 1) await generate(configPath, true)
  else await chunked(chunks, contentDir)
  readCollectionsAtRuntime(join(cwd, '.contentlayer', 'generated'))
}
