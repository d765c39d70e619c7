/**
 * Holds data files to their JSON Schemas (lib/data-docs/catalog.ts) with Ajv in strict mode and
 * with formats checked: each file must match a catalogue entry, and each JSON one its schema.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { DATA_DOCS, docFor } from '@/lib/data-docs/catalog'
import { schemaDocument } from '@/lib/data-docs/schema'

const ajv = new Ajv2020({ strict: true, allErrors: true })
addFormats(ajv)

const validators = new Map<string, ValidateFunction>()
for (const doc of DATA_DOCS) {
  if (doc.schema)
    validators.set(doc.id, ajv.compile(schemaDocument(doc.schema.node, `https://schema.test/${doc.id}`, doc.id)))
}

/** What is wrong with a file (path relative to out/): no catalogue entry, not JSON, or not its schema. */
export function schemaProblems(path: string, content: string): string[] {
  const doc = docFor(path)
  if (!doc) return [`${path}: no entry in the data catalogue`]
  const validate = validators.get(doc.id)
  if (!validate && doc.id !== 'json-schemas') return []
  let data: unknown
  try {
    data = JSON.parse(content)
  } catch (error) {
    return [`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`]
  }
  if (!validate) {
    // A schema file: it must itself be a valid 2020-12 schema.
    if (typeof data === 'object' && data !== null && ajv.validateSchema(data) === true) return []
    return [`${path}: not a valid JSON Schema 2020-12 (${ajv.errorsText(ajv.errors)})`]
  }
  if (validate(data)) return []
  return (validate.errors ?? []).map(
    (e) => `${path}: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  )
}

/** The JSON Schema a path would be checked against, if any (for the tests' own assertions). */
export const hasSchema = (path: string) => validators.has(docFor(path)?.id ?? '')
