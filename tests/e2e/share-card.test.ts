import { describe, expect, inject, it } from 'vitest'
import { SHARE_SIZE } from '@/lib/share/paths'
import { withPage, fileBrowser } from './browser'

const base = inject('baseURL')
const PANGYO = '2022-10-15-pangyo-datacenter-fire'
const browser = fileBrowser()

/** What the test measures of the image, in the page (same origin, so the canvas can be read). */
interface Looked {
  width: number
  height: number
  /** Share of dark pixels in the band of the title's first line. */
  ink: number
  /** Share of dark pixels in the empty margin right of the accent bar, above the title. */
  marginInk: number
  /** The title's first line cut into glyph-like blobs (runs of columns with ink): their signatures. */
  blobs: string[]
}

async function lookAt(pagePath: string): Promise<{ title: string; image: string; looked: Looked; problems: string[] }> {
  return withPage(browser(), async ({ page, problems }) => {
    const res = await page.goto(`${base}${pagePath}`, { waitUntil: 'load' })
    expect(res?.status()).toBe(200)
    const title = (await page.getAttribute('meta[property="og:title"]', 'content')) ?? ''
    const image = (await page.getAttribute('meta[property="og:image"]', 'content')) ?? ''
    // The card's address is absolute, at the site's origin; the test serves the same files here.
    const local = `${base}${new URL(image).pathname}`
    const looked = await page.evaluate(async (src): Promise<Looked> => {
      const img = new Image()
      img.src = src
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')
      if (!ctx) throw new Error('no 2d context')
      ctx.drawImage(img, 0, 0)
      const dark = (x: number, y: number, data: Uint8ClampedArray, w: number) => {
        const i = (y * w + x) * 4
        return (data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 3 * 128
      }
      const share = (x0: number, y0: number, x1: number, y1: number) => {
        const { data } = ctx.getImageData(x0, y0, x1 - x0, y1 - y0)
        let n = 0
        for (let y = 0; y < y1 - y0; y++) for (let x = 0; x < x1 - x0; x++) if (dark(x, y, data, x1 - x0)) n++
        return n / ((x1 - x0) * (y1 - y0))
      }
      // Layout (lib/share/layout.ts): 72 px margins; the title's first line sits between y 128 and
      // about 205 (64 px type at most, 42 at least); the band 100–124 above it is blank.
      const [x0, x1, y0, y1] = [72, 1128, 132, 200]
      const { data } = ctx.getImageData(x0, y0, x1 - x0, y1 - y0)
      const w = x1 - x0
      const columns: number[] = []
      for (let x = 0; x < w; x++) {
        let n = 0
        for (let y = 0; y < y1 - y0; y++) if (dark(x, y, data, w)) n++
        columns.push(n)
      }
      const blobs: string[] = []
      let run: number[] = []
      for (const c of [...columns, 0]) {
        if (c > 0) run.push(c)
        else if (run.length > 0) {
          blobs.push(run.join(','))
          run = []
        }
      }
      return {
        width: img.naturalWidth,
        height: img.naturalHeight,
        ink: share(x0, y0, x1, y1),
        marginInk: share(40, 100, 1128, 124),
        blobs,
      }
    }, local)
    return { title, image, looked, problems: [...problems] }
  })
}

describe('the share image of the Pangyo page', () => {
  it.each([
    { lang: 'ko', path: `/incidents/${PANGYO}/`, script: /\p{Script=Hangul}/u, file: `/share/${PANGYO}.png` },
    { lang: 'en', path: `/en/incidents/${PANGYO}/`, script: /[A-Za-z]/, file: `/share/en/${PANGYO}.png` },
  ])('$lang: 1200 × 630, with its title drawn in real letters where the title goes', async ({ path, script, file }) => {
    const { title, image, looked, problems } = await lookAt(path)
    expect(title).toMatch(script)
    expect(new URL(image).pathname).toBe(file)
    expect({ width: looked.width, height: looked.height }).toEqual(SHARE_SIZE)
    // Letters in 56–64 px bold ink well over 5 % of the band they sit in; a blank card inks none.
    expect(looked.ink).toBeGreaterThan(0.05)
    expect(looked.marginInk).toBe(0)
    // A line of text is many glyphs of many shapes; missing-glyph boxes are all one shape.
    expect(looked.blobs.length).toBeGreaterThanOrEqual(5)
    expect(new Set(looked.blobs).size).toBeGreaterThanOrEqual(Math.ceil(looked.blobs.length * 0.6))
    expect(problems).toEqual([])
  })

  it('the Korean and the English cards are different images (each in its own language)', async () => {
    const ko = await lookAt(`/incidents/${PANGYO}/`)
    const en = await lookAt(`/en/incidents/${PANGYO}/`)
    expect(ko.looked.blobs).not.toEqual(en.looked.blobs)
  })
})
