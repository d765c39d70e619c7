import './analysis.css'
import type { Commitment, Incident } from '@/lib/content/source'
import { entityPath, incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { STATUS_LABEL } from '@/lib/i18n/labels'
import { msg } from '@/lib/i18n/messages'
import { toMoment } from '@/lib/time/moment'
import { MomentTime } from '@/components/reference/moment-time'

interface Props {
  rows: Array<{ incidentId: string; incident: Incident; commitment: Commitment }>
  actorName: (id: string) => string
  incidentTitle: (id: string) => string
  lang: Lang
}

/** Promises against outcomes: who promised what after which incident, and what became of it. */
export function CommitmentTable({ rows, actorName, incidentTitle, lang }: Props) {
  const ko = lang === 'ko'
  const shownBy = msg('shownBy', lang)
  return (
    <div className="commitments-wrap">
      <table className="commitments">
        <caption>{ko ? '약속과 결과' : 'Promises and outcomes'}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-when">
              {ko ? '언제' : 'When'}
            </th>
            <th scope="col" className="col-who">
              {ko ? '누가' : 'Who'}
            </th>
            <th scope="col" className="col-what">
              {ko ? '무엇을' : 'What'}
            </th>
            <th scope="col" className="col-outcome">
              {ko ? '결과' : 'Outcome'}
            </th>
            <th scope="col" className="col-after">
              {ko ? '계기' : 'After'}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ incidentId, incident, commitment: c }) => (
            <tr key={`${incidentId}-${c.id}`} className={`status-${c.status}`}>
              <td className="col-when">
                <MomentTime moment={toMoment(c)} lang={lang} />
              </td>
              <td className="col-who">
                <a href={entityPath(c.actor, lang)}>{actorName(c.actor)}</a>
              </td>
              <td className="col-what">{t(c.text, lang)}</td>
              <td className="col-outcome">
                <strong className="status">{STATUS_LABEL[c.status][lang]}</strong>
                {c.outcome && <> {t(c.outcome, lang)}</>}
                {c.shownBy && (
                  <>
                    {' '}
                    ({shownBy}: <a href={incidentPath(c.shownBy, lang)}>{incidentTitle(c.shownBy)}</a>)
                  </>
                )}
              </td>
              <td className="col-after">
                <a href={`${incidentPath(incidentId, lang)}#commitment-${c.id}`}>{t(incident.title, lang)}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
