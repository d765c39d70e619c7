/**
 * Markdown as plain text: what the search index holds of a body, and how a source page quotes the
 * sentences that cite it. Citations, link addresses, emphasis and code marks, and heading, quote
 * and list markers go; a table row becomes its cells joined with " · "; each block is one line.
 * Pure: a string in, a string out (never HTML).
 */
import { CITATION_PATTERN } from './citations'

/** A list item's marker at the start of a line: `- `, `* `, `+ `, `1. `, `1) `. */
export const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/
const HEADING = /^#{1,6}\s+/
const QUOTE = /^>\s?/
const TABLE_RULE = /^\|?\s*:?-{3,}/
/** Emphasis and code marks; `_` only at a word's edge, so snake_case survives. */
const MARKS = /\*\*|__|[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g

/** Whether a line is a table's rule (`| --- | :-- |`). */
export function isTableRule(line: string): boolean {
  return TABLE_RULE.test(line.trim().replace(/^\|\s*/, '|'))
}

/** Whether a line is a table row. */
export function isTableRow(line: string): boolean {
  return line.trim().startsWith('|')
}

/** One line of Markdown with its inline markup removed and its spacing tidied. */
function inline(text: string): string {
  return text
    .replace(CITATION_PATTERN, '')
    .replace(LINK, '$1')
    .replace(MARKS, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:)])/g, '$1')
    .trim()
}

function rowText(line: string): string {
  return line
    .split('|')
    .map(inline)
    .filter((c) => c !== '')
    .join(' · ')
}

/** Markdown to plain text, one line per block; empty lines and table rules are dropped. */
export function plainText(markdown: string): string {
  const lines: string[] = []
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || isTableRule(line)) continue
    const text = isTableRow(line)
      ? rowText(line)
      : inline(line.replace(HEADING, '').replace(QUOTE, '').replace(LIST_ITEM, ''))
    if (text !== '') lines.push(text)
  }
  return lines.join('\n')
}
