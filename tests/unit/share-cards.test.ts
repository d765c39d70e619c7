/** Share cards (lib/share/, lib/export/share-files.ts, scripts/share-cards/): what they say, how they are laid out, their files. */
import { inflateSync } from 'node:zlib'
import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { DATA_FILE_KINDS } from '@/lib/export/data-files'
import { dataContext } from '@/lib/export/files'
import { cardAlt, incidentCard, siteCard } from '@/lib/share/card'
import { CardTextError, cardSvg, clamp, truncate, wrap } from '@/lib/share/layout'
import { loadCardFonts } from '../../scripts/share-cards/fonts'
import { indexedPng } from '../../scripts/share-cards/png'
import { renderCard } from '../../scripts/share-cards/render'
import { collections, event, figure, incident, text, valueAlt } from './fixtures/records'

const fonts = loadCardFonts()
const FIRE = incident('2022-10-15-x-fire', '2022-10-15T15:19+09:00', {
  title: text('판교 데이터센터 화재와 카카오 먹통', 'Pangyo data-center fire and the Kakao outage'),
  end: { ...event('2022-10-20T23:00+09:00'), type: 'Moment', approximate: true },
  severity: 'critical',
  figures: [
    figure('length', { measure: 'duration', value: 127, unit: 'hours' }),
    figure('servers', { measure: 'servers', value: 32000, unit: 'count', label: text('멈춘 서버', 'Servers down') }),
    figure('users', {
      measure: 'users',
      value: 47_000_000,
      unit: 'people',
      label: text('이용자', 'Users'),
      alternatives: [valueAlt(48_000_000)],
    }),
    figure('a', { measure: 'other', value: 1, unit: 'count' }),
    figure('b', { measure: 'other', value: 2, unit: 'count' }),
  ],
})

describe('what a card says', () => {
  it('an incident: title, when, how long, severity and three numbers, the disputed one marked', () => {
    const card = incidentCard(FIRE, 'ko', 'o.example')
    expect(card).toMatchObject({
      lang: 'ko',
      site: '장애 연대기',
      title: '판교 데이터센터 화재와 카카오 먹통',
      lines: ['2022년 10월 15일 (토) 15:19 – 2022년 10월 20일 (목) 23:00경', '지속 약 5일 7시간 41분'],
      severity: { key: 'critical', label: '심각도: 심각' },
      address: 'o.example',
    })
    expect(card.numbers).toEqual([
      { value: '32,000', label: '멈춘 서버', disputed: false },
      { value: '47,000,000명', label: '이용자', disputed: true },
      { value: '1', label: 'figure a', disputed: false },
    ])
    expect(card.note).toMatch(/^\* 출처마다 다른 값/)
    expect(incidentCard(FIRE, 'en', 'o.example').lines[1]).toBe('Lasted about 5 d 7 h 41 min')
  })

  it('says the length a source states where there is one, as the page does, not the one the times imply', () => {
    const stated = incidentCard(
      {
        ...FIRE,
        figures: FIRE.figures.map((f) => (f.id === 'length' ? { ...f, lengthOf: 'incident', approximate: true } : f)),
      },
      'ko',
      'o.example',
    )
    expect(stated.lines[1]).toBe('지속 약 127시간')
    expect(stated.numbers.map((n) => n.label)).not.toContain('figure length')
  })

  it('a coarse end gives a range, never a minute-exact length', () => {
    const coarse = incidentCard({ ...FIRE, end: { ...event('2022-10-20'), type: 'Moment' } }, 'en', 'o.example')
    expect(coarse.lines).toEqual(['Sat 15 Oct 2022, 15:19 KST – sometime on Thu 20 Oct 2022', 'Lasted 104–129 h'])
  })

  it('an incident with no end keeps its length figure among the numbers', () => {
    const open = incidentCard({ ...FIRE, end: undefined }, 'en', 'o.example')
    expect(open.lines).toEqual(['Sat 15 Oct 2022, 15:19 KST'])
    expect(open.numbers[0]).toEqual({ value: '127 h', label: 'figure length (en)', disputed: false })
  })

  it('says in words what the image shows (its alternative text)', () => {
    expect(cardAlt(incidentCard(FIRE, 'en', 'o.example'))).toBe(
      'Pangyo data-center fire and the Kakao outage · Sat 15 Oct 2022, 15:19 KST – about Thu 20 Oct 2022, 23:00 KST · Lasted about 5 d 7 h 41 min · Severity: Critical · Servers down 32,000 · Users 47,000,000 people · figure a (en) 1',
    )
  })
})

describe('the layout', () => {
  const { bold } = fonts
  it('wraps at spaces, and inside a word longer than the line', () => {
    const lines = wrap(bold, '판교 데이터센터 화재와 카카오 먹통 사태', 64, 500)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe('판교 데이터센터 화재와 카카오 먹통 사태')
    for (const line of lines) expect(bold.width(line, 64)).toBeLessThanOrEqual(500)
    const long = wrap(bold, 'Supercalifragilisticexpialidocious', 40, 200)
    expect(long.join('')).toBe('Supercalifragilisticexpialidocious')
    expect(long.length).toBeGreaterThan(2)
  })

  it('clamps to a number of lines and truncates to a width with an ellipsis', () => {
    expect(clamp(bold, ['a', 'b', 'c'], 2, 20, 500)).toEqual(['a', 'b…'])
    expect(truncate(bold, 'short', 20, 500)).toBe('short')
    const cut = truncate(bold, '아주 긴 제목이 한 줄에 들어가지 않는다', 40, 300)
    expect(cut.endsWith('…')).toBe(true)
    expect(bold.width(cut, 40)).toBeLessThanOrEqual(300)
  })

  it('draws every text as outlines: the SVG holds no character of the card', () => {
    const svg = cardSvg(incidentCard(FIRE, 'ko', 'o.example'), fonts)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"')).toBe(true)
    expect(svg).not.toMatch(/<text|[가-힣]|Pangyo/)
    expect(svg).toContain('<use href="#b')
  })

  it('stops on a character the font cannot draw, naming the card and the character', () => {
    const bad = { ...incidentCard(FIRE, 'ko', 'o.example'), title: 'Tofu \u{1F9C8} here' }
    expect(() => cardSvg(bad, fonts)).toThrow(CardTextError)
    expect(() => cardSvg(bad, fonts)).toThrow(
      /share card of "Tofu .* here": the font has no glyph for "\u{1F9C8}" \(U\+1F9C8\)/u,
    )
  })

  it('renders a 1200 × 630 PNG', () => {
    const png = renderCard(siteCard('ko', [{ value: '34', label: '기록된 장애', disputed: false }], 'o.example'), fonts)
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG')
    const view = new DataView(png.buffer, png.byteOffset)
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630])
  })
})

describe('the card files', () => {
  const ctx = dataContext(collections({ incidents: [FIRE] }), 'https://o.example', '/chronicle')
  const share = DATA_FILE_KINDS.find((k) => k.name === 'share')
  const files = share ? [...share.files(ctx)] : []

  it('are one per incident and language, and the site’s in each language, showing the address with its folder', () => {
    expect(files.map((f) => f.path)).toEqual([
      'share/site.png',
      'share/en/site.png',
      'share/2022-10-15-x-fire.png',
      'share/en/2022-10-15-x-fire.png',
    ])
    for (const f of files) expect('card' in f && f.card.address).toBe('o.example/chronicle')
  })
})

/** An indexed-colour PNG back to RGBA pixels: its chunks, the palette, the unfiltered rows. */
function decodeIndexed(png: Uint8Array): { width: number; height: number; colourType: number; rgba: Uint8Array } {
  const buf = Buffer.from(png)
  const chunks = new Map<string, Buffer[]>()
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at)
    const type = buf.toString('latin1', at + 4, at + 8)
    chunks.set(type, [...(chunks.get(type) ?? []), buf.subarray(at + 8, at + 8 + length)])
    at += 12 + length
  }
  const header = chunks.get('IHDR')?.[0] ?? Buffer.alloc(13)
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)]
  const palette = chunks.get('PLTE')?.[0] ?? Buffer.alloc(0)
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT') ?? []))
  const rgba = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0)
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x] ?? 0
      rgba.set([palette[i * 3] ?? 0, palette[i * 3 + 1] ?? 0, palette[i * 3 + 2] ?? 0, 255], (y * width + x) * 4)
    }
  }
  return { width, height, colourType: header[9] ?? -1, rgba }
}

describe('the card’s PNG', () => {
  it.each(['ko', 'en'] as const)(
    'holds exactly the pixels resvg drew (%s), in about half the bytes of resvg’s PNG',
    (lang) => {
      const svg = cardSvg(incidentCard(FIRE, lang, 'o.example'), fonts)
      const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render()
      const png = renderCard(incidentCard(FIRE, lang, 'o.example'), fonts)
      const decoded = decodeIndexed(png)
      expect(decoded).toMatchObject({ width: 1200, height: 630, colourType: 3 })
      expect(Buffer.compare(Buffer.from(decoded.rgba), image.pixels)).toBe(0)
      expect(png.length).toBeLessThan(image.asPng().length * 0.7)
    },
  )

  it('leaves to resvg an image of more than 256 colours or with a pixel that is not opaque', () => {
    const many = new Uint8Array(300 * 4).map((_, i) => (i % 4 === 3 ? 255 : i % 4 === 0 ? (i >> 2) & 255 : i >> 10))
    expect(indexedPng(many.subarray(0, 256 * 4), 16, 16)).toBeDefined()
    expect(indexedPng(many, 300, 1)).toBeUndefined()
    const clear = new Uint8Array(16).fill(255)
    clear[7] = 128
    expect(indexedPng(clear, 2, 2)).toBeUndefined()
    expect(() => indexedPng(clear, 3, 2)).toThrow('png: 16 bytes for 3 × 2 pixels')
  })
})
