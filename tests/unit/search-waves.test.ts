import { describe, expect, it } from 'vitest'
import { breakdown, kindOf, shifted, timelineOf, traceOf } from '@/bench/search-waves'

describe('where a query wait goes (bench/search-waves.ts)', () => {
  it('names the files of both engines by what they hold', () => {
    expect(
      ['/ours/idx/i/12.json', '/ours/idx/v/3.json', '/ours/idx/f/7.json', '/ours/idx/meta.json'].map(kindOf),
    ).toEqual(['postings', 'vocabulary', 'fragments', 'other'])
    expect(
      ['/pagefind/index/en_1.pf_index', '/pagefind/fragment/x.pf_fragment', '/pagefind/filter/a'].map(kindOf),
    ).toEqual(['postings', 'fragments', 'filters'])
  })

  it.each([
    ['nothing fetched', [], 0],
    [
      'requests started together: one wave',
      [
        [0, 5],
        [1, 6],
        [2, 4],
      ],
      1,
    ],
    [
      'a request after another ended: two waves',
      [
        [0, 5],
        [1, 6],
        [7, 9],
      ],
      2,
    ],
    [
      'a chain of three',
      [
        [0, 2],
        [3, 4],
        [5, 6],
      ],
      3,
    ],
    [
      'overlapping the first wave still counts as first',
      [
        [0, 5],
        [4, 8],
        [6, 9],
      ],
      2,
    ],
  ] as const)('%s', (_, spans, waves) => {
    const requests = spans.map(([start, end], i) => ({ path: `/ours/idx/i/${i}.json`, start, end, bytes: 100 }))
    expect(traceOf(requests, 10, 12).waves).toHaveLength(waves)
  })

  it('splits the wait into network, engine work after the last response, and paint', () => {
    const t = traceOf(
      [
        { path: '/ours/idx/i/1.json', start: 1, end: 4, bytes: 300 },
        { path: '/ours/idx/v/0.json', start: 1, end: 6, bytes: 700 },
        { path: '/ours/idx/f/9.json', start: 8, end: 12, bytes: 500 },
      ],
      14,
      20,
    )
    expect(t.waves).toEqual([
      { files: 2, bytes: 1000, kinds: ['postings', 'vocabulary'], startMs: 1, endMs: 6 },
      { files: 1, bytes: 500, kinds: ['fragments'], startMs: 8, endMs: 12 },
    ])
    expect([t.networkMs, t.computeMs, t.paintMs]).toEqual([12, 2, 6])
    const b = breakdown([t, traceOf([], 2, 3)])
    expect(b.queriesByWaves).toEqual({ '0': 1, '2': 1 })
    expect(b.files).toEqual([3, 3])
  })

  it('leaves out the requests made after the results were handed over (fragments after an early paint)', () => {
    const t = traceOf(
      [
        { path: '/ours/idx/i/1.json', start: 1, end: 4, bytes: 300 },
        { path: '/ours/idx/f/9.json', start: 6, end: 12, bytes: 500 },
      ],
      5,
      8,
    )
    expect(t.waves).toEqual([{ files: 1, bytes: 300, kinds: ['postings'], startMs: 1, endMs: 4 }])
    expect([t.networkMs, t.computeMs, t.paintMs]).toEqual([4, 1, 3])
  })

  it('shifts a request to the query clock, its send and first byte too', () => {
    expect(shifted({ path: '/x', start: 105, end: 109, bytes: 1, sent: 106, firstByte: 107 }, 100)).toEqual({
      path: '/x',
      start: 5,
      end: 9,
      bytes: 1,
      sent: 6,
      firstByte: 7,
    })
    expect(shifted({ path: '/x', start: 105, end: 109, bytes: 1 }, 100)).toEqual({
      path: '/x',
      start: 5,
      end: 9,
      bytes: 1,
    })
  })

  it("follows a one-wave query's last file from the engine's ask to the paint", () => {
    const t = timelineOf(
      [
        { path: '/ours/idx/i/1.json', start: 1.5, end: 4, bytes: 300, sent: 2, firstByte: 3, connected: false },
        { path: '/ours/idx/v/0.json', start: 1.2, end: 6, bytes: 700, sent: 2.5, firstByte: 4, connected: true },
        { path: '/ours/idx/f/9.json', start: 9, end: 12, bytes: 500, sent: 9.5, firstByte: 10, connected: false },
      ],
      [
        { path: 'v/0.json', asked: 0.4, headers: 4.5, read: 6.5 },
        { path: 'i/1.json', asked: 0.8, headers: 3.5, read: 4.5 },
        { path: 'f/9.json', asked: 8.6, headers: 11, read: 12.5 },
      ],
      8,
      11,
    )
    expect(t).toEqual({
      firstAsked: 0.4,
      lastAsked: 0.8,
      start: 1.2,
      sent: 2.5,
      firstByte: 4,
      end: 6,
      headers: 4.5,
      read: 6.5,
      ready: 8,
      painted: 11,
      queueing: 1.3,
      connections: 1,
    })
  })
})
