/**
 * A small static file server for `out/`, used by `npm start` and the browser tests.
 * Directories serve their index.html; unknown paths get 404.html with status 404;
 * nothing outside the root is ever served.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
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

export function createStaticServer(rootDir: string): Server {
  const root = resolve(rootDir)
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
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
    res.writeHead(file ? 200 : 404, {
      'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(found)
      .on('error', () => res.end())
      .pipe(res)
  })
}

/** Starts serving `rootDir` on `port` (0: any free port) and resolves with the port. */
export function startStaticServer(
  rootDir: string,
  port: number,
  host = '127.0.0.1',
): Promise<{ server: Server; port: number }> {
  const server = createStaticServer(rootDir)
  return new Promise((resolvePort, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolvePort({ server, port: typeof address === 'object' && address ? address.port : port })
    })
  })
}
