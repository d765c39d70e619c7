/**
 * Static export. Where the site lives comes from the environment of `npm run build`, checked
 * first by scripts/site-env.ts (lib/site/config.ts): `BASE_PATH` becomes Next's `basePath`, and
 * both `SITE_ORIGIN` and `BASE_PATH` are passed to every bundle (lib/site/env.ts reads them).
 * `OUT_DIR` exports to another folder than out/ (the base-path test builds into tests/.work/).
 */
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '')
const outDir = process.env.OUT_DIR

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  ...(outDir && outDir !== 'out' ? { distDir: outDir } : {}),
  basePath,
  env: { SITE_ORIGIN: process.env.SITE_ORIGIN ?? '', BASE_PATH: basePath },
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: { globalNotFound: true },
}

export default nextConfig
