import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '../../scripts/static-server'

let server: Server
let base = ''

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'oc-serve-'))
  mkdirSync(join(root, 'incidents/x'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>')
  writeFileSync(join(root, '404.html'), '<h1>missing</h1>')
  writeFileSync(join(root, 'incidents/x/index.html'), '<h1>x</h1>')
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret')
  const started = await startStaticServer(root, 0)
  server = started.server
  base = `http://127.0.0.1:${started.port}`
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

describe('the static server behind npm start', () => {
  it('serves pages at their trailing-slash URLs', async () => {
    const res = await fetch(`${base}/incidents/x/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toBe('<h1>x</h1>')
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
