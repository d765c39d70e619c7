import type { Commitment, Incident } from '@/lib/content/source'
import { entityPath, incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { STATUS_LABEL } from '@/lib/i18n/labels'
import { toMoment } from '@/lib/time/moment'
import { MomentTime } from '@/components/reference/moment-time'

interface Props {
  rows: Array<{ incidentId: string; incident: Incident; commitment: Commitment }>
  actorName: (id: string) => string
  lang: Lang
}

/** Promises against outcomes: who promised what after which incident, and what became of it. */
export function CommitmentTable({ rows, actorName, lang }: Props) {
  const ko = lang === 'ko'
  return (
    <div
      className="scroll-x"
      role="region"
      aria-label={ko ? '약속과 결과 표, 가로로 스크롤' : 'Table of promises and outcomes, scrolls sideways'}
      tabIndex={0}
    >
      <table className="matrix commitments">
        <caption>{ko ? '약속과 결과' : 'Promises and outcomes'}</caption>
        <thead>
          <tr>
            <th scope="col">{ko ? '언제' : 'When'}</th>
            <th scope="col">{ko ? '누가' : 'Who'}</th>
            <th scope="col">{ko ? '무엇을' : 'What'}</th>
            <th scope="col">{ko ? '결과' : 'Outcome'}</th>
            <th scope="col">{ko ? '계기' : 'After'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ incidentId, incident, commitment: c }) => (
            <tr key={`${incidentId}-${c.id}`} className={`status-${c.status}`}>
              <td>
                <MomentTime moment={toMoment(c)} lang={lang} />
              </td>
              <td>
                <a href={entityPath(c.actor, lang)}>{actorName(c.actor)}</a>
              </td>
              <td>{t(c.text, lang)}</td>
              <td>
                <strong>{STATUS_LABEL[c.status][lang]}</strong>
                {c.outcome && <> {t(c.outcome, lang)}</>}
                {c.shownBy && (
                  <>
                    {' '}
                    (<a href={incidentPath(c.shownBy, lang)}>{c.shownBy}</a>)
                  </>
                )}
              </td>
              <td>
                <a href={`${incidentPath(incidentId, lang)}#commitment-${c.id}`}>{t(incident.title, lang)}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
