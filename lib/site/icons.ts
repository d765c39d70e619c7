/**
 * The site's icons, all from one drawing (public/icon.svg, served as it is by Next, in `npm run dev` too): `favicon.ico` (16, 32
 * and 48 px), `apple-touch-icon.png` (180 px, square and opaque: the phone rounds it), and the web
 * app manifest's 192 and 512 px icons, one of them maskable (the drawing inside the safe zone on a
 * full-bleed background). This module lays out the SVGs and packs the ICO; rasterizing is the
 * build's (scripts/). Pure.
 */

export interface IconFile {
  /** Path in the site, before the base path. */
  path: string
  /** The SVG to rasterize, and the sizes: one PNG, or several packed into an ICO. */
  svg: string
  sizes: number[]
  format: 'png' | 'ico'
}

export const ICON_BACKGROUND = '#1b1d21'

/** The drawing placed at (x, y) with side `size` inside a `box` × `box` square on a background. */
function onSquare(svg: string, box: number, inset: number): string {
  const inner = svg.replace(
    /^\s*(?:<\?xml[^>]*>\s*)?<svg\b/,
    `<svg x="${inset}" y="${inset}" width="${box - 2 * inset}" height="${box - 2 * inset}"`,
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}"><rect width="${box}" height="${box}" fill="${ICON_BACKGROUND}"/>${inner}</svg>`
}

export function iconFiles(svg: string): IconFile[] {
  const square = onSquare(svg, 100, 0)
  const maskable = onSquare(svg, 100, 14)
  return [
    { path: '/favicon.ico', svg, sizes: [16, 32, 48], format: 'ico' },
    { path: '/apple-touch-icon.png', svg: square, sizes: [180], format: 'png' },
    { path: '/icons/icon-192.png', svg, sizes: [192], format: 'png' },
    { path: '/icons/icon-512.png', svg, sizes: [512], format: 'png' },
    { path: '/icons/icon-maskable-512.png', svg: maskable, sizes: [512], format: 'png' },
  ]
}

/** An ICO file holding PNG images (what every browser since 2010 reads), largest last. */
export function packIco(images: ReadonlyArray<{ size: number; png: Uint8Array }>): Uint8Array {
  const header = 6
  const entry = 16
  let offset = header + entry * images.length
  const total = offset + images.reduce((n, i) => n + i.png.byteLength, 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint16(0, 0, true)
  view.setUint16(2, 1, true)
  view.setUint16(4, images.length, true)
  images.forEach((image, i) => {
    const at = header + entry * i
    out[at] = image.size >= 256 ? 0 : image.size
    out[at + 1] = image.size >= 256 ? 0 : image.size
    view.setUint16(at + 4, 1, true)
    view.setUint16(at + 6, 32, true)
    view.setUint32(at + 8, image.png.byteLength, true)
    view.setUint32(at + 12, offset, true)
    out.set(image.png, offset)
    offset += image.png.byteLength
  })
  return out
}
