/** One share card to PNG: its data laid out as SVG (lib/share/layout.ts), rasterized by resvg with no font of its own. */
import { Resvg } from '@resvg/resvg-js'
import type { CardData } from '../../lib/share/card'
import { type CardFonts, cardSvg } from '../../lib/share/layout'

export function renderCard(card: CardData, fonts: CardFonts): Uint8Array {
  // Text is drawn as outlines: resvg needs no font, and loading the system's costs ~20 ms a card.
  return new Resvg(cardSvg(card, fonts), { font: { loadSystemFonts: false } }).render().asPng()
}
