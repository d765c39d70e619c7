import type { Lang } from '@/lib/i18n/lang'
import { laneName, tmsg } from '@/lib/timeline/messages'
import { LANES } from '@/lib/timeline/timeline'

/** The lanes, with the mark each uses, so the layout reads without colour. */
export function LaneLegend({ lang }: { lang: Lang }) {
  return (
    <div className="lane-legend">
      <span className="lane-legend-title">{tmsg('lanes', lang)}:</span>
      <ul>
        {LANES.map((lane) => (
          <li key={lane} className={`lane-swatch lane-${lane}`}>
            {laneName(lane, lang)}
          </li>
        ))}
      </ul>
    </div>
  )
}
