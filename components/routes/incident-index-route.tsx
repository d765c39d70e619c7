import type { Metadata } from 'next'
import { IncidentIndexPage } from '@/components/incident-index/incident-index-page'
import { PageFrame } from '@/components/page-frame'
import { getIndexRows } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { pageTitle } from '@/lib/i18n/metadata'
import { tmsg } from '@/lib/timeline/messages'
import { indexOptions, localizeRows } from '@/lib/timeline/index-rows'
import { severityOptions } from '@/lib/timeline/options'

/** The incident index route for one language. */
export function incidentIndexRoute(lang: Lang) {
  return {
    metadata: {
      title: pageTitle(tmsg('indexTitle', lang), lang),
      description: tmsg('indexIntro', lang),
      alternates: { languages: { ko: sectionPath('incidents', 'ko'), en: sectionPath('incidents', 'en') } },
    } satisfies Metadata,
    Page: function IncidentIndex() {
      const rows = getIndexRows()
      const { factors, years } = indexOptions(rows, lang)
      return (
        <PageFrame lang={lang} alternate={sectionPath('incidents', otherLang(lang))} width="wide">
          <IncidentIndexPage
            rows={localizeRows(rows, lang)}
            factors={factors}
            years={years}
            severities={severityOptions(lang)}
            lang={lang}
          />
        </PageFrame>
      )
    },
  }
}
