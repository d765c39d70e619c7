/** Where the time axis's tooltip goes: beside its mark, never over it, inside the viewport. */
import { describe, expect, it } from 'vitest'
import { type Box, placeTip } from '@/lib/timeline/axis-tip'

const viewport = { width: 400, height: 800 }
const frame: Box = { left: 10, top: 100, right: 390, bottom: 300 }
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom })
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

describe('placeTip', () => {
  it.each([
    {
      name: 'a point mark in the middle',
      mark: box(195, 150, 205, 160),
      tip: { width: 200, height: 120 },
      side: 'below',
    },
    { name: 'a mark at the left edge', mark: box(10, 150, 14, 160), tip: { width: 300, height: 120 }, side: 'below' },
    {
      name: 'a mark at the right edge',
      mark: box(386, 150, 390, 160),
      tip: { width: 300, height: 120 },
      side: 'below',
    },
    {
      name: 'a bar running past both edges',
      mark: box(-900, 200, 1300, 214),
      tip: { width: 300, height: 120 },
      side: 'below',
    },
    {
      name: 'a mark near the viewport’s bottom',
      mark: box(195, 700, 205, 710),
      tip: { width: 200, height: 150 },
      side: 'above',
    },
  ] as const)('$name: $side, inside the viewport, not over the mark', ({ mark, tip, side }) => {
    const clip = mark.top >= 700 ? box(10, 600, 390, 760) : frame
    const p = placeTip(mark, clip, tip, viewport)
    expect(p.side).toBe(side)
    const width = Math.min(tip.width, viewport.width - 16)
    const placed = box(p.left, p.top, p.left + width, p.top + Math.min(tip.height, p.maxHeight))
    expect(placed.left).toBeGreaterThanOrEqual(8)
    expect(placed.right).toBeLessThanOrEqual(viewport.width - 8)
    expect(placed.top).toBeGreaterThanOrEqual(8)
    expect(placed.bottom).toBeLessThanOrEqual(viewport.height - 8)
    expect(overlaps(placed, mark)).toBe(false)
  })

  it('centres on the part of the mark seen through the frame', () => {
    const p = placeTip(box(-900, 200, 1300, 214), frame, { width: 100, height: 50 }, viewport)
    expect(p.left + 50).toBeCloseTo(200, 0)
  })

  it('above its mark, goes no higher than the frame’s top (the controls above stay clickable)', () => {
    const p = placeTip(box(100, 760, 110, 770), box(0, 600, 400, 790), { width: 100, height: 300 }, viewport)
    expect(p.side).toBe('above')
    expect(p.maxHeight).toBe(760 - 6 - 600)
    expect(p.top).toBeGreaterThanOrEqual(600)
  })

  it('with no room either side, takes the larger and says how tall it may be', () => {
    const p = placeTip(box(100, 300, 110, 310), box(0, 0, 400, 600), { width: 100, height: 900 }, viewport)
    expect(p.side).toBe('below')
    expect(p.maxHeight).toBe(800 - 8 - 316)
  })
})
