/** Rasterizes the site's icons (lib/site/icons.ts): each size with resvg, packed into an ICO where asked. */
import { Resvg } from '@resvg/resvg-js'
import { type IconFile, packIco } from '../../lib/site/icons'

export async function renderIcon(icon: IconFile): Promise<Uint8Array> {
  const images = icon.sizes.map((size) => ({
    size,
    png: new Resvg(icon.svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
      .render()
      .asPng(),
  }))
  const [only] = images
  if (icon.format === 'png' && only && images.length === 1) return only.png
  if (icon.format === 'ico') return packIco(images)
  throw new Error(`icon ${icon.path}: one size for a PNG, got ${icon.sizes.length}`)
}
