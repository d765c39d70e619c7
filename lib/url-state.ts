/**
 * Page state in a query string, read from untrusted input the same way on every page that keeps
 * state in its address: the timeline filters, the incident index, the search page and the embed
 * options. Pure and framework-free (the islands and the widget import it).
 *
 * The rules, everywhere:
 * - a key the page does not know is left alone (other scripts may use it);
 * - an empty value means the default;
 * - a value in the wrong form or unknown to the page, and a second value for a key already given,
 *   is rejected: never used, and reported with its key (the value cut to `LIMITS.shown`
 *   characters) so the page can say what it ignored, as text;
 * - free text is cut to `LIMITS.text` characters, never rejected;
 * - the limits below hold for every page.
 */
import { ID_FORM, INCIDENT_ID_FORM } from './schema/ids'
import { SANE_YEARS } from './time/moment'

export const LIMITS = {
  /** Free text (a search box): longer text is cut to this many characters. */
  text: 200,
  /** An id (`kakao`, `2022-10-15-pangyo-datacenter-fire`): a longer value is rejected. */
  id: 100,
  /** A rejected value is reported cut to this many characters (then "…"). */
  shown: 40,
} as const

/** The years a query may name: the window the content check accepts (`SANE_YEARS`). */
export const YEAR_RANGE = { min: SANE_YEARS.from, max: SANE_YEARS.to } as const

/** A value that was rejected, as given (cut to `LIMITS.shown`); render it as text only. */
export interface Rejected {
  key: string
  value: string
}

/** Reads one value: what it stands for, or undefined to reject it. */
export type Reader<T> = (value: string) => T | undefined

/** A reader for every field of a state shape. */
export type Readers<S> = { [K in keyof S]-?: Reader<NonNullable<S[K]>> }

/** Free text, cut to `LIMITS.text` code units. */
export const text: Reader<string> = (value) => value.slice(0, LIMITS.text)

/** One of a fixed list of values (ids the page knows, a vocabulary). */
export function oneOf<T extends string>(options: readonly T[]): Reader<T> {
  return (value) => options.find((o) => o === value)
}

/** An id in the form ids take (lowercase words joined by hyphens, at most `LIMITS.id` long). */
export const id: Reader<string> = (value) => (value.length <= LIMITS.id && ID_FORM.test(value) ? value : undefined)

/** An incident id in its form (`YYYY-MM-DD-short-name`). */
export const incidentId: Reader<string> = (value) =>
  value.length <= LIMITS.id && INCIDENT_ID_FORM.test(value) ? value : undefined

/** Whole numbers from `min` to `max`, written as plain digits. */
export function integer(min: number, max: number): Reader<number> {
  return (value) => {
    if (!/^\d{1,9}$/.test(value)) return undefined
    const n = Number(value)
    return n >= min && n <= max ? n : undefined
  }
}

/** A year: four digits within `YEAR_RANGE`, and one of `known` when the page knows its years. */
export function year(known?: readonly number[]): Reader<number> {
  const inRange = integer(YEAR_RANGE.min, YEAR_RANGE.max)
  return (value) => {
    const n = /^\d{4}$/.test(value) ? inRange(value) : undefined
    return n !== undefined && (known === undefined || known.includes(n)) ? n : undefined
  }
}

/** `1` or `0`. */
export const flag: Reader<boolean> = (value) => (value === '1' ? true : value === '0' ? false : undefined)

const cut = (value: string) => (value.length > LIMITS.shown ? `${value.slice(0, LIMITS.shown)}…` : value)

function isField<S>(readers: Readers<S>, key: string): key is Extract<keyof S, string> {
  return Object.hasOwn(readers, key)
}

/** Reads the fields of a query (e.g. `new URLSearchParams(location.search)`) by the rules above. */
export function readQuery<S>(
  query: Iterable<readonly [string, string]>,
  readers: Readers<S>,
): { values: Partial<S>; rejected: Rejected[] } {
  const values: Partial<S> = {}
  const rejected: Rejected[] = []
  const seen = new Set<string>()
  const accept = <K extends keyof S>(key: K, value: string): boolean => {
    const read = readers[key](value)
    if (read === undefined) return false
    values[key] = read
    return true
  }
  for (const [key, value] of query) {
    if (!isField(readers, key) || value === '') continue
    const first = !seen.has(key)
    seen.add(key)
    if (!first || !accept(key, value)) rejected.push({ key, value: cut(value) })
  }
  return { values, rejected }
}

/** A `from`/`to` pair in order (swapped when given the wrong way round). */
export function inOrder<T extends { from?: number | undefined; to?: number | undefined }>(o: T): T {
  return o.from !== undefined && o.to !== undefined && o.from > o.to ? { ...o, from: o.to, to: o.from } : o
}

/** A query string in the given order, without empty or undefined values, without the leading `?`. */
export function queryString(entries: ReadonlyArray<readonly [string, string | number | undefined]>): string {
  const q = new URLSearchParams()
  for (const [key, value] of entries) if (value !== undefined && value !== '') q.set(key, String(value))
  return q.toString()
}
