import { availableParallelism } from 'node:os'
import { relative, resolve } from 'node:path'

/**
 * Static export. Where the site lives comes from the environment of `npm run build`, checked
 * first by scripts/site-env.ts (lib/site/config.ts): `BASE_PATH` becomes Next's `basePath`, and
 * both `SITE_ORIGIN` and `BASE_PATH` are passed to every bundle (lib/site/env.ts reads them).
 * `OUT_DIR` exports to another folder than out/ (the base-path test builds into tests/.work/).
 */
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '')
const outDir = process.env.OUT_DIR

// `npm run dev` with DEV_WORK_DIR (scripts/dev.ts, the dev-mode test) keeps every generated file
// under that folder: contentlayer2's output, Next's dev folder and the tsconfig Next adjusts.
const work = process.env.DEV_WORK_DIR ? resolve(process.env.DEV_WORK_DIR) : undefined
const inWork = (path) => relative(process.cwd(), resolve(work ?? '.', path))

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  ...(outDir && outDir !== 'out' ? { distDir: outDir } : {}),
  basePath,
  env: { SITE_ORIGIN: process.env.SITE_ORIGIN ?? '', BASE_PATH: basePath },
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: {
    globalNotFound: true,
    // Static generation on every core (Next's default leaves one out: a single worker on two cores).
    cpus: availableParallelism(),
    // Off: the client router's prefetch inlining measures every segment's gzip size on each page,
    // for payloads the island step deletes (no Next runtime reaches the browser).
    prefetchInlining: false,
  },
  ...(work && {
    distDir: inWork('.next'),
    typescript: { tsconfigPath: inWork('tsconfig.next.json') },
    turbopack: { resolveAlias: { 'contentlayer/generated': `./${inWork('.contentlayer/generated/index.mjs')}` } },
  }),
}

export default nextConfig
