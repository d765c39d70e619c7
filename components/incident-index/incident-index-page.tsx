import './incident-index.css'
import '@/components/timeline/filters.css'
import type { Lang } from '@/lib/i18n/lang'
import { tmsg } from '@/lib/timeline/messages'
import type { IndexRowView } from '@/lib/timeline/index-state'
import type { Option } from '@/lib/timeline/options'
import type { Paging } from '@/lib/pagination'
import { Pager } from '../pager'
import { IncidentTable } from './incident-table'

/** The incident index: every incident in one table (a page of it when it is long), sortable and filterable. */
export function IncidentIndexPage({
  rows,
  factors,
  years,
  severities,
  paging,
  pageHref,
  lang,
}: {
  rows: IndexRowView[]
  factors: Option[]
  years: number[]
  severities: Option[]
  paging: Paging
  pageHref: (page: number) => string
  lang: Lang
}) {
  return (
    <div className="incident-index">
      <h1>{tmsg('indexTitle', lang)}</h1>
      <p className="summary">{tmsg('indexIntro', lang)}</p>
      <IncidentTable rows={rows} factors={factors} years={years} severities={severities} lang={lang} />
      <Pager base={pageHref(1)} href={pageHref} page={paging.page} pages={paging.pages} lang={lang} />
      <p className="index-note">{tmsg('approxNote', lang)}</p>
    </div>
  )
}
