/** Names of the build's stages and what Next's log says about its own, for bench/build.ts. Pure. */

/** A stage's name from its command: content, check, pages, data files, search index, embed, … */
export function stageName(command: string): string {
  const names: Array<[RegExp, string]> = [
    [/^contentlayer2 build\b/, 'content'],
    [/scripts\/check\.ts\b/, 'check'],
    [/^next build\b/, 'pages'],
    [/scripts\/build-data\.ts\b/, 'data files'],
    [/scripts\/build-search\.ts\b/, 'search index'],
    [/scripts\/build-embed\.ts\b/, 'embed'],
    [/scripts\/build-islands\.ts\b/, 'islands'],
    [/scripts\/prune-runtime\.ts\b/, 'prune'],
  ]
  const known = names.find(([pattern]) => pattern.test(command))
  if (known) return known[1]
  const script = /scripts\/([\w-]+)\.(?:ts|sh)\b/.exec(command)
  return script?.[1] ?? command.split(' ')[0] ?? command
}

export interface NextStats {
  /** "Compiled successfully in …" */
  compileSeconds: number | undefined
  /** "Finished TypeScript in …" */
  typescriptSeconds: number | undefined
  /** "Generating static pages using N workers (P/P) in …" */
  generateSeconds: number | undefined
  pages: number | undefined
  workers: number | undefined
}

const UNIT: Record<string, number> = { ms: 0.001, s: 1, min: 60 }

function seconds(value: string | undefined, unit: string | undefined): number | undefined {
  if (value === undefined || unit === undefined) return undefined
  const factor = UNIT[unit]
  return factor === undefined ? undefined : +(Number(value) * factor).toFixed(1)
}

/** What `next build` printed about compiling, type-checking and generating pages. */
export function parseNextLog(log: string): NextStats {
  const compiled = /Compiled successfully in ([\d.]+)(ms|s|min)\b/.exec(log)
  const typescript = /Finished TypeScript in ([\d.]+)(ms|s|min)\b/.exec(log)
  const generated = /Generating static pages using (\d+) workers? \((\d+)\/(\d+)\) in ([\d.]+)(ms|s|min)\b/.exec(log)
  return {
    compileSeconds: seconds(compiled?.[1], compiled?.[2]),
    typescriptSeconds: seconds(typescript?.[1], typescript?.[2]),
    generateSeconds: seconds(generated?.[4], generated?.[5]),
    pages: generated?.[3] === undefined ? undefined : Number(generated[3]),
    workers: generated?.[1] === undefined ? undefined : Number(generated[1]),
  }
}

export { childCpuTimes, cpuTotal } from '../scripts/build/plan'
