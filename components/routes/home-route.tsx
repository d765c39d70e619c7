import type { Metadata } from 'next'
import { HomePage } from '@/components/home-page'
import { PageFrame } from '@/components/page-frame'
import { durations } from '@/lib/analysis/analysis'
import { coreIncidents, latestAdditions, yearSpan } from '@/lib/analysis/home'
import { getFactors, getIncidents, getSources } from '@/lib/content/source'
import { type Lang, otherLang, pagePath } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { pageTitle } from '@/lib/i18n/metadata'
import { formatLength } from '@/lib/time/format'

/** The home route for one language. */
export function homeRoute(lang: Lang) {
  return {
    metadata: { title: pageTitle(undefined, lang), description: msg('tagline', lang) } satisfies Metadata,
    Page: function Home() {
      const incidents = getIncidents()
      const span = yearSpan(incidents)
      const longest = durations(incidents)[0]
      const numbers = [
        { value: String(incidents.length), label: msg('numIncidents', lang) },
        { value: span ? `${span.from}–${span.to}` : '—', label: msg('numYears', lang) },
        { value: String(getSources().length), label: msg('numSources', lang) },
        { value: String(getFactors().length), label: msg('numFactors', lang) },
        {
          value: longest ? formatLength(longest.length.shown, lang) : '—',
          label: msg('numLongest', lang),
        },
      ]
      return (
        <PageFrame lang={lang} alternate={pagePath(otherLang(lang), '')} width="wide">
          <HomePage
            lang={lang}
            incidents={incidents}
            core={coreIncidents(incidents)}
            latest={latestAdditions(incidents, 5)}
            numbers={numbers}
          />
        </PageFrame>
      )
    },
  }
}
