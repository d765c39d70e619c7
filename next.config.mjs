import { relative, resolve } from 'node:path'

// `npm run dev` with DEV_WORK_DIR (scripts/dev.ts, the dev-mode test) keeps every generated file
// under that folder: contentlayer2's output, Next's dev folder and the tsconfig Next adjusts.
const work = process.env.DEV_WORK_DIR ? resolve(process.env.DEV_WORK_DIR) : undefined
const inWork = (path) => relative(process.cwd(), resolve(work ?? '.', path))

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: { globalNotFound: true },
  ...(work && {
    distDir: inWork('.next'),
    typescript: { tsconfigPath: inWork('tsconfig.next.json') },
    turbopack: { resolveAlias: { 'contentlayer/generated': `./${inWork('.contentlayer/generated/index.mjs')}` } },
  }),
}

export default nextConfig
