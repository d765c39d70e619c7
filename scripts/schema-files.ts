/**
 * The editor schemas of the content, generated from the content model (contentlayer.config.ts):
 * one JSON Schema per kind of file, keyed by file name in schemas/. Shared by `npm run schemas`,
 * `npm run new` and the tests.
 */
import { sep } from 'node:path'
import Ajv, { type ErrorObject } from 'ajv'
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import { EnglishAnalysis, Entity, Factor, Incident, Policy, Source, Thesaurus } from '../contentlayer.config'
import { documentSchema, type JsonSchema } from '../lib/schema/json-schema'

export const SCHEMA_DIR = 'schemas'

/** Each kind of content file: its schema's file name, the files it describes, and whether they are Markdown (schema for the front matter). */
export const KINDS = [
  {
    kind: 'incident',
    doc: Incident,
    files: 'content/incidents/*.md',
    markdown: true,
    title: 'Incident (front matter)',
  },
  {
    kind: 'english-analysis',
    doc: EnglishAnalysis,
    files: 'content/incidents/en/*.md',
    markdown: true,
    title: 'English analysis (front matter: none)',
  },
  { kind: 'source', doc: Source, files: 'content/sources/*.yaml', markdown: false, title: 'Source' },
  { kind: 'entity', doc: Entity, files: 'content/entities/*.yaml', markdown: false, title: 'Entity' },
  { kind: 'factor', doc: Factor, files: 'content/factors/*.yaml', markdown: false, title: 'Factor' },
  { kind: 'policy', doc: Policy, files: 'content/policies/*.yaml', markdown: false, title: 'Policy' },
  {
    kind: 'thesaurus',
    doc: Thesaurus,
    files: 'content/thesaurus/*.yaml',
    markdown: false,
    title: 'Search thesaurus',
  },
] as const

export type ContentKind = (typeof KINDS)[number]['kind']

export const schemaFile = (kind: ContentKind): string => `${kind}.schema.json`

export function buildSchemas(): Map<ContentKind, JsonSchema> {
  return new Map(
    KINDS.map((k) => [k.kind, documentSchema(k.doc, schemaFile(k.kind), `Outage Chronicle: ${k.title}`)] as const),
  )
}

/** The files of schemas/, as `npm run schemas` writes them. */
export function schemaFiles(): Map<string, string> {
  return new Map(
    [...buildSchemas()].map(([kind, schema]) => [schemaFile(kind), `${JSON.stringify(schema, null, 2)}\n`]),
  )
}

/** The kind of a content file, by its path relative to the content folder (undefined for other files). */
export function kindOfFile(relPath: string): ContentKind | undefined {
  const p = relPath.split(sep).join('/')
  if (/(^|\/)incidents\/en\/[^/]+\.md$/.test(p)) return 'english-analysis'
  if (/(^|\/)incidents\/[^/]+\.md$/.test(p)) return 'incident'
  const m = /(^|\/)(sources|entities|factors|policies|thesaurus)\/[^/]+\.yaml$/.exec(p)
  const folder = m?.[2]
  return folder === 'sources'
    ? 'source'
    : folder === 'entities'
      ? 'entity'
      : folder === 'factors'
        ? 'factor'
        : folder === 'policies'
          ? 'policy'
          : folder === 'thesaurus'
            ? 'thesaurus'
            : undefined
}

/** A content file's data as contentlayer2 reads it: a YAML file whole, a Markdown file's front matter (YAML 1.2, no dates). */
export function fileData(relPath: string, text: string): unknown {
  if (relPath.endsWith('.md')) return matter(text, { engines: { yaml: (s: string) => parseYaml(s) ?? {} } }).data
  return parseYaml(text) ?? {}
}

/** A check of content files against their schemas: each problem as `field: message`. */
export function schemaChecker(): (relPath: string, text: string) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: true })
  ajv.addKeyword('enumDescriptions')
  const validators = new Map([...buildSchemas()].map(([kind, schema]) => [kind, ajv.compile(schema)]))
  return (relPath, text) => {
    const kind = kindOfFile(relPath)
    const validate = kind === undefined ? undefined : validators.get(kind)
    if (!validate) return [`not a content file of a known kind`]
    let data: unknown
    try {
      data = fileData(relPath, text)
    } catch (e) {
      return [`not valid YAML: ${e instanceof Error ? e.message : String(e)}`]
    }
    if (validate(data)) return []
    return (validate.errors ?? []).map(problemText)
  }
}

/** `/events/0/at` → `events[0].at`, the content check's way of naming a field. */
function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === '' ? part : `${path}.${part}`), '')
}

/** One schema error as the content check words a problem: `field: message`. */
function problemText(e: ErrorObject): string {
  const p = e.params
  const at = (child: unknown) => {
    const field = fieldPath(e.instancePath)
    return field === '' ? String(child) : `${field}.${String(child)}`
  }
  if (e.keyword === 'additionalProperties' && 'additionalProperty' in p)
    return `${at(p.additionalProperty)}: unknown field (a typo, or a field the content model does not have)`
  if (e.keyword === 'required' && 'missingProperty' in p) return `${at(p.missingProperty)}: required, missing`
  const field = fieldPath(e.instancePath) || '(file)'
  if (e.keyword === 'enum' && 'allowedValues' in p && Array.isArray(p.allowedValues))
    return `${field}: must be one of ${p.allowedValues.join(', ')}`
  return `${field}: ${e.message ?? e.keyword}`
}
