/**
 * The downloads that are not exports of another kind: the CSV tables (lib/data-docs/csv-tables.ts),
 * a JSON Schema (2020-12) for every kind of JSON file, and `data/catalog.json`, the list of every
 * download with its fields, schema and licence (lib/data-docs/catalog.ts). Pure.
 */
import { DATA_DOCS } from '../data-docs/catalog'
import { CSV_TABLES } from '../data-docs/csv-tables'
import { schemaDocument } from '../data-docs/schema'
import { sitePath } from '../site/env'
import { CODE_LICENCE, DATA_LICENCE, LICENCE_TEXT } from '../site/licence'
import { type DataContext, type DataFile, jsonFile } from './files'

/** The address of a kind's schema, for its `$id` and the files' `$schema`. */
export const schemaUrl = (ctx: DataContext, name: string) => ctx.origin + sitePath(`/data/${name}.schema.json`)

export function* downloadFiles(ctx: DataContext): Iterable<DataFile> {
  for (const table of CSV_TABLES) yield { path: table.path.slice(1), content: table.content(ctx.collections) }
  for (const doc of DATA_DOCS) {
    if (!doc.schema) continue
    const url = ctx.origin + sitePath(doc.schema.path)
    yield jsonFile(doc.schema.path.slice(1), schemaDocument(doc.schema.node, url, `${doc.title.en}: ${doc.format}`))
  }
  yield jsonFile('data/catalog.json', {
    $schema: schemaUrl(ctx, 'catalog'),
    format: 'outage-chronicle/catalog',
    version: 1,
    site: ctx.origin + sitePath('/'),
    license: DATA_LICENCE.url,
    licenses: { data: DATA_LICENCE.url, code: CODE_LICENCE.url, sources: LICENCE_TEXT.sources },
    files: DATA_DOCS.map((d) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      mediaType: d.mediaType,
      format: d.format,
      files: d.files.map((f) => ctx.origin + sitePath(f)),
      schema: d.schema ? ctx.origin + sitePath(d.schema.path) : null,
      fields: d.fields.map((f) => ({ name: f.name, type: f.type, optional: f.optional, description: f.doc })),
    })),
  })
}
