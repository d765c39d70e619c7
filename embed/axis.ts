/**
 * The embed's axis view (`view=axis`), a chunk embed/widget.ts loads only for that view: the site's
 * own `time-axis` island (components/timeline/time-axis.island.ts), mounted on the markup
 * components/timeline/axis/markup.ts builds (the parts time-axis.tsx renders), opened on the window
 * the options name (lib/embed/axis-window.ts, written into this page's address as `start`/`end`,
 * where the island reads it). With an incident, the island loads that incident's file first and the
 * whole axis only when the reader reaches for it. In a frame, for the host page's sake, a settled
 * view replaces this page's history entry (`data-history="replace"`: the host's Back button leaves
 * the article, not the axis's views) and a mark opens its record in a new tab (`data-target`), as the
 * list's links do.
 */
import { axisMarkup } from '../components/timeline/axis/markup'
import { mount } from '../components/timeline/time-axis.island'
import { incidentWindow, withWindow, yearsWindow } from '../lib/embed/axis-window'
import { emsg } from '../lib/embed/messages'
import type { EmbedOptions } from '../lib/embed/options'
import { sitePath } from '../lib/site/env'
import { AXIS_START, axisFilePath, isAxisData } from '../lib/timeline/axis-files'

export type PreparedAxis =
  | { kind: 'unknown-incident' }
  | { kind: 'failed' }
  | { kind: 'ready'; root: HTMLElement; incidentLabel?: string; start: () => void }

/**
 * The axis for these options, to be put into the page and then started (the island measures its
 * frame, so it mounts once in the page). With an incident, its axis file is read first: its window,
 * its name, how many service outages it draws; a 404 means no such incident.
 */
export async function prepareAxis(o: EmbedOptions): Promise<PreparedAxis> {
  const bounds = { from: AXIS_START, to: Math.ceil(Date.now() / 60_000) }
  let opening = yearsWindow(o, bounds)
  let incident: { id: string; services: number; label?: string } | undefined
  if (o.incident !== undefined) {
    const key = `incident-${o.incident}`
    try {
      const res = await fetch(sitePath(axisFilePath(o.lang, o.incident)), { credentials: 'omit' })
      if (res.status === 404) return { kind: 'unknown-incident' }
      const json: unknown = res.ok ? await res.json() : undefined
      if (!isAxisData(json)) return { kind: 'failed' }
      opening = incidentWindow(json.items, key, bounds) ?? opening
      const services = json.items.filter((i) => i.kind === 'outage').length
      const label = json.items.find((i) => i.key === key)?.label
      incident = label === undefined ? { id: o.incident, services } : { id: o.incident, services, label }
    } catch {
      return { kind: 'failed' }
    }
  }
  const framed = window.parent !== window
  const root = axisMarkup({
    lang: o.lang,
    src: sitePath(axisFilePath(o.lang)),
    ...(incident ? { incident } : {}),
    alone: true,
    ...(framed ? { history: 'replace', target: '_blank' } : {}),
    headingId: 'axis-heading',
  })
  if (o.entity !== undefined || o.factor !== undefined) {
    const note = document.createElement('p')
    note.className = 'axis-note'
    note.setAttribute('role', 'note')
    note.textContent = emsg('axisAllRecords', o.lang)
    root.append(note)
  }
  const start = () => {
    const query = withWindow(location.search, opening, bounds)
    history.replaceState(history.state, '', `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`)
    mount(root)
  }
  const label = incident?.label
  return label === undefined ? { kind: 'ready', root, start } : { kind: 'ready', root, incidentLabel: label, start }
}
