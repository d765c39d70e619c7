/**
 * Edit distance for typo tolerance: where a query word fits best inside a vocabulary word (free
 * start and end), and a cheap lower bound of that distance that rules most words out first. Letters
 * are jamo for Hangul (fuzzy.ts splits words). Pure.
 */

/**
 * Where `pattern` fits best inside `letters` (edit distance, free start and end): the distance
 * and the span [start, end) of letters it covers (of equal fits, the longest). With `max`, gives
 * up (distance max + 1) as soon as no fit can be within it.
 */
export function align(
  pattern: readonly string[],
  text: readonly string[],
  max = Number.POSITIVE_INFINITY,
): { distance: number; start: number; end: number } {
  const m = pattern.length
  const n = text.length
  let prev = new Int32Array(n + 1)
  let prevStart = new Int32Array(n + 1)
  let cur = new Int32Array(n + 1)
  let curStart = new Int32Array(n + 1)
  for (let j = 0; j <= n; j += 1) prevStart[j] = j
  for (let i = 1; i <= m; i += 1) {
    cur[0] = i
    curStart[0] = 0
    let rowMin = i
    const p = pattern[i - 1]
    for (let j = 1; j <= n; j += 1) {
      const sub = (prev[j - 1] ?? 0) + (p === text[j - 1] ? 0 : 1)
      const del = (prev[j] ?? 0) + 1
      const ins = (cur[j - 1] ?? 0) + 1
      let v: number
      if (sub <= del && sub <= ins) {
        v = sub
        curStart[j] = prevStart[j - 1] ?? 0
      } else if (del <= ins) {
        v = del
        curStart[j] = prevStart[j] ?? 0
      } else {
        v = ins
        curStart[j] = curStart[j - 1] ?? 0
      }
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return { distance: max + 1, start: 0, end: 0 }
    ;[prev, cur] = [cur, prev]
    ;[prevStart, curStart] = [curStart, prevStart]
  }
  let end = 0
  for (let j = 1; j <= n; j += 1) if ((prev[j] ?? 0) <= (prev[end] ?? 0)) end = j
  return { distance: prev[end] ?? m, start: prevStart[end] ?? 0, end }
}

/**
 * How many letters of `pattern` (as a multiset) a word holds: `pattern.length` minus it is a lower
 * bound of `align`'s distance (a letter the word lacks is substituted or deleted in any fit).
 * Returns a counter over words, reusing its arrays.
 */
export function sharedLetters(pattern: readonly string[]): (text: readonly string[]) => number {
  const slot = new Map<string, number>()
  for (const l of pattern) if (!slot.has(l)) slot.set(l, slot.size)
  const want = new Int32Array(slot.size)
  for (const l of pattern) {
    const i = slot.get(l) ?? 0
    want[i] = (want[i] ?? 0) + 1
  }
  const left = new Int32Array(slot.size)
  return (text) => {
    left.set(want)
    let held = 0
    for (const l of text) {
      const i = slot.get(l)
      if (i === undefined || (left[i] ?? 0) === 0) continue
      left[i] = (left[i] ?? 0) - 1
      held += 1
    }
    return held
  }
}
