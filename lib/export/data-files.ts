/**
 * Every data file of the site, by kind: the registry scripts/build-data.ts writes after
 * `next build`. Adding a kind of file is one line in `DATA_FILE_KINDS` and a generator of
 * `DataFile`s (lib/export/files.ts). Pure.
 *
 * | kind | files |
 * | --- | --- |
 * | incidents | `data/incidents.json` |
 * | timeline | `data/timeline.json`, `data/timeline/<incident-id>.json` |
 * | timelinejs | `data/timelinejs/[en/]all.json`, `data/timelinejs/[en/]<incident-id>.json` |
 * | oembed | `oembed/[en/]timeline.json`, `oembed/[en/]<incident-id>.json` |
 */
import { LANGS, type Lang } from '../schema/vocabulary'
import { emsg } from '../embed/messages'
import { buildOEmbed, oembedPath } from '../embed/oembed'
import { dataPath } from '../embed/options'
import { type DataContext, type DataFile, type DataFileKind, jsonFile } from './files'
import { buildIncidentsExport } from './incidents-json'
import { buildIncidentTimelineExport, buildTimelineExport, type TimelineExport } from './timeline-json'
import { buildTimelineJs, timelineJsPath } from './timelinejs'

const inOut = (sitePath: string) => sitePath.replace(/^\//, '')

function* incidentsFiles(ctx: DataContext): Iterable<DataFile> {
  yield jsonFile('data/incidents.json', buildIncidentsExport(ctx.collections.incidents))
}

/** Each incident's own timeline export, in file order; incidents the timeline does not hold have none. */
function* incidentExports(ctx: DataContext): Iterable<TimelineExport> {
  for (const inc of ctx.collections.incidents) {
    const data = buildIncidentTimelineExport(ctx.timeline, inc.id)
    if (data) yield data
  }
}

function* timelineFiles(ctx: DataContext): Iterable<DataFile> {
  yield jsonFile(inOut(dataPath({})), buildTimelineExport(ctx.timeline))
  for (const data of incidentExports(ctx)) yield jsonFile(inOut(dataPath({ incident: data.scope })), data)
}

function* timelineJsFiles(ctx: DataContext): Iterable<DataFile> {
  const file = (data: TimelineExport, lang: Lang, headline: string) =>
    jsonFile(
      inOut(timelineJsPath(data.scope === 'all' ? undefined : data.scope, lang)),
      buildTimelineJs(data, lang, ctx.origin, { headline, text: emsg('attribution', lang) }),
    )
  const all = buildTimelineExport(ctx.timeline)
  for (const lang of LANGS) yield file(all, lang, emsg('allRecord', lang))
  for (const data of incidentExports(ctx)) {
    const title = ctx.timeline.incidents.get(data.scope)?.title
    for (const lang of LANGS) yield file(data, lang, title ? title[lang] : emsg('allRecord', lang))
  }
}

function* oembedFiles(ctx: DataContext): Iterable<DataFile> {
  for (const lang of LANGS) {
    yield jsonFile(
      inOut(oembedPath(undefined, lang)),
      buildOEmbed(undefined, emsg('allRecord', lang), lang, ctx.origin),
    )
    for (const inc of ctx.collections.incidents) {
      yield jsonFile(inOut(oembedPath(inc.id, lang)), buildOEmbed(inc.id, inc.title[lang], lang, ctx.origin))
    }
  }
}

/** The registry: every kind of data file, in the order the script writes them. */
export const DATA_FILE_KINDS: readonly DataFileKind[] = [
  { name: 'incidents', files: incidentsFiles },
  { name: 'timeline', files: timelineFiles },
  { name: 'timelinejs', files: timelineJsFiles },
  { name: 'oembed', files: oembedFiles },
]
