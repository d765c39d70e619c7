/**
 * The share card as an SVG, 1200 × 630: a bar in the severity's colour down the left edge, the
 * site's name and the severity at the top, the title (as large as fits in three lines), when and
 * how long, up to three numbers with what they count, and the address at the bottom. Every text is
 * drawn as glyph outlines (lib/share/font.ts), so no text is ever parsed as markup and the
 * rasterizer needs no font. A character the fonts cannot draw stops the build, naming it. Pure.
 */
import type { Severity } from '../schema/vocabulary'
import type { CardData } from './card'
import type { CardFont } from './font'
import { SHARE_SIZE } from './paths'

export interface CardFonts {
  bold: CardFont
  regular: CardFont
}

export class CardTextError extends Error {
  override name = 'CardTextError'
}

const { width: W, height: H } = SHARE_SIZE
const PAD = 72
const INNER = W - 2 * PAD
const COLOR = {
  bg: '#fcfcfa',
  fg: '#1c1b19',
  muted: '#5b5850',
  rule: '#e3e0d8',
  site: '#2f4b7c',
  onSeverity: '#ffffff',
}
/** The site's severity colours (components/root-layout.css), light scheme. */
export const SEVERITY_COLOR: Record<Severity, string> = {
  minor: '#a87a12',
  moderate: '#cc5a14',
  major: '#bb2a22',
  critical: '#7a1712',
}

/** Splits a text into lines no wider than `width`: at spaces, or inside a word longer than a line. */
export function wrap(font: CardFont, text: string, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  const push = () => {
    if (line !== '') lines.push(line)
    line = ''
  }
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (font.width(candidate, size) <= width) {
      line = candidate
      continue
    }
    push()
    if (font.width(word, size) <= width) {
      line = word
      continue
    }
    for (const ch of word) {
      if (font.width(line + ch, size) > width) push()
      line += ch
    }
  }
  push()
  return lines
}

/** At most `max` lines; the last one cut with an ellipsis when the text is longer. */
export function clamp(font: CardFont, lines: string[], max: number, size: number, width: number): string[] {
  if (lines.length <= max) return lines
  const kept = lines.slice(0, max)
  let last = `${kept[max - 1] ?? ''}…`
  while (font.width(last, size) > width && last.length > 1) last = `${[...last].slice(0, -2).join('')}…`
  kept[max - 1] = last
  return kept
}

/** A text on one line: cut with an ellipsis when it is wider than `width`. */
export function truncate(font: CardFont, text: string, size: number, width: number): string {
  if (font.width(text, size) <= width) return text
  let chars = [...text]
  while (chars.length > 1 && font.width(`${chars.join('')}…`, size) > width) chars = chars.slice(0, -1)
  return `${chars.join('').trimEnd()}…`
}

/** The largest size up to `size` at which a text fits the width, not below `min`. */
function fitSize(font: CardFont, text: string, size: number, min: number, width: number): number {
  let s = size
  while (s > min && font.width(text, s) > width) s -= 2
  return s
}

const META = { size: 28, leading: 38 }

/**
 * The title and the lines under it, in the space between the site's name and the numbers: the
 * largest title that fits in its lines with every line under it, else a smaller one, else cut.
 */
function headBlock(fonts: CardFonts, card: CardData, height: number) {
  const meta = card.lines.flatMap((t) =>
    clamp(fonts.regular, wrap(fonts.regular, t, META.size, INNER), 2, META.size, INNER),
  )
  const metaHeight = meta.length * META.leading + (meta.length > 0 ? 18 : 0)
  for (const [size, max] of [
    [64, 2],
    [56, 3],
    [48, 3],
    [42, 3],
  ] as const) {
    const lines = wrap(fonts.bold, card.title, size, INNER)
    if (lines.length <= max && lines.length * Math.round(size * 1.2) + metaHeight <= height)
      return { size, lines, meta }
  }
  const size = 42
  const room = Math.max(1, Math.floor((height - metaHeight) / Math.round(size * 1.2)))
  return {
    size,
    lines: clamp(fonts.bold, wrap(fonts.bold, card.title, size, INNER), Math.min(3, room), size, INNER),
    meta,
  }
}

/** Every character of the card must be drawable: a missing glyph would show as a blank or a box. */
function checkText(fonts: CardFonts, card: CardData): void {
  const texts = [
    card.title,
    card.site,
    ...card.lines,
    card.severity?.label ?? '',
    ...card.numbers.flatMap((n) => [n.value, n.label]),
    card.note ?? '',
    card.address,
  ]
  const missing = [...new Set(texts.flatMap((t) => [...fonts.bold.missing(t), ...fonts.regular.missing(t)]))]
  if (missing.length > 0) {
    const codes = missing.map(
      (c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
    )
    throw new CardTextError(`share card of "${card.title}": the font has no glyph for ${codes.join(', ')}`)
  }
}

/** The card as an SVG document. */
export function cardSvg(card: CardData, fonts: CardFonts): string {
  checkText(fonts, card)
  const { bold, regular } = fonts
  const accent = card.severity ? SEVERITY_COLOR[card.severity.key] : COLOR.site
  const parts: string[] = [
    `<rect width="${W}" height="${H}" fill="${COLOR.bg}"/>`,
    `<rect width="16" height="${H}" fill="${accent}"/>`,
  ]
  let siteWidth = INNER
  if (card.severity) {
    const size = 26
    const w = bold.width(card.severity.label, size) + 36
    siteWidth -= w + 24
    parts.push(
      `<rect x="${W - PAD - w}" y="54" width="${w}" height="44" rx="22" fill="${accent}"/>`,
      bold.draw(card.severity.label, W - PAD - w + 18, 85, size, COLOR.onSeverity),
    )
  }
  parts.push(regular.draw(truncate(regular, card.site, 28, siteWidth), PAD, 86, 28, COLOR.muted))

  const numbersTop = card.numbers.length > 0 ? 418 : H - 80
  const head = headBlock(fonts, card, numbersTop - 24 - 128)
  let y = 128
  const titleLeading = Math.round(head.size * 1.2)
  for (const line of head.lines) {
    y += titleLeading
    parts.push(bold.draw(line, PAD, y - Math.round(head.size * 0.22), head.size, COLOR.fg))
  }
  y += 18
  for (const line of head.meta) {
    y += META.leading
    parts.push(regular.draw(line, PAD, y - 10, META.size, COLOR.muted))
  }

  if (card.numbers.length > 0) {
    const gap = 32
    const col = (INNER - gap * (card.numbers.length - 1)) / card.numbers.length
    parts.push(`<rect x="${PAD}" y="${numbersTop}" width="${INNER}" height="2" fill="${COLOR.rule}"/>`)
    card.numbers.forEach((n, i) => {
      const x = PAD + i * (col + gap)
      const value = n.disputed ? `${n.value}*` : n.value
      const size = fitSize(bold, value, 46, 28, col)
      parts.push(bold.draw(truncate(bold, value, size, col), x, numbersTop + 62, size, COLOR.fg))
      clamp(regular, wrap(regular, n.label, 22, col), 2, 22, col).forEach((line, j) => {
        parts.push(regular.draw(line, x, numbersTop + 98 + j * 29, 22, COLOR.muted))
      })
    })
  }
  const address = fitSize(regular, card.address, 20, 14, INNER * 0.3)
  const addressWidth = regular.width(card.address, address)
  parts.push(
    regular.draw(
      truncate(regular, card.address, address, INNER * 0.3),
      W - PAD - Math.min(addressWidth, INNER * 0.3),
      H - 30,
      address,
      COLOR.muted,
    ),
  )
  if (card.note) {
    const room = INNER - Math.min(addressWidth, INNER * 0.3) - 32
    const size = fitSize(regular, card.note, 18, 14, room)
    parts.push(regular.draw(truncate(regular, card.note, size, room), PAD, H - 30, size, COLOR.muted))
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${bold.defs()}${regular.defs()}</defs>${parts.join('')}</svg>`
}
