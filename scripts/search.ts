/**
 * The search CLI, over the same index and ranking as the site:
 *   npm run --silent search -- --json "<query>"      JSON array, best first, of { id, type, title, url }
 *   npm run --silent search -- [--en] [--limit N] "<query>"   readable lines
 */
import { SearchIndex } from '../lib/search/engine'
import { defaultLoader } from './search-index'

// Piped into `head`, the reader closes the pipe early: that is the end of the output, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  throw e
})

const args = process.argv.slice(2)
const json = args.includes('--json')
const lang = args.includes('--en') ? 'en' : 'ko'
const limitAt = args.indexOf('--limit')
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) || 10 : 10
const query = args.filter((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1)).join(' ')

const index = await SearchIndex.open(defaultLoader())
const { hits, total, readAs, readings, corrections, expansions } = await index.search(query, { lang, limit })
if (json) {
  process.stdout.write(
    `${JSON.stringify(
      hits.map((h) => ({ id: h.id, type: h.type, title: h.title[lang], url: h.url[lang] })),
      null,
      2,
    )}\n`,
  )
} else {
  if (readAs !== undefined) console.log(`(read as "${readAs}")`)
  if (readings.length > 0) console.log(`(dates and figures: ${readings.join(', ')})`)
  if (corrections.length > 0) console.log(`(also searched for: ${corrections.join(', ')})`)
  for (const e of expansions) console.log(`(${e.word} also searched as: ${e.terms.join(', ')})`)
  console.log(`${total} records match; the best ${hits.length}:`)
  for (const h of hits)
    console.log(
      `${h.score.toFixed(1).padStart(6)}  ${h.type.padEnd(8)} ${h.date ?? '          '}  ${h.title[lang]}  ${h.url[lang]}\n${' '.repeat(8)}${h.passage.text.slice(0, 100)}`,
    )
}
