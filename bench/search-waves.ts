/**
 * Where a reader's wait goes, from the browser's own record of a query's requests (Resource
 * Timing, the same for both engines): the waves of requests (a request is in wave k + 1 when it
 * starts after a request of wave k has ended: it may depend on it), the files and bytes of each
 * wave, the time until the last response, the engine's work after it and the paint. Pure.
 */

/** One request of a query, times in ms from the keypress. */
export interface Request {
  path: string
  start: number
  end: number
  /** Compressed body bytes (0 when served from the memory cache). */
  bytes: number
  /** When the request was sent and its first byte came back (ms from the keypress), and whether it opened a connection. */
  sent?: number
  firstByte?: number
  connected?: boolean
}

/** What a query's wait was made of. */
export interface Trace {
  /** Per wave: files, compressed bytes, what they were (by `kindOf`) and when its last response ended. */
  waves: Array<{ files: number; bytes: number; kinds: string[]; startMs: number; endMs: number }>
  /** From the keypress to the last response. */
  networkMs: number
  /** From the last response (or the keypress) to the results handed over. */
  computeMs: number
  /** From the results handed over to their paint. */
  paintMs: number
}

/** A request's times from `at` (ms) instead of the epoch. */
export const shifted = (r: Request, at: number): Request => ({
  ...r,
  start: r.start - at,
  end: r.end - at,
  ...(r.sent === undefined ? {} : { sent: r.sent - at }),
  ...(r.firstByte === undefined ? {} : { firstByte: r.firstByte - at }),
})

/** The kind of an index file, by path: postings, vocabulary, fragments (Pagefind: index, filter, fragments). */
export function kindOf(path: string): string {
  if (/\/idx\/i\//.test(path) || /\/pagefind\/index\//.test(path)) return 'postings'
  if (/\/idx\/v\//.test(path)) return 'vocabulary'
  if (/\/idx\/f\//.test(path) || /\/pagefind\/fragment\//.test(path)) return 'fragments'
  if (/\/pagefind\/filter\//.test(path)) return 'filters'
  return 'other'
}

/**
 * The waves of a query's requests made before its results were handed over (the ones the reader
 * waited for; a fragment asked for after an early paint is not): each request one wave after the
 * latest wave it could have waited for.
 */
export function traceOf(requests: readonly Request[], readyMs: number, waitMs: number): Trace {
  const sorted = requests.filter((r) => r.start < readyMs).sort((a, b) => a.start - b.start)
  const waveOf: number[] = []
  sorted.forEach((r, i) => {
    let wave = 0
    for (let j = 0; j < i; j += 1) {
      const before = sorted[j]
      if (before && before.end <= r.start) wave = Math.max(wave, (waveOf[j] ?? 0) + 1)
    }
    waveOf.push(wave)
  })
  const waves: Trace['waves'] = []
  sorted.forEach((r, i) => {
    const at = waveOf[i] ?? 0
    while (waves.length <= at) waves.push({ files: 0, bytes: 0, kinds: [], startMs: r.start, endMs: 0 })
    const w = waves[at]
    if (!w) return
    w.files += 1
    w.bytes += r.bytes
    const kind = kindOf(r.path)
    if (!w.kinds.includes(kind)) w.kinds.push(kind)
    w.endMs = Math.max(w.endMs, r.end)
  })
  const networkMs = Math.min(readyMs, Math.max(0, ...sorted.map((r) => r.end)))
  return {
    waves: waves.map((w) => ({ ...w, startMs: +w.startMs.toFixed(1), endMs: +w.endMs.toFixed(1) })),
    networkMs: +networkMs.toFixed(1),
    computeMs: +(readyMs - networkMs).toFixed(1),
    paintMs: +(waitMs - readyMs).toFixed(1),
  }
}

const pct = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return +(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0).toFixed(1)
}

/** The breakdown over many queries: how many took each number of waves, and p50 / p95 of each part. */
export function breakdown(traces: readonly Trace[]) {
  const waves: Record<string, number> = {}
  for (const t of traces) waves[String(t.waves.length)] = (waves[String(t.waves.length)] ?? 0) + 1
  const both = (xs: number[]) => [pct(xs, 0.5), pct(xs, 0.95)]
  return {
    queriesByWaves: waves,
    files: both(traces.map((t) => t.waves.reduce((s, w) => s + w.files, 0))),
    kB: both(traces.map((t) => t.waves.reduce((s, w) => s + w.bytes, 0) / 1024)),
    networkMs: both(traces.map((t) => t.networkMs)),
    computeMs: both(traces.map((t) => t.computeMs)),
    paintMs: both(traces.map((t) => t.paintMs)),
  }
}

/** A file load as the engine's loader saw it (ms from the query): asked for, headers in, body read as text. */
export interface LoaderTimes {
  path: string
  asked: number
  headers: number
  read: number
}

/**
 * One query's timeline, for the queries of one wave: when the engine asked for its first and last
 * file, when the browser started, sent and got the first and last byte of the last file to end,
 * when the loader had its text, when the results were handed over, and when they were painted;
 * the longest queueing (start → sent) and how many requests opened a connection.
 */
export function timelineOf(
  requests: readonly Request[],
  loads: readonly LoaderTimes[],
  readyMs: number,
  waitMs: number,
) {
  const before = requests.filter((r) => r.start < readyMs)
  const last = before.reduce<Request | undefined>((a, r) => (a && a.end >= r.end ? a : r), undefined)
  const read = loads.filter((l) => l.asked < readyMs)
  const lastRead = read.reduce<LoaderTimes | undefined>((a, l) => (a && a.read >= l.read ? a : l), undefined)
  return {
    firstAsked: Math.min(...read.map((l) => l.asked)),
    lastAsked: Math.max(...read.map((l) => l.asked)),
    start: last?.start ?? 0,
    sent: last?.sent ?? 0,
    firstByte: last?.firstByte ?? 0,
    end: last?.end ?? 0,
    headers: lastRead?.headers ?? 0,
    read: lastRead?.read ?? 0,
    ready: readyMs,
    painted: waitMs,
    queueing: Math.max(0, ...before.map((r) => (r.sent ?? r.start) - r.start)),
    connections: before.filter((r) => r.connected).length,
  }
}
