/**
 * The options of the embeddable timeline (`/embed/timeline/?…`), read from an untrusted query
 * string by the rules of lib/url-state.ts. Every value is checked against a strict form here, and
 * the filter values again against the ids in the data once it is loaded; anything else is reported
 * (to be shown as text) and never used. Pure and framework-free: the widget, the loader and the builder page share it.
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
 * | `view` | `list` (the events as a list), `axis` (the zoomable time axis of the site's /timeline/) | `list` |
 *
 * In the axis view, `incident` opens the axis on that incident's first days (lib/embed/axis-window.ts),
 * `from`/`to` on those years; the axis draws every record, so `entity`/`factor` (checked all the
 * same) apply to the list only, and the widget says so; `height` and `compact` shape the list only.
 */
import { LANGS, type Lang } from '../schema/vocabulary'
import {
  flag,
  id,
  incidentId,
  inOrder,
  integer,
  oneOf,
  queryString,
  type Rejected,
  readQuery,
  year,
} from '../url-state'

/** The type of the message the embed page sends its parent: `{ type: SIZE_MESSAGE, height }`. */
export const SIZE_MESSAGE = 'outage-timeline:size'

/** The embed page, site-relative. */
export const EMBED_PAGE = '/embed/timeline/'

export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]

/** What the widget shows: the events as a list, or the zoomable time axis. */
export const VIEWS = ['list', 'axis'] as const
export type EmbedView = (typeof VIEWS)[number]

export const OPTION_KEYS = [
  'incident',
  'entity',
  'factor',
  'from',
  'to',
  'lang',
  'theme',
  'height',
  'compact',
  'view',
] as const
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
  view: EmbedView
}

export const DEFAULT_OPTIONS: EmbedOptions = { lang: 'ko', theme: 'auto', compact: false, view: 'list' }
export const HEIGHT_RANGE = { min: 120, max: 4000 } as const

/**
 * Reads the options out of a query by the rules of lib/url-state.ts. Ids are checked for their
 * form here and against the data once it is loaded (`checkAgainstData`); from/to are put in order.
 */
export function parseEmbedOptions(query: Iterable<readonly [string, string]>): {
  options: EmbedOptions
  rejected: Rejected[]
} {
  const { values, rejected } = readQuery<EmbedOptions>(query, {
    incident: incidentId,
    entity: id,
    factor: id,
    from: year(),
    to: year(),
    lang: oneOf(LANGS),
    theme: oneOf(THEMES),
    height: integer(HEIGHT_RANGE.min, HEIGHT_RANGE.max),
    compact: flag,
    view: oneOf(VIEWS),
  })
  return { options: inOrder({ ...DEFAULT_OPTIONS, ...values }), rejected }
}

/** The query string of a set of options, defaults left out, in a fixed order, without `?`. */
export function serializeEmbedOptions(o: Partial<EmbedOptions>): string {
  return queryString(
    OPTION_KEYS.map((key) => {
      const v = o[key]
      return [key, v === DEFAULT_OPTIONS[key] ? undefined : typeof v === 'boolean' ? (v ? '1' : undefined) : v]
    }),
  )
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

/** The filter values checked against the ids the data actually holds; unknown ones are rejected. */
export function checkAgainstData(
  o: EmbedOptions,
  known: { years: readonly number[]; factors: ReadonlyArray<{ id: string }>; entities: ReadonlyArray<{ id: string }> },
): Rejected[] {
  const rejected: Rejected[] = []
  if (o.factor !== undefined && !known.factors.some((f) => f.id === o.factor))
    rejected.push({ key: 'factor', value: o.factor })
  if (o.entity !== undefined && !known.entities.some((e) => e.id === o.entity))
    rejected.push({ key: 'entity', value: o.entity })
  return rejected
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
