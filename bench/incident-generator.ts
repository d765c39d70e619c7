/**
 * Generated incidents for the build benchmark: copies of the small real records (sparse coverage,
 * no commitments, no month-only times) with new dates, ids and titles, and their English twins.
 * Every time of a copy moves by the same number of days, so spans, order and the id's date stay
 * right; each copy's related entries point, as `similar`, at the copy before it. The copies cite
 * the real sources and entities, so every reverse index (entity, factor, source, policy pages)
 * grows with them as it would with real records. The result passes `npm run check`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Template {
  id: string
  /** The start date, YYYY-MM-DD (KST). */
  date: string
  /** The slug after the date in the id. */
  slug: string
  front: string
  body: string
  english: string
}

export interface GeneratedFile {
  /** Relative to the content folder. */
  path: string
  content: string
}

const FRONT = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/
const ID = /^(\d{4}-\d{2}-\d{2})-(.+)$/

/** The real records a copy can be made of, read from a content folder. */
export function readTemplates(contentDir: string): Template[] {
  const dir = join(contentDir, 'incidents')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((file): Template[] => {
      const id = file.slice(0, -3)
      const parts = ID.exec(id)
      const parsed = FRONT.exec(readFileSync(join(dir, file), 'utf8'))
      if (!parts?.[1] || !parts[2] || !parsed?.[1]) return []
      const front = parsed[1]
      const small =
        /^coverage: sparse$/m.test(front) &&
        !/^commitments:/m.test(front) &&
        !/^\s*-?\s*(?:at|asOf): ['"]?\d{4}-\d{2}['"]?$/m.test(front)
      if (!small) return []
      const english = readFileSync(join(dir, 'en', file), 'utf8')
      return [{ id, date: parts[1], slug: parts[2], front, body: parsed[2] ?? '', english }]
    })
}

const DAY = 86_400_000

/** A YYYY-MM-DD date moved by a number of days. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

/** The date of copy `i` of `n`: spread evenly from 2000-01-01 over 30 years, in order. */
export function copyDate(i: number, n: number): string {
  const span = 30 * 365
  return shiftDate('2000-01-01', Math.floor((i * span) / Math.max(n, 1)))
}

const TIME_LINE = /^(\s*-?\s*(?:at|asOf):\s*['"]?)(\d{4}-\d{2}-\d{2})/gm

function retitle(front: string, n: number): string {
  return front.replace(/^title:\n {2}ko: (.*)\n {2}en: (.*)$/m, (_all, ko: string, en: string) => {
    const add = (value: string, suffix: string) => {
      const quote = value.startsWith("'") || value.startsWith('"') ? value[0] : ''
      return quote ? `${value.slice(0, -1)} ${suffix}${quote}` : `${value} ${suffix}`
    }
    return `title:\n  ko: ${add(ko, `(생성 ${n})`)}\n  en: ${add(en, `(generated ${n})`)}`
  })
}

/** Copy number `n` (1-based) of a template, on a new date; `previous` is the id its related entries point at. */
export function copyIncident(t: Template, n: number, date: string, previous: string): GeneratedFile[] {
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${t.date}T00:00:00Z`)) / DAY)
  const id = `${date}-${t.slug}-g${n}`
  const front = retitle(t.front, n)
    .replace(TIME_LINE, (_all, head: string, day: string) => `${head}${shiftDate(day, days)}`)
    .replace(/^(\s*)- incident: .*$/gm, `$1- incident: ${previous}`)
    .replace(/^(\s+)relation: .*$/gm, '$1relation: similar')
  return [
    { path: `incidents/${id}.md`, content: `---\n${front}\n---\n${t.body}` },
    { path: `incidents/en/${id}.md`, content: t.english },
  ]
}

/** `count` copies, round-robin over the templates, dated in order; each related to the one before. */
export function* generateIncidents(templates: readonly Template[], count: number): Iterable<GeneratedFile> {
  if (templates.length === 0) throw new Error('no small real incident to copy (sparse, no commitments)')
  let previous = templates[0]?.id ?? ''
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]
    if (!t) continue
    const files = copyIncident(t, i + 1, copyDate(i, count), previous)
    yield* files
    previous = files[0]?.path.replace(/^incidents\/(.+)\.md$/, '$1') ?? previous
  }
}
