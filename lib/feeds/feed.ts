/**
 * The feeds (lib/feeds/paths.ts): new and updated incidents, every incident or those of one factor
 * or one entity, in one language, as Atom 1.0 (RFC 4287) and JSON Feed 1.1. Newest change first:
 * an incident comes back to the top when its `updated` date moves. Each entry's id is the
 * incident's page, so a reader that saw it before shows the update, not a new item. Pure.
 */
import type { Incident } from '../content/types'
import { SEVERITY_LABEL } from '../i18n/labels'
import type { Lang } from '../schema/vocabulary'
import { recordDates } from '../incidents/record-dates'

/** At most this many entries in a feed: readers only need the recent ones. */
export const FEED_LIMIT = 100

export interface FeedEntry {
  /** Absolute address of the incident's page: the entry's id and link. */
  url: string
  title: string
  summary: string
  /** When it began, as a reader says it, and its severity: the entry's content. */
  when: string
  severity: string
  /** Factor names, as categories. */
  tags: Array<{ term: string; label: string }>
  /** Absolute address of the share card. */
  image: string
  published: string
  updated: string
}

export interface Feed {
  lang: Lang
  title: string
  subtitle: string
  /** Absolute address of the page the feed follows (home, factor or entity page). */
  home: string
  /** Absolute addresses of the feed itself in each format. */
  atom: string
  json: string
  author: { name: string; url: string }
  rights: string
  /** RFC 3339: the newest entry's, or the record's newest change when the feed is empty. */
  updated: string
  entries: FeedEntry[]
}

/** A day of content (YYYY-MM-DD, Korean time) as an RFC 3339 instant: its start in KST. */
export function dayInstant(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day: "${day}"`)
  return `${day}T00:00:00+09:00`
}

/** Newest change first: updated, then added, then start, then id. */
export function newestFirst(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort((a, b) => {
    const da = recordDates(a)
    const db = recordDates(b)
    return (
      db.updated.localeCompare(da.updated) ||
      db.added.localeCompare(da.added) ||
      b.start.at.localeCompare(a.start.at) ||
      (a.id < b.id ? -1 : 1)
    )
  })
}

export interface EntryContext {
  lang: Lang
  url: (id: string) => string
  image: (id: string) => string
  factorName: (id: string) => string
  when: (inc: Incident) => string
}

export function feedEntry(inc: Incident, c: EntryContext): FeedEntry {
  const dates = recordDates(inc)
  return {
    url: c.url(inc.id),
    title: inc.title[c.lang],
    summary: inc.summary[c.lang],
    when: c.when(inc),
    severity: SEVERITY_LABEL[inc.severity][c.lang],
    tags: [...new Set(inc.factors.map((f) => f.factor))].map((id) => ({ term: id, label: c.factorName(id) })),
    image: c.image(inc.id),
    published: dayInstant(dates.added),
    updated: dayInstant(dates.updated),
  }
}

const XML_CHAR = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000

/** Characters XML 1.0 cannot hold, removed; the five special ones escaped. */
export function xml(text: string): string {
  return [...text]
    .filter((ch) => XML_CHAR(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const LABELS = {
  began: { ko: '시작', en: 'Began' },
  severity: { ko: '심각도', en: 'Severity' },
} as const

function contentHtml(e: FeedEntry, lang: Lang): string {
  const h = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  return `<p>${h(e.summary)}</p><p>${h(LABELS.began[lang])}: ${h(e.when)} · ${h(LABELS.severity[lang])}: ${h(e.severity)}</p>`
}

/** The feed as an Atom 1.0 document. */
export function atomFeed(f: Feed): string {
  const entries = f.entries.map(
    (e) => `<entry>
<id>${xml(e.url)}</id>
<title type="text">${xml(e.title)}</title>
<link rel="alternate" type="text/html" href="${xml(e.url)}"/>
<link rel="enclosure" type="image/png" href="${xml(e.image)}"/>
<published>${e.published}</published>
<updated>${e.updated}</updated>
<summary type="text">${xml(e.summary)}</summary>
<content type="html">${xml(contentHtml(e, f.lang))}</content>
${e.tags.map((t) => `<category term="${xml(t.term)}" label="${xml(t.label)}"/>`).join('\n')}
</entry>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${f.lang}">
<id>${xml(f.atom)}</id>
<title type="text">${xml(f.title)}</title>
<subtitle type="text">${xml(f.subtitle)}</subtitle>
<link rel="self" type="application/atom+xml" href="${xml(f.atom)}"/>
<link rel="alternate" type="text/html" href="${xml(f.home)}"/>
<link rel="alternate" type="application/feed+json" href="${xml(f.json)}"/>
<updated>${f.updated}</updated>
<author><name>${xml(f.author.name)}</name><uri>${xml(f.author.url)}</uri></author>
<rights type="text">${xml(f.rights)}</rights>
${entries.join('\n')}
</feed>
`
}

/** The feed as a JSON Feed 1.1 object (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(f: Feed) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: f.title,
    description: f.subtitle,
    home_page_url: f.home,
    feed_url: f.json,
    language: f.lang,
    authors: [{ name: f.author.name, url: f.author.url }],
    items: f.entries.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      summary: e.summary,
      content_html: contentHtml(e, f.lang),
      image: e.image,
      date_published: e.published,
      date_modified: e.updated,
      tags: e.tags.map((t) => t.label),
      language: f.lang,
    })),
  }
}
