import type { Factor, Incident } from '@/lib/content/source'
import { factorPath, incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { ROLE_LABEL } from '@/lib/i18n/labels'
import { FACTOR_ROLES, type FactorRole } from '@/lib/schema/vocabulary'

const MARK: Record<FactorRole, string> = {
  trigger: 'T',
  underlying: 'U',
  contributing: 'C',
  aggravating: 'A',
  mitigating: 'M',
}

interface Props {
  rows: Array<{ id: string; incident: Incident; cells: FactorRole[][] }>
  columns: Array<{ id: string; factor: Factor; count: number }>
  lang: Lang
}

/** Incident × factor: which factor played which role where. Scrolls sideways on narrow screens. */
export function FactorMatrix({ rows, columns, lang }: Props) {
  const caption = lang === 'ko' ? '장애 × 원인 요인 (글자는 역할)' : 'Incidents × factors (letters give the role)'
  return (
    <>
      <p className="legend">
        {FACTOR_ROLES.map((role) => (
          <span key={role}>
            <abbr title={ROLE_LABEL[role][lang]}>{MARK[role]}</abbr> {ROLE_LABEL[role][lang]}{' '}
          </span>
        ))}
      </p>
      <div className="scroll-x" role="region" aria-label={caption} tabIndex={0}>
        <table className="matrix">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{lang === 'ko' ? '장애' : 'Incident'}</th>
              {columns.map((c) => (
                <th key={c.id} scope="col">
                  <a href={factorPath(c.id, lang)}>{t(c.factor.name, lang)}</a> ({c.count})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <a href={incidentPath(r.id, lang)}>
                    {r.incident.start.at.slice(0, 10)} {t(r.incident.title, lang)}
                  </a>
                </th>
                {r.cells.map((roles, i) => (
                  <td key={columns[i]?.id ?? i} className={roles.length > 0 ? 'hit' : undefined}>
                    {roles.map((role) => (
                      <abbr key={role} title={ROLE_LABEL[role][lang]}>
                        {MARK[role]}
                      </abbr>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
