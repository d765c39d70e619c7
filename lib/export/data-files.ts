/**
 * Every data file of the site, by kind: the registry scripts/build-data.ts writes after
 * `next build`. Adding a kind of file is one line in `DATA_FILE_KINDS` and a generator of
 * `DataFile`s (lib/export/files.ts). Pure.
 *
 * | kind | files |
 * | --- | --- |
 * | incidents | `data/incidents.json` |
 * | downloads | `data/*.csv`, `data/*.schema.json` (a JSON Schema per kind of JSON file), `data/catalog.json` |
 * | timeline | `data/timeline.json`, `data/timeline/<incident-id>.json` |
 * | axis | `data/axis/{ko,en}.json`, `data/axis/{ko,en}/<incident-id>.json` (what the timeline's zoomable axis draws, lib/timeline/axis.ts), `data/axis/{ko,en}.sources.json` (every mark's sources, by key: fetched on hover) |
 * | timelinejs | `data/timelinejs/[en/]all.json`, `data/timelinejs/[en/]<incident-id>.json` |
 * | oembed | `oembed/[en/]timeline.json`, `oembed/[en/]<incident-id>.json` |
 * | feeds | `feeds/[en/]incidents.{xml,json}`, `feeds/[en/]factors/<id>.{xml,json}`, `feeds/[en/]entities/<id>.{xml,json}` (Atom, JSON Feed) |
 * | site | `sitemap.xml` (`sitemaps/<n>.xml` past 50,000 addresses), `robots.txt`, `[en/]manifest.webmanifest`, `icon.svg`, `favicon.ico`, `apple-touch-icon.png`, `icons/*.png` |
 * | cite | `cite/[en/]<incident-id>.{bib,ris,json}`, `cite/sources/<incident-id>.…`, `cite/[en/]outage-chronicle.…`, `cite/sources.…` (BibTeX, RIS, CSL-JSON) |
 * | share | `share/[en/]site.png`, `share/[en/]<incident-id>.png` (share cards, rendered by the writer) |
 */
import { LANGS, type Lang } from '../schema/vocabulary'
import { emsg } from '../embed/messages'
import { buildOEmbed, oembedPath } from '../embed/oembed'
import { dataPath } from '../embed/options'
import { type DataContext, type DataFile, type DataFileKind, jsonFile } from './files'
import { buildIncidentsExport } from './incidents-json'
import { buildIncidentTimelineExport, buildTimelineExport, type TimelineExport } from './timeline-json'
import { buildTimelineJs, timelineJsPath } from './timelinejs'
import { type AxisData, buildAxis, buildAxisEvents } from '../timeline/axis'
import { AXIS_SOURCES_FORMAT, AXIS_SOURCES_VERSION, axisFilePath, axisSourcesPath } from '../timeline/axis-files'
import { type AxisSources, sourceTips, splitSources } from '../timeline/axis-sources'
import { commitmentItems } from '../timeline/axis-commitments'
import { serviceOutages } from '../incidents/outages'
import { INCIDENTS_FORMAT, INCIDENTS_VERSION } from '../data-docs/own-formats'
import { sitePath } from '../site/env'
import { DATA_LICENCE } from '../site/licence'
import { citeFiles } from './cite-files'
import { downloadFiles, schemaUrl } from './download-files'
import { feedFiles } from './feed-files'
import { shareCardFiles } from './share-files'
import { siteFiles } from './site-files'

const inOut = (sitePath: string) => sitePath.replace(/^\//, '')

function* incidentsFiles(ctx: DataContext): Iterable<DataFile> {
  yield jsonFile('data/incidents.json', {
    $schema: schemaUrl(ctx, 'incidents'),
    format: INCIDENTS_FORMAT,
    version: INCIDENTS_VERSION,
    site: ctx.origin + sitePath('/'),
    license: DATA_LICENCE.url,
    incidents: buildIncidentsExport(ctx.collections.incidents),
  })
}

/** Each incident's own timeline export, in file order; incidents the timeline does not hold have none. */
function* incidentExports(ctx: DataContext): Iterable<TimelineExport> {
  for (const inc of ctx.collections.incidents) {
    const data = buildIncidentTimelineExport(ctx.timeline, inc.id)
    if (data) yield data
  }
}

function* timelineFiles(ctx: DataContext): Iterable<DataFile> {
  const $schema = schemaUrl(ctx, 'timeline')
  yield jsonFile(inOut(dataPath({})), { $schema, ...buildTimelineExport(ctx.timeline) })
  for (const data of incidentExports(ctx))
    yield jsonFile(inOut(dataPath({ incident: data.scope })), { $schema, ...data })
}

/** The axis files without sources (what pages load), then each language's sources by key (fetched on hover). */
function* axisFiles(ctx: DataContext): Iterable<DataFile> {
  const $schema = schemaUrl(ctx, 'axis')
  const { timeline } = ctx.timeline
  for (const lang of LANGS) {
    const tips = sourceTips(ctx.collections, lang)
    const sources: Record<string, string[]> = {}
    const file = (path: string, whole: AxisData) => {
      const split = splitSources(whole)
      Object.assign(sources, split.sources)
      return jsonFile(inOut(path), { $schema, ...split.data })
    }
    const commitments = commitmentItems(ctx.collections, lang)
    yield file(axisFilePath(lang), buildAxis(ctx.collections, lang, timeline, { tips, commitments }))
    for (const inc of ctx.collections.incidents) {
      const extras = { tips, outages: serviceOutages(inc) }
      const data = buildAxisEvents(ctx.collections, lang, inc.id, timeline, extras)
      if (data) yield file(axisFilePath(lang, inc.id), data)
    }
    const all: AxisSources = { format: AXIS_SOURCES_FORMAT, version: AXIS_SOURCES_VERSION, lang, sources }
    yield jsonFile(inOut(axisSourcesPath(lang)), { $schema: schemaUrl(ctx, 'axis-sources'), ...all })
  }
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
  { name: 'downloads', files: downloadFiles },
  { name: 'timeline', files: timelineFiles },
  { name: 'axis', files: axisFiles },
  { name: 'timelinejs', files: timelineJsFiles },
  { name: 'oembed', files: oembedFiles },
  { name: 'feeds', files: feedFiles },
  { name: 'cite', files: citeFiles },
  { name: 'share', files: shareCardFiles },
  { name: 'site', files: siteFiles },
]
