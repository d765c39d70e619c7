/**
 * The part of opentype.js 2.0.0 (which ships no types) that lib/share/font.ts uses: parsing a
 * font, mapping characters to glyphs, their advances and outlines, and pair kerning.
 */
declare module 'opentype.js' {
  export interface PathCommand {
    type: 'M' | 'L' | 'C' | 'Q' | 'Z'
    x?: number
    y?: number
    x1?: number
    y1?: number
    x2?: number
    y2?: number
  }
  export interface Glyph {
    index: number
    advanceWidth?: number
    path: { commands: PathCommand[] }
  }
  export interface Font {
    unitsPerEm: number
    charToGlyphIndex(char: string): number
    glyphs: { get(index: number): Glyph | undefined }
    position: {
      getKerningTables(script: string, language?: string): unknown
      getKerningValue(tables: unknown, left: number, right: number): number
    }
  }
  export function parse(buffer: ArrayBuffer): Font
  const opentype: { parse: typeof parse }
  export default opentype
}
