import { Citations } from '@/components/citations'
import type { IncidentView } from '@/lib/content/source'
import { incidentPath, type Lang, t } from '@/lib/i18n/lang'
import { STATUS_LABEL } from '@/lib/i18n/labels'
import { msg } from '@/lib/i18n/messages'
import { toMoment } from '@/lib/time/moment'
import { MomentTime } from '@/components/reference/moment-time'

/** Who promised what, and what became of it. */
export function CommitmentList({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <ul className="commitment-list">
      {view.incident.commitments.map((c) => (
        <li key={c.id} id={`commitment-${c.id}`}>
          <MomentTime moment={toMoment(c)} lang={lang} /> {t(c.text, lang)}
          <Citations ids={c.sources} cites={view.cites} />
          <p>
            <strong>
              {msg('status', lang)}: {STATUS_LABEL[c.status][lang]}
            </strong>
            {c.unverified && <span className="flag"> ({msg('unverified', lang)})</span>}
            {c.outcome && ` ${t(c.outcome, lang)}`}
            {c.shownBy && (
              <>
                {' '}
                ({msg('shownBy', lang)}:{' '}
                <a href={incidentPath(c.shownBy, lang)}>
                  {t(view.shownBy.get(c.shownBy) ?? { ko: c.shownBy, en: c.shownBy }, lang)}
                </a>
                )
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}
