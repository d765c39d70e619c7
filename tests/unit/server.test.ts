import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CACHE, chooseEncoding, startStaticServer } from '../../scripts/static-server'

let server: Server
let port = 0
let base = ''
const PAGE = `<!doctype html><title>x</title>${'<p>장애 연대기 — a page long enough to compress</p>'.repeat(50)}`
const SCRIPT = `export function mount() { return () => {} }\n${'// filler\n'.repeat(100)}`

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'oc-serve-'))
  for (const dir of ['incidents/x', '_islands', '_next/static/chunks', '_next/static/media', 'data', 'search-index']) {
    mkdirSync(join(root, dir), { recursive: true })
  }
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>')
  writeFileSync(join(root, '404.html'), '<h1>missing</h1>')
  writeFileSync(join(root, 'incidents/x/index.html'), PAGE)
  writeFileSync(join(root, '_islands/quick-search-AB12CD34.js'), SCRIPT)
  writeFileSync(join(root, '_next/static/chunks/a1b2.css'), `body{color:red}${' '.repeat(2000)}`)
  writeFileSync(join(root, '_next/static/media/font.woff2'), Buffer.alloc(3000, 7))
  writeFileSync(join(root, 'data/incidents.json'), JSON.stringify({ items: new Array(200).fill('incident') }))
  writeFileSync(join(root, 'search-index/meta.json'), '{}')
  writeFileSync(join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>')
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret')
  const started = await startStaticServer(root, 0)
  server = started.server
  port = started.port
  base = `http://127.0.0.1:${port}`
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

/** A raw request (fetch would decompress and hide the encoding). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (done, fail) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      req.on('error', fail)
      req.end()
    },
  )
}

describe('the static server behind npm start', () => {
  it('serves pages at their trailing-slash URLs', async () => {
    const res = await fetch(`${base}/incidents/x/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toBe(PAGE)
  })

  it('redirects a directory without its slash', async () => {
    const res = await fetch(`${base}/incidents/x`, { redirect: 'manual' })
    expect(res.status).toBe(308)
    expect(res.headers.get('location')).toBe('/incidents/x/')
  })

  it('answers unknown paths with the 404 page and status 404', async () => {
    const res = await fetch(`${base}/nope/`)
    expect(res.status).toBe(404)
    expect(await res.text()).toBe('<h1>missing</h1>')
  })

  it('never serves a file outside its folder', async () => {
    const res = await fetch(`${base}/..%2fsecret.txt`)
    expect([403, 404]).toContain(res.status)
    expect(await res.text()).not.toContain('secret')
  })
})

describe('compression', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
  ])('Accept-Encoding %j → %s', (accept, expected) => {
    expect(chooseEncoding(accept)).toBe(expected)
  })

  it('as a gzip-only host (the benchmark’s), never answers with brotli', () => {
    expect(chooseEncoding('br, gzip', { brotli: false })).toBe('gzip')
    expect(chooseEncoding('br', { brotli: false })).toBe('identity')
  })

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('sends HTML as %s when accepted, smaller, the same text once decoded', async (encoding, decode) => {
    const res = await get('/incidents/x/', { 'Accept-Encoding': encoding })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe(encoding)
    expect(res.headers.vary).toBe('Accept-Encoding')
    expect(Number(res.headers['content-length'])).toBe(res.body.length)
    expect(res.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 4)
    expect(decode(res.body).toString('utf8')).toBe(PAGE)
  })

  it('sends the file as it is to a client that accepts no compression', async () => {
    const res = await get('/incidents/x/')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body.toString('utf8')).toBe(PAGE)
  })

  it('does not compress what is already compressed (fonts)', async () => {
    const res = await get('/_next/static/media/font.woff2', { 'Accept-Encoding': 'br, gzip' })
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body.length).toBe(3000)
  })

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/incidents/x/', { 'Accept-Encoding': 'gzip' }, 'HEAD')
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.body.length).toBe(0)
  })
})

describe('content types and caching', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', CACHE.html],
    ['/incidents/x/', 'text/html; charset=utf-8', CACHE.html],
    ['/_islands/quick-search-AB12CD34.js', 'text/javascript; charset=utf-8', CACHE.hashed],
    ['/_next/static/chunks/a1b2.css', 'text/css; charset=utf-8', CACHE.hashed],
    ['/_next/static/media/font.woff2', 'font/woff2', CACHE.hashed],
    ['/data/incidents.json', 'application/json; charset=utf-8', CACHE.other],
    ['/search-index/meta.json', 'application/json; charset=utf-8', CACHE.other],
    ['/icon.svg', 'image/svg+xml', CACHE.other],
  ])('%s: %s, %s', async (path, type, cache) => {
    const res = await get(path, { 'Accept-Encoding': 'br' })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe(type)
    expect(res.headers['cache-control']).toBe(cache)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('hashed assets are immutable for a year', () => {
    expect(CACHE.hashed).toBe('public, max-age=31536000, immutable')
  })

  it('the 404 page is never cached as if it were the page asked for', async () => {
    const res = await get('/nope/')
    expect(res.status).toBe(404)
    expect(res.headers['cache-control']).toBe(CACHE.html)
  })

  it('revalidates with the ETag: 304 and no body while the file is unchanged, per encoding', async () => {
    const first = await get('/incidents/x/', { 'Accept-Encoding': 'gzip' })
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^".+-gzip"$/)
    const again = await get('/incidents/x/', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    const other = await get('/incidents/x/', { 'Accept-Encoding': 'br', 'If-None-Match': etag })
    expect(other.status).toBe(200)
  })
})

describe('the static server under a base path (a build with BASE_PATH=/oc)', () => {
  let mounted: Server
  let at = ''
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'oc-serve-base-'))
    mkdirSync(join(root, 'incidents/x'), { recursive: true })
    mkdirSync(join(root, '_islands'))
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>')
    writeFileSync(join(root, '404.html'), '<h1>missing</h1>')
    writeFileSync(join(root, 'incidents/x/index.html'), PAGE)
    writeFileSync(join(root, '_islands/a-AB12.js'), SCRIPT)
    const started = await startStaticServer(root, 0, '127.0.0.1', { basePath: '/oc' })
    mounted = started.server
    at = `http://127.0.0.1:${started.port}`
  })
  afterAll(() => new Promise<void>((done) => mounted.close(() => done())))

  it.each([
    ['/oc/', 200, '<h1>home</h1>'],
    ['/oc/incidents/x/', 200, PAGE],
    ['/oc/nope/', 404, '<h1>missing</h1>'],
    ['/', 404, 'Not found'],
    ['/incidents/x/', 404, 'Not found'],
    ['/ocx/', 404, 'Not found'],
  ])('%s answers %i', async (path, status, body) => {
    const res = await fetch(`${at}${path}`)
    expect(res.status).toBe(status)
    expect(await res.text()).toBe(body)
  })

  it('redirects the base path and folders without their slash, keeping the base path', async () => {
    for (const [path, location] of [
      ['/oc', '/oc/'],
      ['/oc/incidents/x', '/oc/incidents/x/'],
    ]) {
      const res = await fetch(`${at}${path}`, { redirect: 'manual' })
      expect(res.status).toBe(308)
      expect(res.headers.get('location')).toBe(location)
    }
  })

  it('caches hashed files for a year under the base path', async () => {
    const res = await fetch(`${at}/oc/_islands/a-AB12.js`)
    expect(res.headers.get('cache-control')).toBe(CACHE.hashed)
  })
})
