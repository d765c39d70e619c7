import type { IncidentView } from '@/lib/content/source'
import { entityPath, type Lang, t } from '@/lib/i18n/lang'
import { SeverityBadge } from '@/components/severity-badge'
import { SEVERITY_LABEL } from '@/lib/i18n/labels'
import { msg } from '@/lib/i18n/messages'
import { LengthText } from '@/components/length-text'
import { formatMoment } from '@/lib/time/format'

/** When, how long, where, who, what failed, how bad. */
export function SummaryCard({ view, lang }: { view: IncidentView; lang: Lang }) {
  const names = (list: IncidentView['operators']) =>
    list.map((n, i) => (
      <span key={n.id}>
        {i > 0 && ', '}
        <a href={entityPath(n.id, lang)}>{t(n.name, lang)}</a>
      </span>
    ))
  return (
    <dl className="summary-card">
      <dt>{msg('when', lang)}</dt>
      <dd>
        <time dateTime={view.start.at}>{formatMoment(view.start, lang)}</time>
        {' – '}
        {view.end ? <time dateTime={view.end.at}>{formatMoment(view.end, lang)}</time> : msg('unknownEnd', lang)}
      </dd>
      {view.length && (
        <>
          <dt>{msg('duration', lang)}</dt>
          <dd>
            <LengthText length={view.length} lang={lang} />
          </dd>
        </>
      )}
      {view.facility && (
        <>
          <dt>{msg('where', lang)}</dt>
          <dd>{names([view.facility])}</dd>
        </>
      )}
      {view.operators.length > 0 && (
        <>
          <dt>{msg('who', lang)}</dt>
          <dd>{names(view.operators)}</dd>
        </>
      )}
      {view.services.length > 0 && (
        <>
          <dt>{msg('whatFailed', lang)}</dt>
          <dd>{names(view.services)}</dd>
        </>
      )}
      <dt>{msg('severity', lang)}</dt>
      <dd>
        <SeverityBadge severity={view.incident.severity} label={SEVERITY_LABEL[view.incident.severity][lang]} />
      </dd>
    </dl>
  )
}
