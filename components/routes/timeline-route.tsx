import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageFrame } from '@/components/page-frame'
import { TimelinePage } from '@/components/timeline/timeline-page'
import { getTimeline, getTimelinePages } from '@/lib/content/source'
import { withPage } from '@/lib/i18n/messages'
import { pageFromParam, pagedPath, pageParams } from '@/lib/pagination'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { headFor } from '@/lib/site/page-head'
import { oembedPath } from '@/lib/embed/oembed'
import { tmsg } from '@/lib/timeline/messages'

type Props = { params: Promise<{ page?: string[] }> }

/** The page of the timeline a route param asks for: its items and where it stands. */
function pageAt(segments: readonly string[] | undefined) {
  const { pages, yearPage } = getTimelinePages()
  const found = pageFromParam(pages, segments, 1)
  const items = found?.items[0]
  return found && items && { items, yearPage, paging: { ...found.paging, total: getTimeline().items.length } }
}

/** The timeline route for one language: the whole timeline, a page at a time when it is long. */
export function timelineRoute(lang: Lang) {
  const path = (l: Lang, page: number) => pagedPath(sectionPath('timeline', l), page)
  return {
    generateStaticParams: () => pageParams(getTimelinePages().pages.length),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const at = pageAt((await params).page)
      if (!at) return {}
      return headFor({
        lang,
        paths: { ko: path('ko', at.paging.page), en: path('en', at.paging.page) },
        title: withPage(tmsg('timelineTitle', lang), at.paging.page, lang),
        description: tmsg('timelineIntro', lang),
        feeds: { kind: 'all' },
        types: { 'application/json+oembed': oembedPath(undefined, lang) },
      })
    },
    Page: async function Timeline({ params }: Props) {
      const at = pageAt((await params).page)
      if (!at) notFound()
      return (
        <PageFrame lang={lang} alternate={path(otherLang(lang), at.paging.page)} width="wide">
          <TimelinePage timeline={getTimeline()} page={at} lang={lang} />
        </PageFrame>
      )
    },
  }
}
