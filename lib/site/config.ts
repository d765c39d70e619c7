/**
 * Where the built site will live: its public origin and the folder under it. A production build
 * sets both once, in the environment of `npm run build`:
 *
 * | variable | example | default |
 * | --- | --- | --- |
 * | `SITE_ORIGIN` | `https://outage.example` (scheme, host, optional port; no path) | `http://localhost:3000`, what `npm start` serves |
 * | `BASE_PATH` | `/outage-chronicle` (for a sub-folder such as a project page; no final slash) | none: the site is at the root |
 *
 * Every address the project writes goes through these: page links and the data the pages fetch
 * are site paths (the base path, then the page), and what leaves the site (canonical and
 * language links, share cards, feeds, the sitemap, oEmbed, citations) is absolute (origin, base
 * path, page). Pure: the caller passes the environment; a value in the wrong form is an error
 * naming the variable and what is wrong, never silently replaced.
 */

export const DEFAULT_ORIGIN = 'http://localhost:3000'

export interface SiteConfig {
  /** `https://outage.example`: no final slash, no path. */
  origin: string
  /** `''` at the root, else `/folder` (no final slash). */
  basePath: string
  /** True when SITE_ORIGIN was not set and the origin is the local default. */
  originIsDefault: boolean
}

export interface SiteEnv {
  SITE_ORIGIN?: string | undefined
  BASE_PATH?: string | undefined
}

export class SiteConfigError extends Error {
  override name = 'SiteConfigError'
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/

/** The base path as Next's `basePath` wants it: `''`, or `/a` or `/a/b` (no final slash). */
export function readBasePath(value: string | undefined): string {
  if (value === undefined || value === '' || value === '/') return ''
  const trimmed = value.replace(/\/+$/, '')
  const segments = trimmed.split('/').slice(1)
  if (!trimmed.startsWith('/') || segments.length === 0 || !segments.every((s) => SEGMENT.test(s) && s !== '..')) {
    throw new SiteConfigError(
      `BASE_PATH="${value}": must be a folder path starting with "/", such as /outage-chronicle (letters, digits, ".", "_", "~", "-" between slashes), or empty for the root`,
    )
  }
  return trimmed
}

/** The origin: scheme, host and port of an http(s) URL; a path, query or fragment is an error. */
export function readOrigin(value: string | undefined): { origin: string; isDefault: boolean } {
  if (value === undefined || value === '') return { origin: DEFAULT_ORIGIN, isDefault: true }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new SiteConfigError(
      `SITE_ORIGIN="${value}": not a URL; give the site's origin, such as https://outage.example`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SiteConfigError(`SITE_ORIGIN="${value}": must start with https:// (or http://)`)
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new SiteConfigError(
      `SITE_ORIGIN="${value}": give only scheme, host and port, with no user, query or fragment`,
    )
  }
  if (url.pathname !== '/') {
    throw new SiteConfigError(
      `SITE_ORIGIN="${value}": give only scheme, host and port; put the folder in BASE_PATH (BASE_PATH=${url.pathname.replace(/\/+$/, '')})`,
    )
  }
  return { origin: url.origin, isDefault: false }
}

/** The site's configuration from the environment; throws SiteConfigError on a malformed value. */
export function readSiteConfig(env: SiteEnv): SiteConfig {
  const { origin, isDefault } = readOrigin(env.SITE_ORIGIN)
  return { origin, basePath: readBasePath(env.BASE_PATH), originIsDefault: isDefault }
}

/** A site path (`/incidents/x/`) under the base path (`/base/incidents/x/`). */
export function underBase(basePath: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`not a site path: "${path}"`)
  return basePath + path
}

/** An address outside the site can use: the origin before a site path that already holds the base path. */
export function absoluteUrl(config: Pick<SiteConfig, 'origin'>, sitePath: string): string {
  if (!sitePath.startsWith('/')) throw new Error(`not a site path: "${sitePath}"`)
  return config.origin + sitePath
}

/** The warning `npm run build` prints when SITE_ORIGIN is not set. */
export function missingOriginWarning(config: SiteConfig): string | undefined {
  if (!config.originIsDefault) return undefined
  const line = '!'.repeat(78)
  return [
    line,
    `!! SITE_ORIGIN is not set: every absolute address in this build points to ${DEFAULT_ORIGIN}`,
    '!! (canonical and language links, share cards, feeds, sitemap, oEmbed, citations).',
    '!! Fine for `npm start`; for a host, build with SITE_ORIGIN=https://your.host',
    '!! (and BASE_PATH=/folder when the site lives in a sub-folder).',
    line,
  ].join('\n')
}
