/**
 * Global setup of the browser tests: serves the built site (out/) on a free local port.
 * The site must have been built first (`npm test` does it; alone: `npm run build`).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStaticServer } from '../../scripts/static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

export default async function setup(project: TestProject) {
  const out = resolve(import.meta.dirname, '../../out')
  if (!existsSync(resolve(out, 'index.html'))) {
    throw new Error('out/index.html is missing: run `npm run build` before the browser tests (npm test does).')
  }
  const { server, port } = await startStaticServer(out, 0)
  project.provide('baseURL', `http://127.0.0.1:${port}`)
  return () => new Promise<void>((done) => server.close(() => done()))
}
