/**
 * CSV as spreadsheets and data tools read it (RFC 4180): UTF-8 with a byte-order mark (so Excel
 * reads Hangul), CRLF line ends, a header row, every field quoted when it holds a comma, a quote or
 * a line break. Lists are joined with `;`. A text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `@`, a tab, or `-` before a non-digit) gets a leading `'`, so opening
 * the file never runs anything. Pure.
 */

export type Cell = string | number | boolean | undefined | null | readonly string[]

const FORMULA = /^(?:[=+@\t\r]|-(?!\d))/

export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const text = typeof value === 'string' ? value : value.join(';')
  const safe = FORMULA.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const BOM = '\uFEFF'

export function csv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(csvCell).join(',')]
  for (const row of rows) lines.push(row.map(csvCell).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}
