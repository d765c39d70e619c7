/** The rules the cross-file check enforces. Each has a broken fixture in tests/fixtures/validation/. */
export const RULES = [
  'duplicate-id',
  'id-format',
  'unknown-reference',
  'invalid-time',
  'end-before-start',
  'missing-source',
  'uncited-source',
  'missing-note',
  'empty-text',
  'relation-order',
  'parent-cycle',
  'duplicate-url',
  'invalid-enum',
  'english-analysis',
  'updated-before-added',
  'length-mismatch',
  'thesaurus-empty-group',
  'thesaurus-duplicate',
  'thesaurus-unknown-term',
] as const
export type Rule = (typeof RULES)[number]

/** One thing wrong in one field of one file, and what would fix it. */
export interface Problem {
  rule: Rule
  /** Path of the file, relative to the project root. */
  file: string
  /** Path of the field inside the file, e.g. `events[2].sources[0]`. */
  field: string
  message: string
  fix: string
}

/** Formats all problems as one readable report, grouped by file. */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'Content check passed: no problems.'
  const byFile = new Map<string, Problem[]>()
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p])
  const lines = [
    `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}.`,
  ]
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', file)
    for (const p of list) {
      lines.push(`  ✖ ${p.field}: ${p.message} [${p.rule}]`, `    fix: ${p.fix}`)
    }
  }
  return lines.join('\n')
}
