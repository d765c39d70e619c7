import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IncidentIndexPage } from '@/components/incident-index/incident-index-page'
import { PageFrame } from '@/components/page-frame'
import { getIndexRows } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { withPage } from '@/lib/i18n/messages'
import { PER_PAGE, pageCount, pageFromParam } from '@/lib/pagination'
import { headFor } from '@/lib/site/page-head'
import { tmsg } from '@/lib/timeline/messages'
import { indexOptions, localizeRows } from '@/lib/timeline/index-rows'
import { severityOptions } from '@/lib/timeline/options'

type Props = { params: Promise<{ n: string }> }

/** Page `n` of the index ('1' and up), or undefined. */
const pageAt = (n: string) => pageFromParam(getIndexRows(), n === '1' ? [] : [n], PER_PAGE.index)

/**
 * The incident index route for one language: /incidents/ is its first page; when the index is
 * longer than a page, the others are /incidents/page/<n>/ (and /incidents/page/1/ repeats the
 * first, canonical /incidents/, so that the route always has a page to build).
 */
export function incidentIndexRoute(lang: Lang) {
  const path = (l: Lang, page: number) =>
    page <= 1 ? sectionPath('incidents', l) : `${sectionPath('incidents', l)}page/${page}/`
  const render = (n: string) => {
    const list = pageAt(n)
    if (!list) notFound()
    const { factors, years } = indexOptions(getIndexRows(), lang)
    return (
      <PageFrame lang={lang} alternate={path(otherLang(lang), list.paging.page)} width="wide">
        <IncidentIndexPage
          rows={localizeRows(list.items, lang)}
          factors={factors}
          years={years}
          severities={severityOptions(lang)}
          paging={list.paging}
          pageHref={(page) => path(lang, page)}
          lang={lang}
        />
      </PageFrame>
    )
  }
  const metadata = (page: number): Metadata =>
    headFor({
      lang,
      paths: { ko: path('ko', page), en: path('en', page) },
      title: withPage(tmsg('indexTitle', lang), page, lang),
      description: tmsg('indexIntro', lang),
      feeds: { kind: 'all' },
    })
  return {
    metadata: metadata(1),
    Page: function IncidentIndex() {
      return render('1')
    },
    /** /incidents/page/<n>/ */
    paged: {
      generateStaticParams: () =>
        Array.from({ length: pageCount(getIndexRows().length, PER_PAGE.index) }, (_, i) => ({ n: String(i + 1) })),
      generateMetadata: async ({ params }: Props): Promise<Metadata> => {
        const { n } = await params
        const list = pageAt(n)
        if (!list) return {}
        return list.paging.page === 1 ? { ...metadata(1), robots: { index: false } } : metadata(list.paging.page)
      },
      Page: async function IncidentIndexPaged({ params }: Props) {
        return render((await params).n)
      },
    },
  }
}
