/**
 * The bench page's script (bundled by bench/search-browser.ts): both engines behind one
 * interface, each query's results rendered as a reader sees them, and the times the bench
 * reads: the reader's wait to results painted, when the engine handed them over, and the
 * engine's own time on the same query again.
 */
import { pieces } from '../lib/search/ranges'
type Row = { title: string; excerpt: string; html: boolean; url: string }
type Hit = {
  title: { ko: string }
  url: { ko: string }
  passage: { text: string; ranges: Array<{ start: number; end: number }> }
}
type Found = { url: string; excerpt: string; meta?: { title?: string } }
const engines: Record<string, { search(q: string, k: number): Promise<Row[]>; settled?: Promise<unknown> }> = {}
/** This search's file loads as its loader saw them (ms, page clock): asked for, headers in, body read. */
type Load = { path: string; asked: number; headers: number; read: number }
let loads: Load[] = []
performance.setResourceTimingBufferSize(100_000)
const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
function render(name: string, rows: Row[]) {
  const list = document.getElementById(name)
  if (!list) return
  list.innerHTML = ''
  for (const r of rows) {
    const li = document.createElement('li')
    const a = document.createElement('a')
    a.href = r.url
    a.textContent = r.title
    const p = document.createElement('p')
    p.innerHTML = r.html ? r.excerpt : esc(r.excerpt)
    li.append(a, p)
    list.append(li)
  }
}
async function open(name: string) {
  const dynamic = (url: string) => import(url)
  if (name === 'ours') {
    const { SearchIndex } = await dynamic('/ours/engine.js')
    const index = await SearchIndex.open(async (path: string) => {
      const asked = performance.now()
      const res = await fetch(`/ours/idx/${path}`)
      if (!res.ok) throw new Error(`index file ${path}: HTTP ${res.status}`)
      const headers = performance.now()
      const text = await res.text()
      loads.push({ path, asked, headers, read: performance.now() })
      return text
    })
    const rows = (hits: Hit[]): Row[] =>
      hits.map((h) => ({
        title: h.title.ko,
        excerpt: pieces(h.passage.text, h.passage.ranges)
          .map((x) => (x.mark ? `<mark>${esc(x.text)}</mark>` : esc(x.text)))
          .join(''),
        html: true,
        url: h.url.ko,
      }))
    // The first page is painted as soon as the engine hands one over: from the postings' wave
    // (display rows) when they cover it, else with the fragments. Its passages follow (`settled`).
    const ours: (typeof engines)[string] = {
      search(q, k) {
        return new Promise((resolve, reject) => {
          ours.settled = index
            .search(q, {
              limit: k,
              // As the site's islands do: the passages' fragments wait for the page's paint (and
              // for the task after it that this bench's wait ends with).
              early: (r: { hits: Hit[] }) => {
                resolve(rows(r.hits))
                return painted().then(() => new Promise((done) => setTimeout(done, 0)))
              },
            })
            .then((r: { hits: Hit[] }) => resolve(rows(r.hits)), reject)
        })
      },
    }
    engines.ours = ours
  } else {
    const pf = await dynamic('/pagefind/pagefind.js')
    await pf.options({ excerptLength: 30 })
    await pf.init()
    engines.pagefind = {
      async search(q, k) {
        const s = await pf.search(q)
        const data: Found[] = await Promise.all(
          (s?.results ?? []).slice(0, k).map((r: { data(): Promise<Found> }) => r.data()),
        )
        return data.map((d) => ({ title: d.meta?.title ?? d.url, excerpt: d.excerpt, html: true, url: d.url }))
      },
    }
  }
}
async function query(name: string, q: string, k: number) {
  const engine = engines[name]
  if (!engine) throw new Error(`${name} is not open`)
  loads = []
  const t = performance.now()
  const rows = await engine.search(q, k)
  const ready = performance.now() - t
  const entries = performance
    .getEntriesByType('resource')
    .filter((e): e is PerformanceResourceTiming => e.startTime >= t)
  const mine = loads.map((l) => {
    const e = entries.find((x) => x.name.endsWith(`/ours/idx/${l.path}`))
    const rt = e
      ? { rtStart: e.startTime - t, rtSent: e.requestStart - t, rtFirst: e.responseStart - t, rtEnd: e.responseEnd - t }
      : {}
    return { ...l, asked: l.asked - t, headers: l.headers - t, read: l.read - t, ...rt }
  })
  render(name, rows)
  const rendered = performance.now() - t
  let frame = 0
  await new Promise((r) =>
    requestAnimationFrame(() => {
      frame = performance.now() - t
      setTimeout(r, 0)
    }),
  )
  const wait = performance.now() - t
  await engine.settled
  const t2 = performance.now()
  await engine.search(q, k)
  return {
    wait,
    ready,
    at: performance.timeOrigin + t,
    engine: performance.now() - t2,
    urls: rows.map((r) => r.url),
    loads: mine,
    rendered,
    frame,
  }
}
async function floor() {
  const times: number[] = []
  for (let i = 0; i < 20; i += 1) {
    const t = performance.now()
    await (await fetch(`/ping?${i}`)).text()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[10] ?? 0
}
Reflect.set(window, 'bench', { open, query, floor })
