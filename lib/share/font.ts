/**
 * Text for the share cards as outlines: a font file read once with opentype.js, each glyph's
 * outline turned into SVG path data once and reused, text measured for wrapping. Drawing text as
 * paths means the rasterizer needs no font at all, and a character the font cannot draw is found
 * before anything is drawn. Pure: the caller reads the font file.
 */
import opentype, { type PathCommand } from 'opentype.js'

export interface CardFont {
  /** Width of the text at a size, in px. */
  width(text: string, size: number): number
  /** SVG elements drawing the text with its baseline starting at (x, y); glyphs as `<use>` of `defs()`. */
  draw(text: string, x: number, y: number, size: number, fill: string): string
  /** The characters of a text the font has no glyph for. */
  missing(text: string): string[]
  /** The `<path id>` definitions of the glyphs drawn since the last call, then forgets them. */
  defs(): string
}

const round = (n: number) => Math.round(n * 100) / 100
const WHITESPACE = /\s/

function pathData(commands: readonly PathCommand[]): string {
  let d = ''
  for (const c of commands) {
    if (c.type === 'Z') d += 'Z'
    else if (c.type === 'C') d += `C${c.x1} ${c.y1} ${c.x2} ${c.y2} ${c.x} ${c.y}`
    else if (c.type === 'Q') d += `Q${c.x1} ${c.y1} ${c.x} ${c.y}`
    else d += `${c.type}${c.x} ${c.y}`
  }
  return d
}

/** A font for the cards; `name` prefixes the ids of its glyph definitions. */
export function cardFont(buffer: ArrayBuffer, name: string): CardFont {
  const font = opentype.parse(buffer)
  const scale = 1 / font.unitsPerEm
  const kerning = font.position.getKerningTables('latn')
  const glyphIndex = new Map<string, number>()
  const kerns = new Map<number, number>()
  const paths = new Map<number, string>()
  let used = new Set<number>()

  const indexOf = (ch: string) => {
    let i = glyphIndex.get(ch)
    if (i === undefined) {
      i = font.charToGlyphIndex(ch)
      glyphIndex.set(ch, i)
    }
    return i
  }
  const kern = (left: number, right: number) => {
    const key = left * 65536 + right
    let k = kerns.get(key)
    if (k === undefined) {
      k = kerning ? font.position.getKerningValue(kerning, left, right) : 0
      kerns.set(key, k)
    }
    return k
  }
  /** Each glyph of a text with its x offset in font units. */
  const layout = (text: string) => {
    const placed: Array<{ index: number; x: number }> = []
    let x = 0
    let previous: number | undefined
    for (const ch of text) {
      const index = indexOf(ch)
      if (previous !== undefined) x += kern(previous, index)
      placed.push({ index, x })
      x += font.glyphs.get(index)?.advanceWidth ?? 0
      previous = index
    }
    return { placed, width: x }
  }

  return {
    width: (text, size) => layout(text).width * scale * size,
    draw(text, x, y, size, fill) {
      const s = Math.round(scale * size * 1e6) / 1e6
      let out = ''
      for (const g of layout(text).placed) {
        const glyph = font.glyphs.get(g.index)
        if (!glyph || glyph.path.commands.length === 0) continue
        if (!paths.has(g.index)) paths.set(g.index, pathData(glyph.path.commands))
        used.add(g.index)
        out += `<use href="#${name}${g.index}" transform="matrix(${s} 0 0 ${-s} ${round(x + g.x * scale * size)} ${round(y)})"/>`
      }
      return out === '' ? '' : `<g fill="${fill}">${out}</g>`
    },
    missing: (text) => [...new Set([...text].filter((ch) => !WHITESPACE.test(ch) && indexOf(ch) === 0))],
    defs() {
      const out = [...used].map((i) => `<path id="${name}${i}" d="${paths.get(i) ?? ''}"/>`).join('')
      used = new Set()
      return out
    },
  }
}
