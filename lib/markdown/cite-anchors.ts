/**
 * The anchors that tie a citation mark to its source on an incident page: the mark links to
 * `#source-<id>` (the source list's item), and the source's hover note, written once per source,
 * is the element `#tip-<id>`. Shared by the markup (cite-links.ts, the source list) and the
 * cite-tip island; kept apart so the island's bundle takes nothing else.
 */
export const SOURCE_ANCHOR = 'source-'
/** A citation mark: a link in a citation group (no class of its own: a page has hundreds). */
export const MARK = 'sup.cite > a'
export const TIP_ANCHOR = 'tip-'

/** The id of a source's hover note. */
export const tipId = (sourceId: string): string => `${TIP_ANCHOR}${sourceId}`

/** The source id a citation mark's `href` points at, or undefined for any other link. */
export function citedSource(href: string | null): string | undefined {
  const prefix = `#${SOURCE_ANCHOR}`
  return href?.startsWith(prefix) ? href.slice(prefix.length) : undefined
}
