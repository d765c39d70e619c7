/**
 * Builds the embed's scripts into out/ after `next build` (part of `npm run build`):
 * `out/embed.js`, the loader (embed/loader.ts), a classic script (a host page may load it any way,
 * and it reads document.currentScript); `out/embed/timeline.js`, the embed page's module
 * (embed/widget.ts), with the axis view (embed/axis.ts) split off into `out/embed/_chunks/`, loaded
 * only for `view=axis`. Minified, no source maps, nothing written outside out/.
 */
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { build, type BuildOptions } from 'esbuild'
import { OUT_DIR } from './out-dir'
import { siteConfigPlugin } from './site-config-plugin'

if (!existsSync(join(OUT_DIR, 'embed/timeline/index.html'))) {
  throw new Error(`${join(OUT_DIR, 'embed/timeline/index.html')} is missing: run \`next build\` first`)
}

const common: BuildOptions = {
  // lib/site/env.ts reads the environment; the browser has none, so this build's site is written in.
  plugins: [siteConfigPlugin()],
  bundle: true,
  minify: true,
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
}
const CHUNKS = join(OUT_DIR, 'embed/_chunks')
rmSync(CHUNKS, { recursive: true, force: true })
await Promise.all([
  build({ ...common, entryPoints: { embed: 'embed/loader.ts' }, outdir: OUT_DIR, format: 'iife' }),
  build({
    ...common,
    entryPoints: { timeline: 'embed/widget.ts' },
    outdir: join(OUT_DIR, 'embed'),
    format: 'esm',
    splitting: true,
    chunkNames: '_chunks/[name]-[hash]',
  }),
])
console.log(`embed: ${OUT_DIR}/embed.js, ${OUT_DIR}/embed/timeline.js (+ ${CHUNKS}/)`)
