import type { IncidentView } from '@/lib/content/source'
import { analysisFor } from '@/lib/incidents/view'
import type { Lang } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { numberBodyCitations } from '@/lib/markdown/cite-links'

/** The written analysis in the page's language (else the Korean one, marked), cited with the page's numbers. */
export function AnalysisBody({ view, lang }: { view: IncidentView; lang: Lang }) {
  const analysis = analysisFor(view, lang)
  if (!analysis) return null
  const html = numberBodyCitations(analysis.body.html, view.cites)
  return (
    <>
      {analysis.lang !== lang && <p className="note">{msg('analysisInKorean', lang)}</p>}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the body was sanitized by rehype-sanitize when contentlayer2 built it; the citations put in are escaped */}
      <div className="prose" lang={analysis.lang} dangerouslySetInnerHTML={{ __html: html }} />
    </>
  )
}
