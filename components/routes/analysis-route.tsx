import type { Metadata } from 'next'
import { CommitmentTable } from '@/components/analysis/commitment-table'
import { FactorMatrix } from '@/components/analysis/factor-matrix'
import { DurationBars } from '@/components/charts/duration-bars'
import { YearBars } from '@/components/charts/year-bars'
import { PageFrame } from '@/components/page-frame'
import { commitmentsByDate, durations, factorMatrix, incidentsPerYear } from '@/lib/analysis/analysis'
import { getEntity, getFactors, getIncident, getIncidents } from '@/lib/content/source'
import { type Lang, otherLang, sectionPath, t } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { pageTitle } from '@/lib/i18n/metadata'

/** The analysis page: incidents per year, durations, the incident × factor matrix, promises against outcomes. */
export function analysisRoute(lang: Lang) {
  return {
    metadata: {
      title: pageTitle(msg('navAnalysis', lang), lang),
      description: msg('analysisIntro', lang),
      alternates: { languages: { ko: sectionPath('analysis', 'ko'), en: sectionPath('analysis', 'en') } },
    } satisfies Metadata,
    Page: function Analysis() {
      const incidents = getIncidents()
      const matrix = factorMatrix(incidents, getFactors())
      const actorName = (id: string) => {
        const e = getEntity(id)
        return e ? t(e.name, lang) : id
      }
      const incidentTitle = (id: string) => {
        const inc = getIncident(id)
        return inc ? t(inc.title, lang) : id
      }
      return (
        <PageFrame lang={lang} alternate={sectionPath('analysis', otherLang(lang))} width="wide">
          <h1>{msg('navAnalysis', lang)}</h1>
          <p className="summary">{msg('analysisIntro', lang)}</p>
          <section aria-labelledby="per-year">
            <h2 id="per-year">{msg('perYear', lang)}</h2>
            <YearBars rows={incidentsPerYear(incidents)} lang={lang} id="year-bars" />
          </section>
          <section aria-labelledby="durations">
            <h2 id="durations">{msg('durationsCompared', lang)}</h2>
            <DurationBars rows={durations(incidents)} lang={lang} />
          </section>
          <section aria-labelledby="matrix">
            <h2 id="matrix">{msg('factorMatrix', lang)}</h2>
            <FactorMatrix rows={matrix.rows} columns={matrix.columns} lang={lang} />
          </section>
          <section aria-labelledby="promises">
            <h2 id="promises">{msg('promisesOutcomes', lang)}</h2>
            <CommitmentTable
              rows={commitmentsByDate(incidents)}
              actorName={actorName}
              incidentTitle={incidentTitle}
              lang={lang}
            />
          </section>
        </PageFrame>
      )
    },
  }
}
