/**
 * The anchors that tie a citation mark to its source on an incident page: the mark links to
 * `#source-<id>` (the source list's item), which holds, hidden, the start of the mark's note
 * (`#tip-<id>`: who published it and when); the note ends with the source's name as the item
 * shows it (`SOURCE_NAME`). Shared by the markup (cite-links.ts, the source list) and the
 * cite-tip island; kept apart so the island's bundle takes nothing else.
 */
export const SOURCE_ANCHOR = 'source-'
/** A citation mark: a link in a citation group (no class of its own: a page has hundreds). */
export const MARK = 'sup.cite > a'
export const TIP_ANCHOR = 'tip-'

/** In a source list item, the source's name (components/reference/source-title.tsx: its first span). */
export const SOURCE_NAME = '.src-title span'

/** A mark's whole note: "Publisher, date: name". */
export const joinNote = (who: string, name: string): string => `${who}: ${name}`

/** The id of a source's hover note. */
export const tipId = (sourceId: string): string => `${TIP_ANCHOR}${sourceId}`

/** The source id a citation mark's `href` points at, or undefined for any other link. */
export function citedSource(href: string | null): string | undefined {
  const prefix = `#${SOURCE_ANCHOR}`
  return href?.startsWith(prefix) ? href.slice(prefix.length) : undefined
}
