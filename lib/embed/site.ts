/**
 * The public origin of the site, for the few outputs that need absolute addresses: the oEmbed
 * responses (their HTML is pasted into other sites) and the links inside the TimelineJS files.
 * Set `SITE_ORIGIN` (e.g. `https://outage.example`) when building for a host; by default it is
 * the address `npm start` serves. Everything else on the site is root-relative.
 */
export const DEFAULT_ORIGIN = 'http://localhost:3000'

/** A checked origin (scheme, host, optional port; no path), or the default. */
export function siteOrigin(value: string | undefined): string {
  if (!value) return DEFAULT_ORIGIN
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : DEFAULT_ORIGIN
  } catch {
    return DEFAULT_ORIGIN
  }
}
