/** The time axis's window (lib/timeline/axis-view.ts): zoom, pan, the address, ticks, offsets. */
import { describe, expect, it } from 'vitest'
import {
  clampView,
  formatMinute,
  kstMinute,
  MIN_SPAN,
  offsetText,
  panView,
  readView,
  ticks,
  viewEntries,
  zoomView,
} from '@/lib/timeline/axis-view'

const BOUNDS = { from: kstMinute(2010), to: kstMinute(2026, 11, 30) }
const q = (s: string) => new URLSearchParams(s)

describe('zooming and panning', () => {
  it('zooms about the anchor, keeping the instant under it in place', () => {
    const v = { from: kstMinute(2020), to: kstMinute(2022) }
    const z = zoomView(v, 0.5, 0.25, BOUNDS)
    expect(z.to - z.from).toBe((v.to - v.from) / 2)
    expect(z.from + (z.to - z.from) * 0.25).toBeCloseTo(v.from + (v.to - v.from) * 0.25)
  })

  it('never zooms in past half an hour, nor out past 2010 to today', () => {
    let v = BOUNDS
    for (let i = 0; i < 100; i += 1) v = zoomView(v, 0.5, 0.5, BOUNDS)
    expect(v.to - v.from).toBe(MIN_SPAN)
    for (let i = 0; i < 100; i += 1) v = zoomView(v, 2, 0.1, BOUNDS)
    expect(v).toEqual(BOUNDS)
  })

  it('pans by a share of the width and stops at the ends, keeping the width', () => {
    const v = { from: kstMinute(2010, 3), to: kstMinute(2010, 5) }
    expect(panView(v, -1, BOUNDS)).toEqual({ from: BOUNDS.from, to: BOUNDS.from + (v.to - v.from) })
    expect(panView(v, 0.5, BOUNDS).from).toBe(v.from + (v.to - v.from) / 2)
    expect(clampView({ from: BOUNDS.to, to: BOUNDS.to + 100 }, BOUNDS).to).toBe(BOUNDS.to)
  })
})

describe('the window in the address', () => {
  it.each([
    ['start=2022-10-15T15:00&end=2022-10-15T16:30', kstMinute(2022, 10, 15, 15), kstMinute(2022, 10, 15, 16, 30)],
    ['start=2022-10&end=2022-10', kstMinute(2022, 10), kstMinute(2022, 11)],
    ['start=2022-10-15&end=2022-10-16', kstMinute(2022, 10, 15), kstMinute(2022, 10, 17)],
    ['start=2012&end=2022', kstMinute(2012), kstMinute(2023)],
    ['end=2022-10-15&start=2022-10-20', kstMinute(2022, 10, 16), kstMinute(2022, 10, 20)],
    ['start=2020', kstMinute(2020), BOUNDS.to],
  ])('reads %s', (query, from, to) => {
    expect(readView(q(query), BOUNDS)).toEqual({ view: { from, to }, rejected: [] })
  })

  it.each([
    ['start=yesterday', 'yesterday'],
    ['start=2022-02-30', '2022-02-30'],
    ['start=2022-10-15T25:00', '2022-10-15T25:00'],
    ['start=1999', '1999'],
    ['start=<script>', '<script>'],
  ])('rejects %s and says so', (query, value) => {
    expect(readView(q(query), BOUNDS)).toEqual({ view: undefined, rejected: [{ key: 'start', value }] })
  })

  it('leaves the filters’ keys alone and writes a view back as it reads it', () => {
    expect(readView(q('from=2020&factor=x'), BOUNDS)).toEqual({ view: undefined, rejected: [] })
    const v = { from: kstMinute(2022, 10, 15, 15, 19), to: kstMinute(2022, 10, 15, 18) }
    const entries = viewEntries(v, BOUNDS)
    expect(entries).toEqual([
      ['start', '2022-10-15T15:19'],
      ['end', '2022-10-15T18:00'],
    ])
    expect(readView(entries, BOUNDS).view).toEqual(v)
    expect(viewEntries(BOUNDS, BOUNDS)).toEqual([])
    expect(formatMinute(kstMinute(2010))).toBe('2010-01-01T00:00')
  })
})

describe('ticks and offsets', () => {
  it.each([
    ['the whole range in years', BOUNDS, ['2010', '2012', '2014']],
    ['a year in months', { from: kstMinute(2022), to: kstMinute(2023) }, ['2022', '2022-04', '2022-07']],
    [
      'a day in hours',
      { from: kstMinute(2022, 10, 15), to: kstMinute(2022, 10, 16) },
      ['2022-10-15', '03:00', '06:00'],
    ],
    [
      'an hour in minutes',
      { from: kstMinute(2022, 10, 15, 15), to: kstMinute(2022, 10, 15, 16) },
      ['15:00', '15:15', '15:30'],
    ],
  ])('labels %s on round Korean times', (_, view, first) => {
    const list = ticks(view, 10)
    expect(list.length).toBeLessThanOrEqual(11)
    expect(list.slice(0, 3).map((t) => t.label)).toEqual(first)
    for (const t of list) expect(t.at).toBeGreaterThanOrEqual(view.from)
  })

  it.each([
    [0, 'T+0m'],
    [5, 'T+5m'],
    [127 * 60 + 3, 'T+5d 7h 3m'],
    [-120, 'T−2h'],
  ])('says %d minutes as %s', (n, text) => {
    expect(offsetText(n)).toBe(text)
  })
})
