import type { Lang } from '@/lib/i18n/lang'
import { ROLE_LABEL } from '@/lib/i18n/labels'
import { rmsg } from '@/lib/reference/messages'
import type { RoleCount } from '@/lib/reference/factors'

/** How many incidents a factor appears in, in total and per role. */
export function RoleCounts({ total, byRole, lang }: { total: number; byRole: readonly RoleCount[]; lang: Lang }) {
  if (total === 0) return <p className="ref-muted">{rmsg('notUsed', lang)}</p>
  return (
    <dl className="ref-counts">
      <div>
        <dt>{rmsg('incidentCount', lang)}</dt>
        <dd>
          {total}
          {rmsg('incidentsUnit', lang)}
        </dd>
      </div>
      {byRole.map(({ role, count }) => (
        <div key={role}>
          <dt>{ROLE_LABEL[role][lang]}</dt>
          <dd>
            {count}
            {rmsg('incidentsUnit', lang)}
          </dd>
        </div>
      ))}
    </dl>
  )
}
