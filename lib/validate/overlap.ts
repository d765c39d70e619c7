/**
 * Finds passages a text shares word for word with a reference text (whitespace ignored), to
 * catch sentences copied from a source instead of written in our own words.
 */
export function overlapFinder(references: ReadonlyMap<string, string>, minLength: number) {
  const grams = new Map<string, string>()
  for (const [name, ref] of references) {
    const r = squash(ref)
    for (let i = 0; i + minLength <= r.length; i++) grams.set(r.slice(i, i + minLength), name)
  }
  return (text: string) => sharedPassages(squash(text), grams, minLength)
}

const squash = (s: string) => s.replace(/\s+/g, '')

function sharedPassages(t: string, grams: ReadonlyMap<string, string>, minLength: number): Array<{ reference: string; passage: string }> {
  const found: Array<{ reference: string; passage: string }> = []
  let i = 0
  while (i + minLength <= t.length) {
    const reference = grams.get(t.slice(i, i + minLength))
    if (reference === undefined) {
      i++
      continue
    }
    let j = i + minLength
    while (j < t.length && grams.has(t.slice(j - minLength + 1, j + 1))) j++
    found.push({ reference, passage: t.slice(i, j) })
    i = j
  }
  return found
}

/** Every string in a record, for checks over all its text, leaving out the named keys. */
export function textsOf(value: unknown, skip: ReadonlySet<string>): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v, skip))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => (skip.has(k) ? [] : textsOf(v, skip)))
  }
  return []
}
