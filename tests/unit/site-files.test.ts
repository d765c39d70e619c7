/** What crawlers and browsers look for (lib/site/, lib/export/site-files.ts): sitemap, robots.txt, manifest, icons. */
import { describe, expect, it } from 'vitest'
import { DATA_FILE_KINDS } from '@/lib/export/data-files'
import { dataContext } from '@/lib/export/files'
import { iconFiles, packIco } from '@/lib/site/icons'
import { webManifest } from '@/lib/site/manifest'
import { sitePages } from '@/lib/site/pages'
import { robotsTxt, sitemapEntries, sitemapFiles } from '@/lib/site/sitemap'
import { renderIcon } from '../../scripts/share-cards/icons'
import { cause, collections, entity, event, factor, incident, policy, response, source, step } from './fixtures/records'

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#123"/></svg>'
const A = incident('2020-01-02-a-outage', '2020-01-02', {
  added: '2024-01-01',
  updated: '2024-05-05',
  operators: ['acme'],
  factors: [cause('fire', { sources: ['s1'] })],
  responses: [response('2020-01-03', 'gov', { policy: 'policy-act', sources: ['s2'] })],
})
const B = incident('2021-01-02-b-outage', '2021-01-02', {
  added: '2024-02-02',
  events: [event('2021-01-02', { sources: ['s2'] })],
})
const WORLD = collections({
  incidents: [A, B],
  entities: [entity('acme'), entity('gov', { kind: 'government' }), entity('idle')],
  factors: [factor('fire')],
  policies: [policy('policy-act', { prompted: ['2021-01-02-b-outage'], steps: [step('passed', '2021-05')] })],
  sources: [source('s1'), source('s2'), source('s3')],
})

describe('the pages the sitemap lists', () => {
  const pages = sitePages(WORLD)
  const find = (ko: string) => pages.find((p) => p.paths.ko === ko)

  it('are every page in both languages', () => {
    expect(find('/')?.paths.en).toBe('/en/')
    expect(find('/data/')?.paths.en).toBe('/en/data/')
    for (const path of [
      '/incidents/',
      '/timeline/',
      '/about/',
      '/search/',
      '/embed/',
      '/sources/s3/',
      '/entities/idle/',
    ])
      expect(find(path), path).toBeDefined()
    expect(pages).toHaveLength(1 + 9 + 2 + 2 + 1 + 3 + 1 + 3)
  })

  it('are dated by the record: an incident by its updated day, the rest by the latest incident they show', () => {
    expect(find('/incidents/2020-01-02-a-outage/')?.lastmod).toBe('2024-05-05')
    expect(find('/incidents/2021-01-02-b-outage/')?.lastmod).toBe('2024-02-02')
    expect(find('/factors/fire/')?.lastmod).toBe('2024-05-05')
    expect(find('/entities/gov/')?.lastmod).toBe('2024-05-05')
    expect(find('/policies/policy-act/')?.lastmod).toBe('2024-05-05')
    expect(find('/sources/s2/')?.lastmod).toBe('2024-05-05')
    expect(find('/sources/s1/')?.lastmod).toBe('2024-05-05')
    expect(find('/timeline/')?.lastmod).toBe('2024-05-05')
    expect(find('/sources/s3/')?.lastmod).toBeUndefined()
    expect(find('/entities/idle/')?.lastmod).toBeUndefined()
    expect(find('/about/')?.lastmod).toBeUndefined()
  })
})

describe('sitemap.xml', () => {
  const pages = [
    { paths: { ko: '/b/x/', en: '/b/en/x/' }, lastmod: '2024-05-05' },
    { paths: { ko: '/b/about/', en: '/b/en/about/' } },
  ]

  it('lists each page per language with its alternates and x-default', () => {
    expect(sitemapEntries(pages, 'https://o.example')[1]).toBe(
      '<url><loc>https://o.example/b/en/x/</loc><lastmod>2024-05-05</lastmod><xhtml:link rel="alternate" hreflang="ko" href="https://o.example/b/x/"/><xhtml:link rel="alternate" hreflang="en" href="https://o.example/b/en/x/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://o.example/b/x/"/></url>',
    )
    const [file] = sitemapFiles(pages, 'https://o.example', (p) => `https://o.example/b${p}`)
    expect(file?.path).toBe('/sitemap.xml')
    expect(file?.content).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/,
    )
    expect(file?.content.match(/<url>/g)).toHaveLength(4)
  })

  it('past the limit, becomes an index of sitemaps within it', () => {
    const files = sitemapFiles(pages, 'https://o.example', (p) => `https://o.example/b${p}`, 3)
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml', '/sitemaps/1.xml', '/sitemaps/2.xml'])
    expect(files[0]?.content).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(files[0]?.content).toContain(
      '<sitemap><loc>https://o.example/b/sitemaps/2.xml</loc><lastmod>2024-05-05</lastmod></sitemap>',
    )
    expect(files[1]?.content.match(/<url>/g)).toHaveLength(3)
    expect(files[2]?.content.match(/<url>/g)).toHaveLength(1)
  })

  it('robots.txt lets everything be crawled and names the sitemap', () => {
    expect(robotsTxt('https://o.example/b/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://o.example/b/sitemap.xml\n',
    )
  })
})

describe('manifest and icons', () => {
  it('the manifest names the site in its language, and starts and stays under the base path', () => {
    const m = webManifest(
      'en',
      { name: 'Outage Chronicle', description: 'd' },
      {
        home: '/b/en/',
        scope: '/b/',
        path: (p) => `/b${p}`,
      },
    )
    expect(m).toMatchObject({ name: 'Outage Chronicle', lang: 'en', start_url: '/b/en/', scope: '/b/' })
    expect(m.icons.map((i) => [i.src, i.sizes, i.purpose])).toEqual([
      ['/b/icon.svg', 'any', 'any'],
      ['/b/icons/icon-192.png', '192x192', 'any'],
      ['/b/icons/icon-512.png', '512x512', 'any'],
      ['/b/icons/icon-maskable-512.png', '512x512', 'maskable'],
    ])
  })

  it('packs PNGs into an ICO with a directory entry each', () => {
    const ico = packIco([
      { size: 16, png: new Uint8Array([1, 2]) },
      { size: 32, png: new Uint8Array([3, 4, 5]) },
    ])
    const view = new DataView(ico.buffer)
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2])
    expect([ico[6], ico[22]]).toEqual([16, 32])
    expect([view.getUint32(6 + 8, true), view.getUint32(6 + 12, true)]).toEqual([2, 38])
    expect([view.getUint32(22 + 8, true), view.getUint32(22 + 12, true)]).toEqual([3, 40])
    expect([...ico.slice(38)]).toEqual([1, 2, 3, 4, 5])
  })

  it('renders every icon at its sizes', async () => {
    for (const icon of iconFiles(ICON)) {
      const bytes = await renderIcon(icon)
      if (icon.format === 'ico') {
        expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(4, true)).toBe(3)
        continue
      }
      const view = new DataView(bytes.buffer, bytes.byteOffset)
      expect([view.getUint32(16), view.getUint32(20)], icon.path).toEqual([icon.sizes[0], icon.sizes[0]])
    }
  })
})

describe('the site files', () => {
  const site = DATA_FILE_KINDS.find((k) => k.name === 'site')
  const files = site ? [...site.files(dataContext(WORLD, 'https://o.example', '', { icon: ICON }))] : []
  it('are the sitemap, robots.txt, the manifests and the icons', () => {
    expect(files.map((f) => f.path)).toEqual([
      'sitemap.xml',
      'robots.txt',
      'manifest.webmanifest',
      'en/manifest.webmanifest',
      'favicon.ico',
      'apple-touch-icon.png',
      'icons/icon-192.png',
      'icons/icon-512.png',
      'icons/icon-maskable-512.png',
    ])
  })
})
