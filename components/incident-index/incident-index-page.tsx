import './incident-index.css'
import '@/components/timeline/filters.css'
import type { Lang } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import type { IndexRowView } from '@/lib/timeline/index-state'
import type { Option } from '@/lib/timeline/options'
import { IncidentTable } from './incident-table'

/** The incident index: every incident in one table, sortable and filterable. */
export function IncidentIndexPage({
  rows,
  factors,
  years,
  severities,
  lang,
}: {
  rows: IndexRowView[]
  factors: Option[]
  years: number[]
  severities: Option[]
  lang: Lang
}) {
  return (
    <div className="incident-index">
      <h1>{tmsg('indexTitle', lang)}</h1>
      <p className="summary">{tmsg('indexIntro', lang)}</p>
      <IncidentTable rows={rows} factors={factors} years={years} severities={severities} lang={lang} />
      <p className="index-note">{tmsg('approxNote', lang)}</p>
    </div>
  )
}
