/**
 * A small static file server for `out/`, used by `npm start`, the browser tests and the benchmark,
 * and meant to behave like a good static host:
 * - directories serve their index.html; unknown paths get 404.html with status 404; nothing
 *   outside the root is ever served;
 * - text (HTML, CSS, JS, JSON, SVG, XML, plain text) is compressed with brotli or gzip, as the
 *   browser accepts, once per file version (kept in memory, keyed by size and modification time);
 * - hashed assets (`/_next/static/`, `/_islands/`) are cached for a year and immutable; HTML is
 *   revalidated on every visit; everything else is cached for five minutes; every answer carries
 *   an ETag, and a matching If-None-Match gets 304.
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip as gzipCompress } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
}
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.txt',
  '.xml',
  '.svg',
  '.webmanifest',
  '.csv',
  '.bib',
  '.ris',
])
/** Paths whose file names carry a hash of their content. */
const HASHED = ['/_next/static/', '/_islands/']

export const CACHE = {
  hashed: 'public, max-age=31536000, immutable',
  html: 'public, max-age=0, must-revalidate',
  other: 'public, max-age=300',
} as const

export function cacheControl(pathname: string, file: string): string {
  if (HASHED.some((prefix) => pathname.startsWith(prefix))) return CACHE.hashed
  return file.endsWith('.html') ? CACHE.html : CACHE.other
}

export type Encoding = 'br' | 'gzip' | 'identity'

export interface ServerOptions {
  /** Offer brotli (default true); without it the server is a gzip-only host, as the benchmark measures. */
  brotli?: boolean
  /**
   * Serve the folder at this path (`/folder`, a build with BASE_PATH=/folder) instead of at the
   * root: `/folder/x` is the file `x`; any other path is a plain 404, as on a host where only that
   * folder is the site.
   */
  basePath?: string
}

/** The best encoding the request accepts (brotli, then gzip); q=0 refuses one. */
export function chooseEncoding(acceptEncoding: string | undefined, options: ServerOptions = {}): Encoding {
  const accepted = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0)
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (options.brotli !== false && ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return 'identity'
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path)
    if (s.isFile()) return path
    if (s.isDirectory()) {
      const index = join(path, 'index.html')
      return (await stat(index)).isFile() ? index : undefined
    }
  } catch {
    return undefined
  }
  return undefined
}

const brotli = promisify(brotliCompress)
const gzip = promisify(gzipCompress)

/** Compressed bodies, made once per file version (two requests at once share the work). */
function compressor() {
  const cache = new Map<string, { version: string; bodies: Map<Encoding, Promise<Buffer>> }>()
  return (file: string, version: string, encoding: 'br' | 'gzip'): Promise<Buffer> => {
    let entry = cache.get(file)
    if (entry?.version !== version) {
      entry = { version, bodies: new Map() }
      cache.set(file, entry)
    }
    const known = entry.bodies.get(encoding)
    if (known) return known
    const body = readFile(file).then((raw) =>
      encoding === 'br'
        ? brotli(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : gzip(raw, { level: 9 }),
    )
    const bodies = entry.bodies
    bodies.set(encoding, body)
    body.catch(() => bodies.delete(encoding))
    return body
  }
}

const matches = (req: IncomingMessage, etag: string) =>
  (req.headers['if-none-match'] ?? '')
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === etag || t === '*')

export function createStaticServer(rootDir: string, options: ServerOptions = {}): Server {
  const root = resolve(rootDir)
  const compressed = compressor()
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const mount = options.basePath ?? ''
    if (mount !== '' && url.pathname !== mount && !url.pathname.startsWith(`${mount}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    if (mount !== '' && url.pathname === mount) {
      res.writeHead(308, { Location: `${mount}/${url.search}` }).end()
      return
    }
    const sitePathname = url.pathname.slice(mount.length)
    let pathname: string
    try {
      pathname = decodeURIComponent(sitePathname)
    } catch {
      res.writeHead(400).end('Bad request')
      return
    }
    const target = normalize(join(root, pathname))
    if (target !== root && !target.startsWith(root + sep)) {
      res.writeHead(403).end('Forbidden')
      return
    }
    const file = await fileAt(target)
    if (file?.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('index.html')) {
      res.writeHead(308, { Location: `${url.pathname}/${url.search}` }).end()
      return
    }
    const found = file ?? join(root, '404.html')
    const info = await stat(found).catch(() => undefined)
    if (!info) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const ext = extname(found)
    const version = `${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`
    const encoding = COMPRESSIBLE.has(ext) ? chooseEncoding(req.headers['accept-encoding'], options) : 'identity'
    const etag = `"${version}${encoding === 'identity' ? '' : `-${encoding}`}"`
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': file ? cacheControl(sitePathname, found) : CACHE.html,
      ETag: etag,
    }
    if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding'
    if (file && matches(req, etag)) {
      res.writeHead(304, headers).end()
      return
    }
    const status = file ? 200 : 404
    if (encoding === 'identity') {
      res.writeHead(status, { ...headers, 'Content-Length': String(info.size) })
      if (req.method === 'HEAD') res.end()
      else
        createReadStream(found)
          .on('error', () => res.end())
          .pipe(res)
      return
    }
    const body = await compressed(found, version, encoding)
    res.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
}

/** Starts serving `rootDir` on `port` (0: any free port) and resolves with the port. */
export function startStaticServer(
  rootDir: string,
  port: number,
  host = '127.0.0.1',
  options: ServerOptions = {},
): Promise<{ server: Server; port: number }> {
  const server = createStaticServer(rootDir, options)
  return new Promise((resolvePort, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolvePort({ server, port: typeof address === 'object' && address ? address.port : port })
    })
  })
}
