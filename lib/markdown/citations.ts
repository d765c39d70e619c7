/**
 * Citations in Markdown bodies: `[@source-id]` or `[@a; @b]`.
 * One pattern serves the renderer (remark plugin), the validator and the numbering on the page.
 */
export const CITATION_PATTERN = /\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g

/** The ids inside one citation's brackets, e.g. "a; @b" → ["a", "b"]. */
export function splitCitation(inner: string): string[] {
  return inner
    .split(';')
    .map((part) => part.trim().replace(/^@/, ''))
    .filter((id) => id.length > 0)
}

/** Every cited id, in order of first appearance, without repeats. */
export function extractCitationIds(markdown: string): string[] {
  const seen = new Set<string>()
  for (const match of markdown.matchAll(CITATION_PATTERN)) {
    for (const id of splitCitation(match[1] ?? '')) seen.add(id)
  }
  return [...seen]
}
