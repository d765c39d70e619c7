/**
 * `npm run bench:cards [-- --rounds N]`: what a share card costs, step by step, over every card of
 * the content (the real content, or CONTENT_DIR's after `npm run content`): CPU time a card (user
 * and system, this process) for the SVG layout, resvg's parsing and rasterising, and rasterising
 * with each PNG: resvg's own RGBA PNG, or the indexed-colour PNG the build writes
 * (scripts/share-cards/png.ts, reading the pixels included); and the bytes of each PNG. Writes bench/results/share-cards.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { getCollections } from '../lib/content/source'
import { dataContext } from '../lib/export/files'
import { shareCardFiles } from '../lib/export/share-files'
import type { CardData } from '../lib/share/card'
import { cardSvg } from '../lib/share/layout'
import { loadCardFonts } from '../scripts/share-cards/fonts'
import { indexedPng } from '../scripts/share-cards/png'

const at = process.argv.indexOf('--rounds')
const rounds = Math.max(1, Number(at === -1 ? 3 : process.argv[at + 1]))
const cards: CardData[] = []
for (const file of shareCardFiles(dataContext(getCollections(), 'https://o.example', '', { icon: '' })))
  if ('card' in file) cards.push(file.card)
const fonts = loadCardFonts()
const options = { font: { loadSystemFonts: false } }
const svgs = cards.map((card) => cardSvg(card, fonts))

/** CPU milliseconds a card of `step` over every card, `rounds` times, after one round unmeasured (the JIT, the heap). */
function cpu(step: (i: number) => void) {
  for (let i = 0; i < cards.length; i++) step(i)
  const before = process.cpuUsage()
  for (let r = 0; r < rounds; r++) for (let i = 0; i < cards.length; i++) step(i)
  const used = process.cpuUsage(before)
  const per = (micro: number) => +(micro / 1000 / rounds / cards.length).toFixed(2)
  return { user: per(used.user), system: per(used.system), total: per(used.user + used.system) }
}

const load = loadavg().map((x) => +x.toFixed(2))
const layout = cpu((i) => cardSvg(cards[i] as CardData, fonts))
const parse = cpu((i) => new Resvg(svgs[i] ?? '', options))
const raster = cpu((i) => new Resvg(svgs[i] ?? '', options).render())
let rgbaBytes = 0
let indexedBytes = 0
// Each card drawn afresh and let go, as the build does: held images would make the pixels' reading dearer.
const resvgPng = cpu((i) => {
  rgbaBytes += new Resvg(svgs[i] ?? '', options).render().asPng().length
})
const ownPng = cpu((i) => {
  const image = new Resvg(svgs[i] ?? '', options).render()
  indexedBytes += (indexedPng(image.pixels, image.width, image.height) ?? image.asPng()).length
})
const kb = (bytes: number) => +(bytes / (rounds + 1) / cards.length / 1024).toFixed(1)
const result = {
  cards: cards.length,
  rounds,
  msPerCard: { layout, parse, parseAndRaster: raster, rasterAndResvgPng: resvgPng, rasterAndIndexedPng: ownPng },
  kbPerCard: { resvgPng: kb(rgbaBytes), indexedPng: kb(indexedBytes) },
  load: { before: load, after: loadavg().map((x) => +x.toFixed(2)) },
  date: new Date().toISOString(),
}
for (const [step, ms] of Object.entries(result.msPerCard))
  console.log(
    `${step.padEnd(16)} ${ms.total.toFixed(2).padStart(6)} ms CPU a card (user ${ms.user}, system ${ms.system})`,
  )
console.log(
  `PNG a card: resvg ${result.kbPerCard.resvgPng} KB, indexed ${result.kbPerCard.indexedPng} KB; ${cards.length} cards × ${rounds}; load ${load.join(' ')}`,
)
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true })
writeFileSync(join(import.meta.dirname, 'results/share-cards.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log('written bench/results/share-cards.json')
