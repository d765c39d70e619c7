/**
 * `npm run build`, after `next build`: writes every data file of the site into out/ (the
 * registry in lib/export/data-files.ts: incidents.json, the timeline exports, TimelineJS, oEmbed),
 * from the derived data computed once. Pages are Next's; everything else under out/ that is built
 * from content is written here.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { getCollections } from '../lib/content/source'
import { DATA_FILE_KINDS } from '../lib/export/data-files'
import { dataContext } from '../lib/export/files'
import { missingOriginWarning } from '../lib/site/config'
import { SITE } from '../lib/site/env'
import { writeDataFiles } from './data-writer'
import { renderIcon } from './share-cards/icons'
import { cardPool } from './share-cards/pool'
import { OUT_DIR as OUT } from './out-dir'

if (!existsSync(resolve(OUT, 'index.html'))) throw new Error(`${OUT}/index.html is missing: run \`next build\` first`)

const started = performance.now()
const ctx = dataContext(getCollections(), SITE.origin, SITE.basePath, {
  icon: readFileSync(resolve(import.meta.dirname, '../public/icon.svg'), 'utf8'),
})
const prepared = performance.now() - started
const pool = cardPool()
const reports = await writeDataFiles(DATA_FILE_KINDS, ctx, OUT, {
  card: (card) => pool.render(card),
  icon: renderIcon,
}).finally(() => pool.close())
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
const files = reports.reduce((n, r) => n + r.files, 0)
const bytes = reports.reduce((n, r) => n + r.bytes, 0)
console.log(
  `data files: ${files} files, ${kib(bytes)} in out/ (${(performance.now() - started).toFixed(0)} ms; derived data ${prepared.toFixed(0)} ms)`,
)
for (const r of reports) console.log(`  ${r.name}: ${r.files} files, ${kib(r.bytes)} (${r.ms.toFixed(0)} ms)`)
const warning = missingOriginWarning(SITE)
if (warning) console.warn(warning)
