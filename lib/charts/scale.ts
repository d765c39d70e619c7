/** Small helpers for server-rendered SVG charts: a linear scale and round tick values. */

/** Maps [0, max] onto [0, size]. A zero max maps everything to 0. */
export function linearScale(max: number, size: number): (value: number) => number {
  return (value) => (max <= 0 ? 0 : (value / max) * size)
}

/** About `count` round tick values from 0 to at least `max` (steps of 1, 2 or 5 × 10^n). */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0]
  const raw = max / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const ticks: number[] = []
  for (let v = 0; v < max + step; v += step) ticks.push(Math.round(v * 1e6) / 1e6)
  return ticks
}
