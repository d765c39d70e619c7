import type { Metadata } from 'next'
import { PageFrame } from '@/components/page-frame'
import { SearchPage } from '@/components/search/search-page'
import { getFactors, getIncidents, getPolicies, getSources } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath } from '@/lib/i18n/lang'
import { smsg } from '@/lib/search/messages'
import { pageTitle } from '@/lib/i18n/metadata'

/** Years that records are dated in, newest first, for the year filter. */
function searchYears(): number[] {
  const dates = [
    ...getIncidents().flatMap((i) => [i.start.at, ...i.events.map((e) => e.at)]),
    ...getPolicies().flatMap((p) => p.steps.map((s) => s.at)),
    ...getSources().flatMap((s) => (s.date === undefined ? [] : [s.date])),
  ]
  return [...new Set(dates.map((d) => Number(d.slice(0, 4))).filter((y) => Number.isInteger(y) && y > 1900))].sort(
    (a, b) => b - a,
  )
}

/** /search/: the search form and results (a client component), with the filter options from the content. */
export function searchRoute(lang: Lang) {
  return {
    metadata: {
      title: pageTitle(smsg('searchTitle', lang), lang),
      description: smsg('searchIntro', lang),
      alternates: { languages: { ko: sectionPath('search', 'ko'), en: sectionPath('search', 'en') } },
    } satisfies Metadata,
    Page: function Search() {
      const factors = getFactors().map((f) => ({ id: f.id, label: f.name[lang] }))
      return (
        <PageFrame lang={lang} alternate={sectionPath('search', otherLang(lang))}>
          <h1>{smsg('searchTitle', lang)}</h1>
          <p>{smsg('searchIntro', lang)}</p>
          <SearchPage lang={lang} factors={factors} years={searchYears()} />
        </PageFrame>
      )
    },
  }
}
