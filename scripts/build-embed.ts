/**
 * Builds the embed's two scripts into out/ after `next build` (part of `npm run build`):
 * `out/embed.js` (the loader, embed/loader.ts) and `out/embed/timeline.js` (the embed page's
 * script, embed/widget.ts). Minified IIFEs, no source maps, nothing written outside out/.
 */
import { existsSync } from 'node:fs'
import { build } from 'esbuild'

if (!existsSync('out/embed/timeline/index.html')) {
  throw new Error('out/embed/timeline/index.html is missing: run `next build` first')
}

await build({
  entryPoints: { embed: 'embed/loader.ts', 'embed/timeline': 'embed/widget.ts' },
  outdir: 'out',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
})
console.log('embed: out/embed.js, out/embed/timeline.js')
