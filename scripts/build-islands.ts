/**
 * The island step of `npm run build`, after `next build`:
 * 1. bundles every `components/<feature>/<name>.island.ts` with esbuild into hashed ES modules in
 *    out/_islands/ (shared code in chunks, the search engine in its own lazily loaded chunk);
 * 2. rewrites every page in out/ (lib/islands/rewrite.ts): Next's client runtime, flight data and
 *    script preloads out, the page's own island modules in; on every core (scripts/islands/);
 * 3. deletes what only Next's runtime read: the RSC payloads (`index.txt`, `__next.*.txt`) and the
 *    runtime's JavaScript under out/_next/static/ (the CSS and fonts there stay); with
 *    `--keep-runtime-files` it leaves them to a later step (`npm run build` deletes them last,
 *    scripts/prune-runtime.ts says why).
 * Any page it cannot rewrite stops the build with the file and the reason. `--analyze` prints
 * what each bundle is made of.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { analyzeMetafile, build, type Metafile, type Plugin } from 'esbuild'
import { ISLAND_BASE, type IslandAsset } from '../lib/islands/rewrite'
import { BASE_PATH } from '../lib/site/env'
import { files, pruneRuntimeFiles } from './islands/prune'
import { rewritePages } from './islands/rewrite-pool'
import { OUT_DIR as OUT } from './out-dir'
import { siteConfigPlugin } from './site-config-plugin'

const ISLAND_DIR = join(OUT, '_islands')
const SUFFIX = '.island.ts'
/** What an island bundle must never contain: the framework, or the content itself. */
const FORBIDDEN_INPUT =
  /^(?:content\/|\.contentlayer\/|lib\/content\/source\.ts$)|node_modules\/(?:react|react-dom|next)\//

/** Island name → module path; two modules with one name are an error. */
function findIslands(): Map<string, string> {
  const found = new Map<string, string>()
  for (const path of files('components')) {
    if (!path.endsWith(SUFFIX)) continue
    const name = basename(path, SUFFIX)
    const other = found.get(name)
    if (other) throw new Error(`two islands are named "${name}": ${other} and ${path}`)
    found.set(name, resolve(path))
  }
  return found
}

/** Each entry is a virtual module that mounts its island on every root in the page. */
function entries(islands: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'island-entries',
    setup(b) {
      b.onResolve({ filter: /^island:/ }, (args) => ({ path: args.path.slice('island:'.length), namespace: 'island' }))
      b.onLoad({ filter: /.*/, namespace: 'island' }, (args) => {
        const module = islands.get(args.path)
        if (!module) return { errors: [{ text: `no island named ${args.path}` }] }
        const boot = resolve('components/islands/boot.ts')
        return {
          contents: `import { mount } from ${JSON.stringify(module)}
import { boot } from ${JSON.stringify(boot)}
export { mount }
export const unmountAll = boot(${JSON.stringify(args.path)}, mount)
`,
          loader: 'ts',
          resolveDir: resolve('.'),
        }
      })
    },
  }
}

async function bundle(islands: ReadonlyMap<string, string>): Promise<Map<string, IslandAsset>> {
  rmSync(ISLAND_DIR, { recursive: true, force: true })
  const result = await build({
    entryPoints: Object.fromEntries([...islands.keys()].map((name) => [name, `island:${name}`])),
    outdir: ISLAND_DIR,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: ['es2020'],
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // lib/site/env.ts (page paths under the base path) reads the environment; the browser has
    // none, so this build's site is written in.
    plugins: [entries(islands), siteConfigPlugin()],
  })
  if (process.argv.includes('--analyze')) console.log(await analyzeMetafile(result.metafile))
  const bad = Object.keys(result.metafile.inputs).filter((input) => FORBIDDEN_INPUT.test(input))
  if (bad.length > 0) throw new Error(`island bundles must not include the framework or the content: ${bad.join(', ')}`)
  return assetsFrom(result.metafile)
}

/** A built file's address: under the base path, as the pages link it. */
const urlOf = (file: string): string => BASE_PATH + ISLAND_BASE + relative(ISLAND_DIR, file).split('\\').join('/')

/** Island name → its module's URL and the chunks it imports statically (to preload). */
function assetsFrom(meta: Metafile): Map<string, IslandAsset> {
  const assets = new Map<string, IslandAsset>()
  const staticImports = (file: string, seen = new Set<string>()): Set<string> => {
    for (const imp of meta.outputs[file]?.imports ?? []) {
      if (imp.kind !== 'import-statement' || seen.has(imp.path)) continue
      seen.add(imp.path)
      staticImports(imp.path, seen)
    }
    return seen
  }
  for (const [file, output] of Object.entries(meta.outputs)) {
    if (!output.entryPoint?.startsWith('island:')) continue
    assets.set(output.entryPoint.slice('island:'.length), {
      script: urlOf(file),
      preload: [...staticImports(file)].map(urlOf).sort(),
    })
  }
  return assets
}

if (!existsSync(join(OUT, 'index.html'))) throw new Error(`${OUT}/index.html is missing: run \`next build\` first`)

const islands = findIslands()
const assets = await bundle(islands)
const pageFiles = [...files(OUT)].filter((file) => file.endsWith('.html'))
const rewritten = await rewritePages(pageFiles, { assets: [...assets], basePath: BASE_PATH })
const { pages, removed, problems } = rewritten
const used = new Map(rewritten.used)
if (problems.length > 0) {
  problems.sort()
  throw new Error(`islands: ${problems.length} page(s) could not be rewritten:\n${problems.join('\n')}`)
}

const keep = process.argv.includes('--keep-runtime-files')
const deleted = keep ? 0 : await pruneRuntimeFiles(OUT)

const sizes = [...assets].map(([name, a]) => {
  const gz = [a.script, ...a.preload].reduce(
    (sum, url) =>
      sum + gzipSync(readFileSync(join(ISLAND_DIR, url.slice(BASE_PATH.length + ISLAND_BASE.length)))).length,
    0,
  )
  return `${name} ${(gz / 1024).toFixed(1)} KB gz on ${used.get(name) ?? 0} pages`
})
console.log(
  `islands: ${pages} pages rewritten, ${removed} runtime tags removed, ${keep ? 'runtime files left for the prune step' : `${deleted} runtime files deleted`}`,
)
console.log(`islands: ${sizes.join('; ')}`)
