import '@/components/timeline/filters.css'
import '@/components/embed/embed-builder.css'
import type { Metadata } from 'next'
import { EmbedBuilder } from '@/components/embed/embed-builder'
import { PageFrame } from '@/components/page-frame'
import { getCollections, getIncidents } from '@/lib/content/source'
import { builderIncidents } from '@/lib/embed/builder-choices'
import { buildTimelineExport } from '@/lib/export/timeline-json'
import { timelineJsPath } from '@/lib/export/timelinejs'
import { sitePath } from '@/lib/site/env'
import { type Lang, otherLang, pagePath, sectionPath, t } from '@/lib/i18n/lang'
import { emsg } from '@/lib/embed/messages'
import { headFor } from '@/lib/site/page-head'

/** The embed builder page for one language: choose options, preview, copy a snippet. */
export function embedRoute(lang: Lang) {
  return {
    metadata: headFor({
      lang,
      paths: { ko: pagePath('ko', 'embed/'), en: pagePath('en', 'embed/') },
      title: emsg('builderTitle', lang),
      description: emsg('builderIntro', lang),
    }) satisfies Metadata,
    Page: function EmbedBuilderPage() {
      const data = buildTimelineExport(getCollections())
      const choices = {
        incidents: builderIncidents(getIncidents()).map((i) => ({
          id: i.id,
          label: `${i.id.slice(0, 4)} · ${t(i.title, lang)}`,
        })),
        entities: data.entities
          .map((e) => ({ id: e.id, label: e.name[lang] }))
          .sort((a, b) => a.label.localeCompare(b.label, lang)),
        factors: data.factors
          .map((f) => ({ id: f.id, label: f.name[lang] }))
          .sort((a, b) => a.label.localeCompare(b.label, lang)),
        years: data.years.map((y) => ({ id: String(y), label: String(y) })),
      }
      return (
        <PageFrame lang={lang} alternate={pagePath(otherLang(lang), 'embed/')}>
          <h1>{emsg('builderTitle', lang)}</h1>
          <p>{emsg('builderIntro', lang)}</p>
          <EmbedBuilder lang={lang} choices={choices} />
          <section className="embed-data" aria-labelledby="embed-data-h">
            <h2 id="embed-data-h">{emsg('dataTitle', lang)}</h2>
            <p>{emsg('dataIntro', lang)}</p>
            <ul>
              <li>
                <a href={sitePath('/data/timeline.json')}>timeline.json</a>
              </li>
              <li>
                <a href={sitePath(timelineJsPath(undefined, lang))}>TimelineJS: all.json</a>
              </li>
            </ul>
            <p>
              <a href={sectionPath('data', lang)}>{emsg('dataAll', lang)}</a>
            </p>
          </section>
        </PageFrame>
      )
    },
  }
}
