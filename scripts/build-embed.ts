/**
 * Builds the embed's two scripts into out/ after `next build` (part of `npm run build`):
 * `out/embed.js` (the loader, embed/loader.ts) and `out/embed/timeline.js` (the embed page's
 * script, embed/widget.ts). Minified IIFEs, no source maps, nothing written outside out/.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { OUT_DIR } from './out-dir'
import { siteConfigPlugin } from './site-config-plugin'

if (!existsSync(join(OUT_DIR, 'embed/timeline/index.html'))) {
  throw new Error(`${join(OUT_DIR, 'embed/timeline/index.html')} is missing: run \`next build\` first`)
}

await build({
  entryPoints: { embed: 'embed/loader.ts', 'embed/timeline': 'embed/widget.ts' },
  outdir: OUT_DIR,
  // lib/site/env.ts reads the environment; the browser has none, so this build's site is written in.
  plugins: [siteConfigPlugin()],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
})
console.log(`embed: ${OUT_DIR}/embed.js, ${OUT_DIR}/embed/timeline.js`)
