/**
 * The steps of `npm run build` (scripts/build.ts) and of the build benchmark (bench/build.ts), in
 * phases: a phase starts when the one before has finished without error, and the steps of one
 * phase run side by side. After `next build` (which clears out/), the data files, the island
 * rewrite, the search index and the embed touch different files of out/ and read nothing the
 * others write, and none of them alone keeps both cores busy (issue #16: at 10,000 incidents the
 * data files used 1.6 cores, the islands 1.5, the search index one), so they share the machine.
 * The island step leaves Next's runtime files for the last step, which deletes them once nothing
 * else creates files (scripts/prune-runtime.ts).
 * `npm run x` in a step is replaced by x's own commands, one phase each. Pure.
 */

const TSX = 'tsx --tsconfig tsconfig.scripts.json'

export const BUILD_PLAN: readonly (readonly string[])[] = [
  [`${TSX} scripts/site-env.ts`],
  ['npm run check'],
  ['next build'],
  [
    `${TSX} scripts/build-data.ts`,
    `${TSX} scripts/build-islands.ts --keep-runtime-files`,
    `${TSX} scripts/build-search.ts`,
    `${TSX} scripts/build-embed.ts`,
  ],
  // Deleting Next's runtime files waits until nothing else writes (scripts/prune-runtime.ts).
  [`${TSX} scripts/prune-runtime.ts`],
  ['bash scripts/build-if-stale.sh --mark'],
]

/** The plan with each `npm run x` (a step of its own) replaced by x's commands, one phase each. */
export function expandPlan(
  plan: readonly (readonly string[])[],
  scripts: Readonly<Record<string, string>>,
): string[][] {
  const expand = (line: string, seen: readonly string[]): string[] =>
    line.split(' && ').flatMap((part) => {
      const run = /^npm run (\S+)$/.exec(part.trim())
      const name = run?.[1]
      if (name === undefined) return [part.trim()]
      const script = scripts[name]
      if (script === undefined) throw new Error(`package.json has no script "${name}"`)
      if (seen.includes(name)) throw new Error(`package.json's script "${name}" runs itself`)
      return expand(script, [...seen, name])
    })
  return plan.flatMap((phase) => {
    if (phase.length === 1 && phase[0] !== undefined) return expand(phase[0], []).map((command) => [command])
    return [
      phase.map((command) => {
        if (/^npm run /.test(command))
          throw new Error(`a step run side by side cannot be "${command}": name its commands`)
        return command
      }),
    ]
  })
}

/** User and system CPU seconds. */
export interface CpuTimes {
  user: number
  system: number
}

/** The children's user and system seconds from the two lines bash's `times` printed last. */
export function childCpuTimes(log: string): CpuTimes | undefined {
  const lines = log.trimEnd().split('\n').slice(-2)
  const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines[1] ?? '')
  if (!m) return undefined
  return {
    user: +(Number(m[1]) * 60 + Number(m[2])).toFixed(1),
    system: +(Number(m[3]) * 60 + Number(m[4])).toFixed(1),
  }
}

/** User + system seconds, or undefined when the times are unknown. */
export const cpuTotal = (t: CpuTimes | undefined): number | undefined =>
  t === undefined ? undefined : +(t.user + t.system).toFixed(1)
