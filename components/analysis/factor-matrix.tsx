import './analysis.css'
import type { Factor, Incident } from '@/lib/content/source'
import { factorPath, incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { ROLE_LABEL } from '@/lib/i18n/labels'
import { FACTOR_ROLES, type FactorRole } from '@/lib/schema/vocabulary'

/** One letter per role, in the reader's language, shown in the cells and explained by the legend. */
const MARK: Record<FactorRole, { ko: string; en: string }> = {
  trigger: { ko: '계', en: 'T' },
  underlying: { ko: '근', en: 'U' },
  contributing: { ko: '기', en: 'C' },
  aggravating: { ko: '악', en: 'A' },
  mitigating: { ko: '완', en: 'M' },
}

interface Props {
  rows: Array<{ id: string; incident: Incident; cells: FactorRole[][] }>
  columns: Array<{ id: string; factor: Factor; count: number }>
  lang: Lang
}

const dotted = (inc: Incident) => inc.start.at.slice(0, 10).replaceAll('-', '.')

/**
 * A heat map of factors (rows, most recurring first) against incidents (columns, in time order):
 * a coloured square where a factor played a part, naming the incident and the role on hover and
 * focus. On a phone each factor becomes a list of the incidents it played a part in.
 */
export function FactorMatrix({ rows, columns, lang }: Props) {
  const ko = lang === 'ko'
  const caption = ko
    ? '원인 요인 × 장애: 칸의 색과 글자는 요인의 역할'
    : 'Factors × incidents: colour and letter give the role'
  return (
    <>
      <ul className="role-legend">
        {FACTOR_ROLES.map((role) => (
          <li key={role}>
            <span className={`hm-mark role-${role}`} aria-hidden="true">
              {MARK[role][lang]}
            </span>
            {ROLE_LABEL[role][lang]}
          </li>
        ))}
      </ul>
      <div className="heatmap-wrap">
        <table className="heatmap">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="hm-corner">
                {ko ? '요인 (장애 수)' : 'Factor (incidents)'}
              </th>
              {rows.map((r) => (
                <th key={r.id} scope="col" className="hm-col">
                  <a href={incidentPath(r.id, lang)}>
                    <span className="hm-date">{dotted(r.incident)}</span>
                    <span className="hm-tip">{t(r.incident.title, lang)}</span>
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map((c, ci) => (
              <tr key={c.id}>
                <th scope="row">
                  <a href={factorPath(c.id, lang)}>{t(c.factor.name, lang)}</a>{' '}
                  <span className="hm-count">{c.count}</span>
                </th>
                {rows.map((r) => {
                  const roles = r.cells[ci] ?? []
                  const first = roles[0]
                  return (
                    <td key={r.id}>
                      {first && (
                        <a href={`${incidentPath(r.id, lang)}#factor-${c.id}`} className={`hm-cell role-${first}`}>
                          <span className="hm-mark" aria-hidden="true">
                            {roles.map((role) => MARK[role][lang]).join('')}
                          </span>
                          <span className="hm-tip">
                            {dotted(r.incident)} {t(r.incident.title, lang)} ·{' '}
                            {roles.map((role) => ROLE_LABEL[role][lang]).join(', ')}
                          </span>
                        </a>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
