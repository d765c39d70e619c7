/**
 * `sitemap.xml` (https://www.sitemaps.org/protocol.html): every page in both languages, each with
 * its other-language twins as `xhtml:link` alternates (and `x-default`, the Korean page) and its
 * `lastmod`. Over 50,000 addresses, `sitemap.xml` becomes an index of `sitemaps/<n>.xml`, each
 * within the protocol's limit. And `robots.txt`, which points to it. Pure.
 */
import { xml } from '../feeds/feed'
import { LANGS } from '../schema/vocabulary'
import type { SitePage } from './pages'

/** The protocol's limit of addresses in one sitemap file. */
export const SITEMAP_LIMIT = 50_000

export interface SitemapFile {
  /** Path in the site, before the base path. */
  path: string
  content: string
}

const HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'

function urlset(entries: readonly string[]): string {
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`
}

/** One `<url>` per page and language. */
export function sitemapEntries(pages: readonly SitePage[], origin: string): string[] {
  return pages.flatMap((page) => {
    const alternates = [
      ...LANGS.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${xml(origin + page.paths[l])}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${xml(origin + page.paths.ko)}"/>`,
    ].join('')
    const lastmod = page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ''
    return LANGS.map((l) => `<url><loc>${xml(origin + page.paths[l])}</loc>${lastmod}${alternates}</url>`)
  })
}

/**
 * The sitemap files: `sitemap.xml` alone, or, past the limit, `sitemap.xml` as an index of
 * `sitemaps/1.xml`, `sitemaps/2.xml`, …. `siteUrl` makes a path of the site absolute.
 */
export function sitemapFiles(
  pages: readonly SitePage[],
  origin: string,
  siteUrl: (path: string) => string,
  limit = SITEMAP_LIMIT,
): SitemapFile[] {
  const entries = sitemapEntries(pages, origin)
  if (entries.length <= limit) return [{ path: '/sitemap.xml', content: urlset(entries) }]
  const parts: SitemapFile[] = []
  for (let i = 0; i < entries.length; i += limit) {
    parts.push({ path: `/sitemaps/${parts.length + 1}.xml`, content: urlset(entries.slice(i, i + limit)) })
  }
  const newest = pages.reduce<string | undefined>(
    (a, p) => (p.lastmod && (!a || p.lastmod > a) ? p.lastmod : a),
    undefined,
  )
  const index = parts
    .map((p) => `<sitemap><loc>${xml(siteUrl(p.path))}</loc>${newest ? `<lastmod>${newest}</lastmod>` : ''}</sitemap>`)
    .join('\n')
  return [
    {
      path: '/sitemap.xml',
      content: `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}\n</sitemapindex>\n`,
    },
    ...parts,
  ]
}

/** `robots.txt`: everything may be crawled; where the sitemap is. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
}
