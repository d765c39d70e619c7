/**
 * The site's configuration for this build (lib/site/config.ts), read once from `SITE_ORIGIN` and
 * `BASE_PATH`. The only module that reads them: `next build` renders pages with them, the build
 * scripts read the same environment, and the browser bundles (islands, embed) get the values
 * written in by their bundler (`define`), so every part of one build agrees.
 */
import { absoluteUrl, readSiteConfig, type SiteConfig, underBase } from './config'

export const SITE: SiteConfig = readSiteConfig({
  SITE_ORIGIN: process.env.SITE_ORIGIN,
  BASE_PATH: process.env.BASE_PATH,
})

/** `''` or `/folder`: what every site path starts with. */
export const BASE_PATH = SITE.basePath

/** A path of the site (`/data/x.json`) as a link: under the base path. */
export function sitePath(path: string): string {
  return underBase(BASE_PATH, path)
}

/** A path of the site as an absolute address (origin, base path, path). */
export function siteUrl(path: string): string {
  return absoluteUrl(SITE, sitePath(path))
}
