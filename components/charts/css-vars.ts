import type { CSSProperties } from 'react'

/** An inline style that sets CSS custom properties (a bar's length, a dot's place) for the stylesheet to use. */
export type VarStyle = CSSProperties & Record<`--${string}`, string | number>

/** Rounds a fraction to a percentage string, e.g. 0.12345 → "12.35%". */
export function percent(fraction: number): string {
  return `${Math.round(Math.min(1, Math.max(0, fraction)) * 10_000) / 100}%`
}
