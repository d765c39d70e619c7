import type { Metadata } from 'next'
import { PageFrame } from '@/components/page-frame'
import { TimelinePage } from '@/components/timeline/timeline-page'
import { getTimeline } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { pageTitle } from '@/lib/i18n/metadata'
import { oembedPath } from '@/lib/embed/oembed'
import { tmsg } from '@/lib/timeline/messages'

/** The timeline route for one language. */
export function timelineRoute(lang: Lang) {
  return {
    metadata: {
      title: pageTitle(tmsg('timelineTitle', lang), lang),
      description: tmsg('timelineIntro', lang),
      alternates: {
        languages: { ko: sectionPath('timeline', 'ko'), en: sectionPath('timeline', 'en') },
        types: { 'application/json+oembed': oembedPath(undefined, lang) },
      },
    } satisfies Metadata,
    Page: function Timeline() {
      return (
        <PageFrame lang={lang} alternate={sectionPath('timeline', otherLang(lang))} width="wide">
          <TimelinePage timeline={getTimeline()} lang={lang} />
        </PageFrame>
      )
    },
  }
}
