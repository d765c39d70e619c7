import { Alternatives } from '@/components/alternatives'
import { Citations } from '@/components/citations'
import type { IncidentView } from '@/lib/content/source'
import { formatValue } from '@/lib/incidents/figures'
import { type Lang, t } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { Fold } from './fold'

type Figure = IncidentView['incident']['figures'][number]

/** How many figures show before the rest fold away. */
const FIRST = 6

function FigureItem({ f, view, lang }: { f: Figure; view: IncidentView; lang: Lang }) {
  return (
    <div id={`figure-${f.id}`} className="figure">
      <dt>{t(f.label, lang)}</dt>
      <dd>
        <span className="value">{formatValue(f.value, f.unit, lang, f.approximate)}</span>
        {f.unverified && <span className="flag"> ({msg('unverified', lang)})</span>}
        <Citations ids={f.sources} cites={view.cites} />
        {f.note && <p className="note">{t(f.note, lang)}</p>}
        <Alternatives
          lang={lang}
          cites={view.cites}
          items={f.alternatives.map((a) => ({
            value: formatValue(a.value, a.unit ?? f.unit, lang, a.approximate),
            note: a.note && t(a.note, lang),
            sources: a.sources,
          }))}
        />
      </dd>
    </div>
  )
}

/** Impact figures, the first few open and the rest folded; where sources disagree, every value is shown. */
export function FigureList({ view, lang }: { view: IncidentView; lang: Lang }) {
  const figures = view.incident.figures
  const rest = figures.slice(FIRST)
  return (
    <>
      <dl className="figure-list">
        {figures.slice(0, FIRST).map((f) => (
          <FigureItem key={f.id} f={f} view={view} lang={lang} />
        ))}
      </dl>
      {rest.length > 0 && (
        <Fold count={rest.length} over={0} summary={msg('moreFigures', lang)}>
          <dl className="figure-list">
            {rest.map((f) => (
              <FigureItem key={f.id} f={f} view={view} lang={lang} />
            ))}
          </dl>
        </Fold>
      )}
    </>
  )
}
