/**
 * Highlight ranges (UTF-16 offsets into the string they come with) and how text splits along
 * them. No dependencies, so the page's islands can render highlights without loading the engine.
 */
export interface Range {
  start: number
  end: number
}

/** Sorted, with overlapping and touching ranges joined. */
export function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Range[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ ...r })
  }
  return out
}

/** Splits text into plain and highlighted pieces (for rendering as elements). */
export function pieces(text: string, ranges: readonly Range[]): Array<{ text: string; mark: boolean }> {
  const out: Array<{ text: string; mark: boolean }> = []
  let at = 0
  for (const r of merge([...ranges])) {
    if (r.start < at || r.end > text.length || r.start >= r.end) continue
    if (r.start > at) out.push({ text: text.slice(at, r.start), mark: false })
    out.push({ text: text.slice(r.start, r.end), mark: true })
    at = r.end
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false })
  return out
}
