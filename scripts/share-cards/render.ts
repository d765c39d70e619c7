/**
 * One share card to PNG: its data laid out as SVG (lib/share/layout.ts), rasterized by resvg with
 * no font of its own, encoded as an indexed-colour PNG (./png.ts; resvg's own RGBA PNG where the
 * card has more colours than a palette holds).
 */
import { Resvg } from '@resvg/resvg-js'
import type { CardData } from '../../lib/share/card'
import { type CardFonts, cardSvg } from '../../lib/share/layout'
import { indexedPng } from './png'

export function renderCard(card: CardData, fonts: CardFonts): Uint8Array {
  // Text is drawn as outlines: resvg needs no font, and loading the system's costs ~20 ms a card.
  const image = new Resvg(cardSvg(card, fonts), { font: { loadSystemFonts: false } }).render()
  return indexedPng(image.pixels, image.width, image.height) ?? image.asPng()
}
