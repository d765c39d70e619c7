/**
 * Where the time axis's tooltip goes (components/timeline/axis/tip.ts): below its mark, or above it
 * (within the frame: never over the axis's controls above it) where there is no room below; never
 * over the mark itself and always inside the viewport (horizontally clamped; vertically as tall as
 * the room on its side, the rest scrolls). Pure.
 */

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface TipPlace {
  left: number
  top: number
  side: 'below' | 'above'
  /** The most the tip may be tall on its side (it scrolls beyond). */
  maxHeight: number
}

/**
 * `mark` and `clip` (the frame the mark is seen through; a bar may run past it; the tip goes no
 * higher than its top) in viewport coordinates; `tip` the tip's size; `viewport` the window's. `gap` between mark and tip, `margin`
 * kept from the viewport's edges.
 */
export function placeTip(
  mark: Box,
  clip: Box,
  tip: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): TipPlace {
  const seen = {
    left: Math.max(mark.left, clip.left, 0),
    right: Math.min(mark.right, clip.right, viewport.width),
    top: Math.max(mark.top, clip.top),
    bottom: Math.min(mark.bottom, clip.bottom),
  }
  const width = Math.min(tip.width, viewport.width - 2 * margin)
  const centre = seen.right >= seen.left ? (seen.left + seen.right) / 2 : (mark.left + mark.right) / 2
  const left = Math.min(Math.max(centre - width / 2, margin), viewport.width - margin - width)
  const below = viewport.height - margin - (seen.bottom + gap)
  const above = seen.top - gap - Math.max(margin, clip.top)
  const side = tip.height <= below || below >= above ? 'below' : 'above'
  const maxHeight = Math.max(0, side === 'below' ? below : above)
  const height = Math.min(tip.height, maxHeight)
  const top = side === 'below' ? seen.bottom + gap : seen.top - gap - height
  return { left, top, side, maxHeight }
}
