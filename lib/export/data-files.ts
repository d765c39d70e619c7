/**
 * The data files of the static route handlers, by file name: `<incident-id>.json` and
 * `all.json`. One place for the names, so the static params and the handlers cannot drift. Pure.
 */
import type { TimelineCollections } from '../timeline/model'
import type { Lang } from '../schema/vocabulary'
import { emsg } from '../i18n/messages-embed'
import { buildIncidentTimelineExport, buildTimelineExport, type TimelineExport } from './timeline-json'
import { buildTimelineJs, type TimelineJsFile } from './timelinejs'
import { buildOEmbed, type OEmbedRich } from '../embed/oembed'

/** `{ file: '<id>.json' }` for every incident, and `all.json` when asked. */
export function fileParams(c: TimelineCollections, withAll: boolean): Array<{ file: string }> {
  return [...c.incidents.map((inc) => ({ file: `${inc.id}.json` })), ...(withAll ? [{ file: 'all.json' }] : [])]
}

/** The incident id a file name stands for (`all` for the whole record), or undefined. */
export function idOfFile(file: string): string | undefined {
  const m = /^(.+)\.json$/.exec(file)
  return m?.[1]
}

/** The timeline export of a file name: one incident's, or the whole record's for `all`. */
export function timelineOfFile(c: TimelineCollections, file: string): TimelineExport | undefined {
  const id = idOfFile(file)
  if (id === undefined) return undefined
  return id === 'all' ? buildTimelineExport(c) : buildIncidentTimelineExport(c, id)
}

/** The TimelineJS file of a file name, in a language, with absolute links. */
export function timelineJsOfFile(
  c: TimelineCollections,
  file: string,
  lang: Lang,
  origin: string,
): TimelineJsFile | undefined {
  const data = timelineOfFile(c, file)
  if (!data) return undefined
  const incident = c.incidents.find((inc) => inc.id === data.scope)
  const headline = incident ? incident.title[lang] : emsg('allRecord', lang)
  return buildTimelineJs(data, lang, origin, { headline, text: emsg('attribution', lang) })
}

/** The oEmbed response behind `oembed/[en/]<file>`: an incident's, or the whole record's for `timeline.json`. */
export function oembedOfFile(
  file: string,
  lang: Lang,
  titleOf: (id: string) => { ko: string; en: string } | undefined,
  origin: string,
): OEmbedRich | undefined {
  const id = idOfFile(file)
  if (id === 'timeline') return buildOEmbed(undefined, emsg('allRecord', lang), lang, origin)
  const title = id === undefined ? undefined : titleOf(id)
  return id !== undefined && title ? buildOEmbed(id, title[lang], lang, origin) : undefined
}
