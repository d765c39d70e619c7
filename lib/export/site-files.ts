/**
 * The files crawlers and browsers look for: `sitemap.xml` (lib/site/sitemap.ts), `robots.txt`,
 * the web app manifest in each language (lib/site/manifest.ts) and the icons (lib/site/icons.ts).
 * Pure.
 */
import { msg } from '../i18n/messages'
import { pagePath } from '../i18n/lang'
import { LANGS } from '../schema/vocabulary'
import { sitePath } from '../site/env'
import { iconFiles } from '../site/icons'
import { manifestPath, webManifest } from '../site/manifest'
import { sitePages } from '../site/pages'
import { robotsTxt, sitemapFiles } from '../site/sitemap'
import { type DataContext, type DataFile, jsonFile } from './files'

const inOut = (path: string) => path.replace(/^\//, '')

export function* siteFiles(ctx: DataContext): Iterable<DataFile> {
  const absolute = (path: string) => ctx.origin + sitePath(path)
  for (const file of sitemapFiles(sitePages(ctx.collections), ctx.origin, absolute)) {
    yield { path: inOut(file.path), content: file.content }
  }
  yield { path: 'robots.txt', content: robotsTxt(absolute('/sitemap.xml')) }
  for (const lang of LANGS) {
    const manifest = webManifest(
      lang,
      { name: msg('siteName', lang), description: msg('tagline', lang) },
      { home: pagePath(lang, ''), scope: sitePath('/'), path: sitePath },
    )
    yield jsonFile(inOut(manifestPath(lang)), manifest)
  }
  if (ctx.assets.icon !== undefined) {
    for (const icon of iconFiles(ctx.assets.icon)) yield { path: inOut(icon.path), icon }
  }
}
