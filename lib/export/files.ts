/**
 * The data files of the site (everything under `out/` that is not a page): what a builder returns
 * and what every builder reads. Builders are generators, so the writer (scripts/build-data.ts)
 * holds one file at a time, never the whole set. Pure and framework-free.
 */
import type { Collections } from '../content/types'
import type { CardData } from '../share/card'
import type { IconFile } from '../site/icons'
import { prepareTimelineExport, type TimelineExportBase } from './timeline-json'

/** A file: its path under `out/` (relative, `/`-separated) and what it holds. */
export type DataFile = TextFile | CardFile | RasterFile

/** A text file, written as UTF-8. */
export interface TextFile {
  path: string
  content: string
}

/** A share card (lib/share/), rendered to PNG by the writer's card renderer. */
export interface CardFile {
  path: string
  card: CardData
}

/** An icon (lib/site/icons.ts), rasterized to PNG or ICO by the writer's icon renderer. */
export interface RasterFile {
  path: string
  icon: IconFile
}

/** What every builder reads, computed once per build. */
export interface DataContext {
  collections: Collections
  /** The timeline and its indexes (lib/export/timeline-json.ts). */
  timeline: TimelineExportBase
  /** The public origin, for the files that need absolute addresses (lib/site/config.ts). */
  origin: string
  /** The base path (`''` or `/folder`), for the files that show the site's address. */
  basePath: string
  /** Source files the data files are made from: the icon's drawing (public/icon.svg, which Next copies to the site as it is). */
  assets: { icon?: string }
}

/** A kind of data file: a name for the build's report, and the files it writes. */
export interface DataFileKind {
  name: string
  files: (ctx: DataContext) => Iterable<DataFile>
}

export function dataContext(
  collections: Collections,
  origin: string,
  basePath = '',
  assets: DataContext['assets'] = {},
): DataContext {
  return { collections, timeline: prepareTimelineExport(collections), origin, basePath, assets }
}

/** A JSON file, serialized as `Response.json` did for the route handlers: compact, no final newline. */
export function jsonFile(path: string, value: unknown): TextFile {
  return { path, content: JSON.stringify(value) }
}

/** A path that stays inside `out/`: relative, `/`-separated, no empty, `.`, `..` or hidden segment. */
const SAFE_PATH = /^(?:[A-Za-z0-9_][A-Za-z0-9._-]*\/)*[A-Za-z0-9_][A-Za-z0-9._-]*$/

export function isSafePath(path: string): boolean {
  return SAFE_PATH.test(path)
}
