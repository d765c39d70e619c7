/**
 * The options of the embeddable timeline (`/embed/timeline/?…`), read from an untrusted query
 * string. Every value is checked against a strict form here, and the filter values again against
 * the ids in the data once it is loaded; anything else is reported (to be shown as text) and
 * never used. Pure and framework-free: the widget, the loader and the builder page share it.
 *
 * | option | values | default |
 * | --- | --- | --- |
 * | `incident` | an incident id (`2022-10-15-pangyo-datacenter-fire`) | the whole record |
 * | `entity`, `factor` | an entity or factor id | any |
 * | `from`, `to` | a year, 1990–2035 (swapped if reversed) | any |
 * | `lang` | `ko`, `en` | `ko` |
 * | `theme` | `light`, `dark`, `auto` (follows the reader's system) | `auto` |
 * | `height` | maximum height in px, 120–4000; the list scrolls inside | none: fits the content |
 * | `compact` | `1` (one line per item, no labels), `0` | `0` |
 */
import type { Lang } from '../schema/vocabulary'

/** The type of the message the embed page sends its parent: `{ type: SIZE_MESSAGE, height }`. */
export const SIZE_MESSAGE = 'outage-timeline:size'

/** The embed page, site-relative. */
export const EMBED_PAGE = '/embed/timeline/'

export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]

export const OPTION_KEYS = ['incident', 'entity', 'factor', 'from', 'to', 'lang', 'theme', 'height', 'compact'] as const
export type OptionKey = (typeof OPTION_KEYS)[number]

export interface EmbedOptions {
  incident?: string
  entity?: string
  factor?: string
  from?: number
  to?: number
  lang: Lang
  theme: Theme
  height?: number
  compact: boolean
}

/** A value that was refused, as given (shortened); render it as text only. */
export interface Refused {
  key: string
  value: string
}

export const DEFAULT_OPTIONS: EmbedOptions = { lang: 'ko', theme: 'auto', compact: false }
export const HEIGHT_RANGE = { min: 120, max: 4000 } as const
export const YEAR_RANGE = { min: 1990, max: 2035 } as const

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const INCIDENT_ID = /^\d{4}-\d{2}-\d{2}(?:-[a-z0-9]+)+$/
const MAX_ID = 100

const isKey = (k: string): k is OptionKey => OPTION_KEYS.some((o) => o === k)
const isTheme = (v: string): v is Theme => THEMES.some((t) => t === v)
const short = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v)

/** An id as a query may give it: lowercase words joined by hyphens, not too long. */
export function isId(value: string): boolean {
  return value.length <= MAX_ID && ID.test(value)
}

export function isIncidentId(value: string): boolean {
  return value.length <= MAX_ID && INCIDENT_ID.test(value)
}

function parseInteger(value: string, min: number, max: number): number | undefined {
  if (!/^\d{1,5}$/.test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

/**
 * Reads the options out of a query. Keys that are not options are left alone; an empty value
 * means the default; a value in the wrong form, or a second value for a key, is refused.
 */
export function parseEmbedOptions(query: Iterable<readonly [string, string]>): {
  options: EmbedOptions
  refused: Refused[]
} {
  const options: EmbedOptions = { ...DEFAULT_OPTIONS }
  const refused: Refused[] = []
  const seen = new Set<string>()
  for (const [key, value] of query) {
    if (!isKey(key) || value === '') continue
    const refuse = () => refused.push({ key, value: short(value) })
    if (seen.has(key)) {
      refuse()
      continue
    }
    seen.add(key)
    switch (key) {
      case 'incident':
        if (isIncidentId(value)) options.incident = value
        else refuse()
        break
      case 'entity':
        if (isId(value)) options.entity = value
        else refuse()
        break
      case 'factor':
        if (isId(value)) options.factor = value
        else refuse()
        break
      case 'from':
      case 'to': {
        const year = parseInteger(value, YEAR_RANGE.min, YEAR_RANGE.max)
        if (year === undefined || !/^\d{4}$/.test(value)) refuse()
        else options[key] = year
        break
      }
      case 'lang':
        if (value === 'ko' || value === 'en') options.lang = value
        else refuse()
        break
      case 'theme':
        if (isTheme(value)) options.theme = value
        else refuse()
        break
      case 'height': {
        const h = parseInteger(value, HEIGHT_RANGE.min, HEIGHT_RANGE.max)
        if (h === undefined) refuse()
        else options.height = h
        break
      }
      case 'compact':
        if (value === '1' || value === '0') options.compact = value === '1'
        else refuse()
        break
    }
  }
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    const { from, to } = options
    options.from = to
    options.to = from
  }
  return { options, refused }
}

/** The query string of a set of options, defaults left out, in a fixed order, without `?`. */
export function serializeEmbedOptions(o: Partial<EmbedOptions>): string {
  const q = new URLSearchParams()
  for (const key of OPTION_KEYS) {
    const v = o[key]
    if (v === undefined || v === DEFAULT_OPTIONS[key]) continue
    if (key === 'compact') {
      if (v === true) q.set(key, '1')
      continue
    }
    q.set(key, String(v))
  }
  return q.toString()
}

/** The site-relative address of the embed page for a set of options. */
export function embedPath(o: Partial<EmbedOptions>): string {
  const q = serializeEmbedOptions(o)
  return q === '' ? EMBED_PAGE : `${EMBED_PAGE}?${q}`
}

/** The data file the widget loads: one incident's own file, or the whole record. */
export function dataPath(o: Pick<EmbedOptions, 'incident'>): string {
  return o.incident ? `/data/timeline/${o.incident}.json` : '/data/timeline.json'
}

/** The filter values checked against the ids the data actually holds; unknown ones are refused. */
export function checkAgainstData(
  o: EmbedOptions,
  known: { years: readonly number[]; factors: ReadonlyArray<{ id: string }>; entities: ReadonlyArray<{ id: string }> },
): Refused[] {
  const refused: Refused[] = []
  if (o.factor !== undefined && !known.factors.some((f) => f.id === o.factor))
    refused.push({ key: 'factor', value: o.factor })
  if (o.entity !== undefined && !known.entities.some((e) => e.id === o.entity))
    refused.push({ key: 'entity', value: o.entity })
  return refused
}

/** Whether an item passes the filters (years inclusive). */
export function itemMatches(
  item: { year: number; factors: readonly string[]; entities: readonly string[] },
  o: EmbedOptions,
): boolean {
  return (
    (o.from === undefined || item.year >= o.from) &&
    (o.to === undefined || item.year <= o.to) &&
    (o.factor === undefined || item.factors.includes(o.factor)) &&
    (o.entity === undefined || item.entities.includes(o.entity))
  )
}

/** The message a refused value gets: its key and the value as text. */
export function refusedText(list: readonly Refused[]): string {
  return list.map(({ key, value }) => `${key} “${value}”`).join(', ')
}
