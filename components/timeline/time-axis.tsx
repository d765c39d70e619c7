import './time-axis.css'
import type { Lang } from '@/lib/i18n/lang'
import { sectionPath } from '@/lib/i18n/lang'
import { axisDataPath } from '@/lib/timeline/axis'
import { axisHeight, LANE_MODES } from '@/lib/timeline/axis-layout'
import { axisWord } from '@/lib/timeline/axis-messages'
import { axisNote } from '@/lib/timeline/axis-notes'
import { CompareForm, type CompareChoice } from './compare-form'

const LANE_WORD = { kind: 'laneKind', company: 'laneCompany', facility: 'laneFacility', factor: 'laneFactor' } as const

/** On an incident page: the incident, how many service outages it draws, and the others to compare it with. */
export interface OwnIncident {
  id: string
  services: number
  others: readonly CompareChoice[]
}

/**
 * The zoomable time axis (island `time-axis`): its controls and an empty frame the island draws
 * into, from `data/axis/<lang>.json`. On an incident page it opens on that incident. Without
 * JavaScript it is not shown (data-js-only): the list below it is the text alternative and the
 * fallback. The frame's height is fixed from the data (lib/timeline/axis-layout.ts), so drawing it moves nothing.
 * The embed builds the same markup in the browser (axis/markup.ts): a part added here goes there too.
 */
export function TimeAxis({
  lang,
  incident,
  followFilters = false,
}: {
  lang: Lang
  incident?: OwnIncident
  /** On /timeline/: the timeline's filters in the address apply to the axis too. */
  followFilters?: boolean
}) {
  const height = axisHeight(incident?.services ?? 0)
  const id = incident ? 'axis-heading-own' : 'axis-heading'
  return (
    <section
      className="time-axis"
      aria-labelledby={id}
      data-island="time-axis"
      data-lang={lang}
      data-src={axisDataPath(lang)}
      data-incident={incident?.id}
      data-follow-filters={followFilters ? '' : undefined}
      data-js-only=""
    >
      <h2 id={id}>{axisWord('heading', lang)}</h2>
      <p className="axis-help">{axisNote('help', lang)}</p>
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
        <label className="axis-lanes">
          {axisWord('lanes', lang)}{' '}
          <select data-lanes="">
            {LANE_MODES.map((m) => (
              <option key={m} value={m}>
                {axisWord(LANE_WORD[m], lang)}
              </option>
            ))}
          </select>
        </label>
        <output className="axis-range" aria-live="polite" />
      </div>
      <div
        className="axis-frame"
        role="group"
        aria-label={axisWord('frame', lang)}
        data-height={height}
        style={{ height: `${height + 2}px` }}
      >
        <p className="axis-status">{axisWord('loading', lang)}</p>
      </div>
      <div className="axis-summary" aria-live="polite" />
      {incident && incident.others.length > 0 ? (
        <CompareForm id={incident.id} others={incident.others} action={sectionPath('timeline', lang)} lang={lang} />
      ) : null}
      <p className="axis-note">{axisNote('scale', lang)}</p>
      <p className="axis-note">{axisNote('events', lang)}</p>
      <p className="axis-note">{axisNote('commitments', lang)}</p>
      <p className="axis-note">{axisNote('laneNote', lang)}</p>
    </section>
  )
}
