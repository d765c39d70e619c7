import { Alternatives } from '@/components/alternatives'
import { Citations } from '@/components/citations'
import type { IncidentView } from '@/lib/content/source'
import { formatValue } from '@/lib/incidents/figures'
import { type Lang, t } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'

/** Impact figures; where sources disagree, every value is shown beside the main one. */
export function FigureList({ view, lang }: { view: IncidentView; lang: Lang }) {
  return (
    <dl className="figure-list">
      {view.incident.figures.map((f) => (
        <div key={f.id} id={`figure-${f.id}`} className="figure">
          <dt>{t(f.label, lang)}</dt>
          <dd>
            <span className="value">{formatValue(f.value, f.unit, lang, f.approximate)}</span>
            {f.unverified && <span className="flag"> ({msg('unverified', lang)})</span>}
            <Citations ids={f.sources} numbers={view.citeNumber} />
            {f.note && <p className="note">{t(f.note, lang)}</p>}
            <Alternatives
              lang={lang}
              numbers={view.citeNumber}
              items={f.alternatives.map((a) => ({
                value: formatValue(a.value, a.unit ?? f.unit, lang, a.approximate),
                note: a.note && t(a.note, lang),
                sources: a.sources,
              }))}
            />
          </dd>
        </div>
      ))}
    </dl>
  )
}
