/**
 * The sentences of a Markdown body that cite a source: what the analysis says on that source's
 * word. Table rows count as one sentence (cells joined with " · "); headings are never cited.
 */
import { CITATION_PATTERN, splitCitation } from '../markdown/citations'

const TABLE_RULE = /^\|?\s*:?-{3,}/
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/

/** Blocks of the body: paragraphs, list items and table rows (cells joined with " | "), each one string. */
export function markdownBlocks(markdown: string): string[] {
  const out: string[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length > 0) out.push(paragraph.join(' '))
    paragraph = []
  }
  for (const line of markdown.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#') || TABLE_RULE.test(trimmed.replace(/^\|\s*/, '|'))) {
      flush()
      continue
    }
    if (trimmed.startsWith('|')) {
      flush()
      out.push(
        trimmed
          .split('|')
          .map((c) => c.trim())
          .filter((c) => c !== '')
          .join(' | '),
      )
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

/** Markdown inline text as plain text, without citations. */
export function plainText(text: string): string {
  const cells = text
    .replace(CITATION_PATTERN, '')
    .replace(LIST_ITEM, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .split(' | ')
    .map((c) => c.replace(/\s+/g, ' ').trim())
    .filter((c) => c !== '')
  return cells
    .join(' · ')
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .trim()
}

/** The sentences (or table rows) of a body citing `id`, as plain text, in order, without repeats. */
export function citingSentences(markdown: string, id: string): string[] {
  const found = new Set<string>()
  for (const raw of markdownBlocks(markdown)) {
    const block = raw.replace(/\*\*|__/g, '')
    const sentences = block.includes(' | ') ? [block] : block.split(/(?<=[.!?])\s+(?=\S)/)
    for (const s of sentences) if (cites(s, id)) found.add(plainText(s))
  }
  return [...found].filter((s) => s !== '')
}
