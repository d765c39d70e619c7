/**
 * The `time-axis` island's markup built in the browser, for a page that has no server markup of it
 * (the embed's axis view, embed/axis.ts): the same parts, attributes and words time-axis.tsx renders,
 * with the island's options as `data-*` attributes. Light: it imports only what the island does.
 * Text goes in as text.
 */
import type { Lang } from '@/lib/i18n/lang'
import { axisHeight, LANE_MODES } from '@/lib/timeline/axis-layout'
import { type AxisWord, axisWord } from '@/lib/timeline/axis-messages'
import { axisNote } from '@/lib/timeline/axis-notes'
import { el } from '../../islands/dom'

const LANE_WORD = { kind: 'laneKind', company: 'laneCompany', facility: 'laneFacility', factor: 'laneFactor' } as const

export interface AxisMarkup {
  lang: Lang
  /** The whole axis's file, under the base path (lib/timeline/axis-files.ts). */
  src: string
  /** The incident it opens on (its own file loads first) and how many service outages that file draws. */
  incident?: { id: string; services: number }
  /** No list below the axis: its help and failure message do not point to one. */
  alone?: boolean
  /** A settled view replaces the history entry instead of adding one (in a frame, the host's Back stays its own). */
  history?: 'replace'
  /** Where a mark opens its record (`_blank`: a new tab). */
  target?: string
  headingId: string
}

/** The island's root with every part it needs; the island sets the frame's height from `data-height`. */
export function axisMarkup(o: AxisMarkup): HTMLElement {
  const word = (key: AxisWord) => axisWord(key, o.lang)
  const data: Record<string, string> = {
    'aria-labelledby': o.headingId,
    'data-island': 'time-axis',
    'data-lang': o.lang,
    'data-src': o.src,
  }
  if (o.incident) data['data-incident'] = o.incident.id
  if (o.alone) data['data-alone'] = ''
  if (o.history) data['data-history'] = o.history
  if (o.target) data['data-target'] = o.target
  const button = (zoom: string, key: string, text: string) =>
    el('button', { text, attrs: { type: 'button', 'data-zoom': zoom, 'aria-keyshortcuts': key } })
  const select = el('select', { attrs: { 'data-lanes': '' } })
  for (const m of LANE_MODES) select.append(el('option', { text: word(LANE_WORD[m]), attrs: { value: m } }))
  const frame = el(
    'div',
    {
      className: 'axis-frame',
      attrs: {
        role: 'group',
        'aria-label': word('frame'),
        'data-height': String(axisHeight(o.incident?.services ?? 0)),
      },
    },
    el('p', { className: 'axis-status', text: word('loading') }),
  )
  return el(
    'section',
    { className: 'time-axis', attrs: data },
    el('h2', { id: o.headingId, text: word('heading') }),
    el('p', { className: 'axis-help', text: axisNote(o.alone ? 'helpAlone' : 'help', o.lang) }),
    el(
      'div',
      { className: 'axis-controls' },
      button('in', '+', `${word('zoomIn')} +`),
      button('out', '-', `${word('zoomOut')} −`),
      button('all', '0', word('reset')),
      el('label', { className: 'axis-lanes' }, `${word('lanes')} `, select),
      el('output', { className: 'axis-range', attrs: { 'aria-live': 'polite' } }),
    ),
    frame,
    el('div', { className: 'axis-summary', attrs: { 'aria-live': 'polite' } }),
    el('p', { className: 'axis-note', text: axisNote('scale', o.lang) }),
    el('p', { className: 'axis-note', text: axisNote('events', o.lang) }),
    el('p', { className: 'axis-note', text: axisNote('commitments', o.lang) }),
    el('p', { className: 'axis-note', text: axisNote('laneNote', o.lang) }),
  )
}
