/**
 * What every page says about itself in its `<head>`, for search engines, feed readers and chat
 * previews: title, description, an absolute canonical link, absolute language links with
 * `x-default` (the Korean page), Open Graph and Twitter cards with an image, and the feeds that
 * follow the page. The result has the shape of Next's `Metadata` (routes pass it on unchanged);
 * this module stays framework-free. Pure, given the site's origin.
 */
import type { Lang } from '../schema/vocabulary'

export interface ShareImage {
  /** Absolute address. */
  url: string
  width: number
  height: number
  alt: string
}

export interface FeedLink {
  type: 'application/atom+xml' | 'application/feed+json'
  /** Absolute address. */
  url: string
  title: string
}

export interface HeadInput {
  lang: Lang
  /** The site's origin (lib/site/config.ts). */
  origin: string
  /** The page in each language, as links (with the base path): `pagePath()` and friends. */
  paths: Record<Lang, string>
  /** The page's own title, without the site name; none for the home page (the site name alone). */
  title: string | undefined
  siteName: string
  description: string
  image: ShareImage
  /** `article` for a record with dates; `website` otherwise. */
  article?: { published: string; modified: string }
  feeds?: readonly FeedLink[]
  /** Other alternate representations (oEmbed): MIME type → absolute address. */
  types?: Record<string, string>
}

export interface Head {
  title: string
  description: string
  alternates: {
    canonical: string
    languages: Record<Lang | 'x-default', string>
    types?: Record<string, string | Array<{ url: string; title: string }>>
  }
  openGraph: {
    type: 'website' | 'article'
    url: string
    siteName: string
    title: string
    description: string
    locale: string
    alternateLocale: string[]
    images: ShareImage[]
    publishedTime?: string
    modifiedTime?: string
  }
  twitter: {
    card: 'summary_large_image'
    title: string
    description: string
    images: Array<{ url: string; alt: string }>
  }
}

const LOCALE: Record<Lang, string> = { ko: 'ko_KR', en: 'en_US' }

/** At most this many characters in a meta description (search engines cut longer ones). */
export const DESCRIPTION_MAX = 160

/**
 * A description short enough for a result snippet: whitespace collapsed, then whole sentences
 * while they fit, else whole words and an ellipsis.
 */
export function metaDescription(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const sentences = clean.match(/[^.!?。]+[.!?。]+(?:\s|$)|[^.!?。]+$/g) ?? [clean]
  let kept = ''
  for (const s of sentences) {
    if ((kept + s).trimEnd().length > max) break
    kept += s
  }
  if (kept.trim().length >= max / 2) return kept.trim()
  const cut = clean.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,·:;(–-]+$/, '')}…`
}

/** The `<head>` of a page, with every address absolute. */
export function pageHead(input: HeadInput): Head {
  const abs = (path: string) => {
    if (!path.startsWith('/')) throw new Error(`not a site path: "${path}"`)
    return input.origin + path
  }
  const url = abs(input.paths[input.lang])
  const description = metaDescription(input.description)
  const types: Head['alternates']['types'] = { ...input.types }
  for (const feed of input.feeds ?? []) {
    const list = types[feed.type]
    const entry = { url: feed.url, title: feed.title }
    if (Array.isArray(list)) list.push(entry)
    else types[feed.type] = [entry]
  }
  const other: Lang = input.lang === 'ko' ? 'en' : 'ko'
  const title = input.title ?? input.siteName
  return {
    title: input.title === undefined ? input.siteName : `${input.title} | ${input.siteName}`,
    description,
    alternates: {
      canonical: url,
      languages: { ko: abs(input.paths.ko), en: abs(input.paths.en), 'x-default': abs(input.paths.ko) },
      ...(Object.keys(types).length > 0 ? { types } : {}),
    },
    openGraph: {
      type: input.article ? 'article' : 'website',
      url,
      siteName: input.siteName,
      title,
      description,
      locale: LOCALE[input.lang],
      alternateLocale: [LOCALE[other]],
      images: [input.image],
      ...(input.article ? { publishedTime: input.article.published, modifiedTime: input.article.modified } : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: input.image.url, alt: input.image.alt }],
    },
  }
}
