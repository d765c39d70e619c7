/**
 * Korea's wall clock without time-zone data. Korea has kept UTC+9 all year since its last summer
 * time ended (1988-10-09, 03:00 KDT back to 02:00 KST), so from then on KST's fields are UTC's nine
 * hours on. Pure and dependency-free: the build's date formatting (`format.ts`) and the browser's
 * time axis (`lib/timeline/axis-view.ts`) share it.
 */

/** KST's offset from UTC in minutes. */
export const KST_OFFSET_MINUTES = 9 * 60

/** The first instant (epoch ms) from which KST is UTC+9 without exception. */
export const FIXED_OFFSET_FROM = Date.UTC(1988, 9, 8, 17)

/** Wall-clock fields; `wd` is the weekday, 0 = Sunday. */
export interface KstParts {
  y: number
  mo: number
  d: number
  h: number
  mi: number
  wd: number
}

/** The KST wall-clock fields of an instant (epoch ms), at UTC+9 (exact from FIXED_OFFSET_FROM on). */
export function kstParts(ms: number): KstParts {
  const t = new Date(ms + KST_OFFSET_MINUTES * 60_000)
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    wd: t.getUTCDay(),
  }
}
