/** A worker thread of the share-card pool: loads the fonts once, then renders each card it is sent. */
import { parentPort } from 'node:worker_threads'
import type { CardData } from '../../lib/share/card'
import { loadCardFonts } from './fonts'
import { renderCard } from './render'

const fonts = loadCardFonts()

parentPort?.on('message', ({ id, card }: { id: number; card: CardData }) => {
  try {
    const png = renderCard(card, fonts)
    parentPort?.postMessage({ id, png })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
