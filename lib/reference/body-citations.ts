/**
 * The sentences of a Markdown body that cite a source: what the analysis says on that source's
 * word. Table rows count as one sentence (cells joined with " · "); headings are never cited.
 */
import { CITATION_PATTERN, splitCitation } from '../markdown/citations'
import { isTableRow, isTableRule, LIST_ITEM, plainText } from '../markdown/plain-text'

/** Blocks of the body: paragraphs and list items (their lines joined), and table rows as written, each one string. */
export function markdownBlocks(markdown: string): string[] {
  const out: string[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length > 0) out.push(paragraph.join(' '))
    paragraph = []
  }
  for (const line of markdown.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#') || isTableRule(trimmed)) {
      flush()
      continue
    }
    if (isTableRow(trimmed)) {
      flush()
      out.push(trimmed)
      continue
    }
    if (LIST_ITEM.test(line)) flush()
    paragraph.push(trimmed)
  }
  flush()
  return out
}

function cites(text: string, id: string): boolean {
  return [...text.matchAll(CITATION_PATTERN)].some((m) => splitCitation(m[1] ?? '').includes(id))
}

/** The sentences (or table rows) of a body citing `id`, as plain text, in order, without repeats. */
export function citingSentences(markdown: string, id: string): string[] {
  const found = new Set<string>()
  for (const raw of markdownBlocks(markdown)) {
    const block = raw.replace(/\*\*|__/g, '')
    const sentences = isTableRow(block) ? [block] : block.split(/(?<=[.!?])\s+(?=\S)/)
    for (const s of sentences) if (cites(s, id)) found.add(plainText(s))
  }
  return [...found].filter((s) => s !== '')
}
