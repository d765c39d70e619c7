import type { Metadata } from 'next'
import { DataPage } from '@/components/data/data-page'
import { JsonLd } from '@/components/json-ld'
import { PageFrame } from '@/components/page-frame'
import { yearSpan } from '@/lib/analysis/home'
import { getIncidents } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { lastUpdated } from '@/lib/incidents/record-dates'
import { headFor } from '@/lib/site/page-head'
import { datasetLdFor } from '@/lib/site/page-data'

const TEXT = {
  title: { ko: '데이터 내려받기', en: 'Data and downloads' },
  description: {
    ko: '장애 연대기의 모든 데이터: 장애, 사건 경과, 수치, 원인 요인, 출처의 CSV와 JSON, 스키마, 피드, 인용 파일, 라이선스.',
    en: 'All of Outage Chronicle’s data: incidents, events, figures, factors and sources as CSV and JSON, with schemas, feeds, citation files and licences.',
  },
} as const

/** /data/: every download, its fields and licence. */
export function dataRoute(lang: Lang) {
  return {
    metadata: headFor({
      lang,
      paths: { ko: sectionPath('data', 'ko'), en: sectionPath('data', 'en') },
      title: TEXT.title[lang],
      description: TEXT.description[lang],
      feeds: { kind: 'all' },
    }) satisfies Metadata,
    Page: function Data() {
      const incidents = getIncidents()
      return (
        <PageFrame lang={lang} alternate={sectionPath('data', otherLang(lang))}>
          <DataPage lang={lang} example={incidents.at(-1)?.id} />
          <JsonLd data={datasetLdFor(lang, yearSpan(incidents), lastUpdated(incidents))} />
        </PageFrame>
      )
    },
  }
}
