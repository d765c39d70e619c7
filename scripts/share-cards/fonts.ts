/** The share cards' fonts: Pretendard Bold and Regular, from the `pretendard` package (OFL-1.1). */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cardFont } from '../../lib/share/font'
import type { CardFonts } from '../../lib/share/layout'

const require = createRequire(import.meta.url)

function fontBuffer(weight: 'Bold' | 'Regular'): ArrayBuffer {
  const file = readFileSync(require.resolve(`pretendard/dist/public/static/Pretendard-${weight}.otf`))
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)
}

export function loadCardFonts(): CardFonts {
  return { bold: cardFont(fontBuffer('Bold'), 'b'), regular: cardFont(fontBuffer('Regular'), 'r') }
}
