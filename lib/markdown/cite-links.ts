/**
 * One numbering for every citation on an incident page. The Markdown body carries id-only markers
 * (see `remark-citations.ts`); the page's source list numbers the sources; this module turns both
 * into the same links: `[n]` pointing at `#source-<id>`. The note a mark shows on hover and focus
 * ("Publisher, date: name", never the source's internal id) is put together from the source list,
 * once per source, not once per mark: a long record cites its sources hundreds of times.
 */
import type { Lang } from '../schema/vocabulary'
import { sayDate } from '../time/format'
import { SOURCE_ANCHOR } from './cite-anchors'

/** What a citation needs to know about its source. */
export interface CiteSource {
  /** Its number in the page's source list. */
  n: number
  publisher: { ko: string; en: string }
  /** YYYY-MM-DD or YYYY-MM, when known. */
  date: string | undefined
}

export interface CiteLink {
  id: string
  href: string
  /** "[n]", or "[?]" for an id the page does not list (the content check rejects those). */
  text: string
}

/** The links for one citation of one or more sources. */
export function citeLinks(ids: readonly string[], cites: ReadonlyMap<string, CiteSource>): CiteLink[] {
  return ids.map((id) => {
    const n = cites.get(id)?.n
    return { id, href: `#${SOURCE_ANCHOR}${id}`, text: n === undefined ? '[?]' : `[${n}]` }
  })
}

/**
 * Who published a source and when, as its citation marks' note begins: "Publisher, date". The
 * note goes on with the source's name (`joinNote` in cite-anchors.ts), which the source list
 * already shows, so the page carries it once.
 */
export function citeWho(c: Pick<CiteSource, 'publisher' | 'date'>, lang: Lang): string {
  return c.date ? `${c.publisher[lang]}, ${sayDate(c.date, lang)}` : c.publisher[lang]
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)

/** Starts a citation: no line break between it and the word it follows. */
export const WORD_JOINER = '\u2060'

/**
 * The markup of a citation; `components/citations.tsx` renders the same elements in JSX. A word
 * joiner holds it to the word before; `<wbr>` lets a long run of links wrap between two of them.
 */
export function citationHtml(links: readonly CiteLink[]): string {
  const inner = links.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a>`).join('<wbr>')
  return `<sup class="cite">${WORD_JOINER}${inner}</sup>`
}

/** A group of markers as `remark-citations` writes them and the sanitizer keeps them. */
const MARKER_GROUP = /<sup>((?:<a href="#source-[a-z0-9-]+" data-cite="[a-z0-9-]+">[a-z0-9-]+<\/a>)+)<\/sup>/g
const MARKER = /data-cite="([a-z0-9-]+)"/g

/** Replaces the body's citation markers by numbered citations taken from the page's source list. */
export function numberBodyCitations(html: string, cites: ReadonlyMap<string, CiteSource>): string {
  return html.replace(MARKER_GROUP, (_whole, group: string) => {
    const ids = [...group.matchAll(MARKER)].map((m) => m[1] ?? '')
    return citationHtml(citeLinks(ids, cites))
  })
}
