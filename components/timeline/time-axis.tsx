import './time-axis.css'
import type { Lang } from '@/lib/i18n/lang'
import { axisWord } from '@/lib/timeline/axis-messages'
import { axisDataPath } from '@/lib/timeline/axis'

/**
 * The zoomable time axis (island `time-axis`): its controls and an empty frame the island draws
 * into, from `data/axis/<lang>.json`. Without JavaScript it is not shown (data-js-only): the list
 * below it is the text alternative and the fallback. Its height is fixed, so drawing it moves nothing.
 */
export function TimeAxis({ lang }: { lang: Lang }) {
  return (
    <section
      className="time-axis"
      aria-labelledby="axis-heading"
      data-island="time-axis"
      data-lang={lang}
      data-src={axisDataPath(lang)}
      data-js-only=""
    >
      <h2 id="axis-heading">{axisWord('heading', lang)}</h2>
      <p className="axis-help">{axisWord('help', lang)}</p>
      <div className="axis-controls">
        <button type="button" data-zoom="in" aria-keyshortcuts="+">
          {axisWord('zoomIn', lang)} +
        </button>
        <button type="button" data-zoom="out" aria-keyshortcuts="-">
          {axisWord('zoomOut', lang)} −
        </button>
        <button type="button" data-zoom="all" aria-keyshortcuts="0">
          {axisWord('reset', lang)}
        </button>
        <output className="axis-range" aria-live="polite" />
      </div>
      <div className="axis-frame" role="group" aria-label={axisWord('frame', lang)}>
        <p className="axis-status">{axisWord('loading', lang)}</p>
      </div>
      <div className="axis-summary" aria-live="polite" />
      <p className="axis-note">{axisWord('scale', lang)}</p>
      <p className="axis-note">{axisWord('events', lang)}</p>
    </section>
  )
}
