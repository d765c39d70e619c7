/**
 * The `<head>` of a page of this build (lib/site/head.ts bound to the site's origin, name and
 * share cards): what every route's `metadata` or `generateMetadata` returns.
 */
import { feedPath, FEED_TYPE, type FeedScope } from '../feeds/paths'
import { msg } from '../i18n/messages'
import type { Lang } from '../schema/vocabulary'
import type { Incident } from '../content/types'
import { cardAddress, cardAlt, incidentCard } from '../share/card'
import { SHARE_SIZE, shareImagePath } from '../share/paths'
import { SITE, sitePath, siteUrl } from './env'
import { manifestPath } from './manifest'
import { type Head, pageHead } from './head'

const FEED_ALL = { ko: '새 기록과 고친 기록', en: 'new and updated records' } as const

export interface PageHeadOptions {
  lang: Lang
  /** The page in each language, as links (`pagePath()` and friends). */
  paths: Record<Lang, string>
  /** The page's own title; none for the home page. */
  title?: string
  description: string
  /** An incident page: its own share card, and its dates. */
  incident?: { id: string; alt: string; published: string; modified: string }
  /** Feeds that follow what the page shows. */
  feeds?: FeedScope
  /** Other alternate representations (oEmbed): MIME type → path in the site. */
  types?: Record<string, string>
}

export function headFor(o: PageHeadOptions): Head {
  const siteName = msg('siteName', o.lang)
  const feedTitle =
    o.feeds?.kind === 'all' || o.title === undefined ? `${siteName}: ${FEED_ALL[o.lang]}` : `${o.title} — ${siteName}`
  return pageHead({
    lang: o.lang,
    origin: SITE.origin,
    paths: o.paths,
    title: o.title,
    siteName,
    description: o.description,
    image: {
      url: siteUrl(shareImagePath(o.incident?.id, o.lang)),
      ...SHARE_SIZE,
      alt: o.incident?.alt ?? `${siteName}: ${msg('tagline', o.lang)}`,
    },
    article: o.incident && { published: o.incident.published, modified: o.incident.modified },
    feeds: o.feeds
      ? (['atom', 'json'] as const).map((format) => ({
          type: FEED_TYPE[format],
          url: siteUrl(feedPath(o.feeds ?? { kind: 'all' }, o.lang, format)),
          title: `${feedTitle} (${format === 'atom' ? 'Atom' : 'JSON Feed'})`,
        }))
      : undefined,
    types: o.types && Object.fromEntries(Object.entries(o.types).map(([type, path]) => [type, siteUrl(path)])),
  })
}

/** What an incident's share card shows, in words: its image's alternative text. */
export function incidentCardAlt(inc: Incident, lang: Lang): string {
  return cardAlt(incidentCard(inc, lang, cardAddress(SITE.origin, SITE.basePath)))
}

/** What every page of a language shares in its head: the icons and the web app manifest. */
export function rootHead(lang: Lang) {
  return {
    icons: {
      icon: [
        { url: sitePath('/favicon.ico'), sizes: '16x16 32x32 48x48' },
        { url: sitePath('/icon.svg'), type: 'image/svg+xml' },
      ],
      apple: sitePath('/apple-touch-icon.png'),
    },
    manifest: sitePath(manifestPath(lang)),
  }
}
