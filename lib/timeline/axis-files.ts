/**
 * Where the time axis's data files are and the constants both the site's `time-axis` island and the
 * embed need, in a module with no imports (lib/timeline/axis.ts, which builds the files, brings the
 * timeline's message tables and date-fns into a bundle; the type below is erased). Pure and framework-free.
 */
import type { AxisData } from './axis'

/** Where the widest view starts: 1 January 2010, 00:00 KST, in epoch minutes. */
export const AXIS_START = (Date.UTC(2010, 0, 1) - 9 * 3_600_000) / 60_000

/** Below this window (minutes), the island draws every event of the incidents in view. */
export const EVENT_SPAN = 4 * 1440

/** The sources file's format name and version (`data/axis/<lang>.sources.json`). */
export const AXIS_SOURCES_FORMAT = 'outage-chronicle/axis-sources'
export const AXIS_SOURCES_VERSION = 1

/** The axis data file of a language, as a site path before the base path: the whole axis, or one incident's events. */
export function axisFilePath(lang: string, incident?: string): string {
  return `/data/axis/${lang}${incident ? `/${incident}` : ''}.json`
}

/**
 * The sources of every mark of a language (the whole axis's and every incident's events), by key:
 * what the summary shows on hover or focus, so the island fetches it then, not at load.
 */
export function axisSourcesPath(lang: string): string {
  return `/data/axis/${lang}.sources.json`
}

/** Whether fetched JSON is an axis data file (its format, items, lanes and start), before anything reads it. */
export function isAxisData(x: unknown): x is AxisData {
  return (
    typeof x === 'object' &&
    x !== null &&
    'format' in x &&
    x.format === 'outage-chronicle/axis' &&
    'items' in x &&
    Array.isArray(x.items) &&
    'lanes' in x &&
    Array.isArray(x.lanes) &&
    'start' in x &&
    typeof x.start === 'number'
  )
}
