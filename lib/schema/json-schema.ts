/**
 * JSON Schemas (draft-07) for editors, derived from the content model: the field definitions of
 * contentlayer.config.ts (types, required fields, defaults, descriptions, and enum options, which
 * come from lib/schema/vocabulary.ts) plus the forms of times and dates from lib/time/moment.ts.
 * Pure: definitions in, schema objects out. `npm run schemas` writes them to schemas/.
 *
 * A schema checks what one file says about itself; what spans files (ids, references, the order
 * of times, empty text) is the content check's (`npm run check`).
 */
import type {
  DocumentType,
  FieldDef,
  FieldDefs,
  ListFieldDefItem,
  NestedType,
  NestedTypeDef,
  NestedUnnamedTypeDef,
} from 'contentlayer2/source-files'
import { isMany, namedFields } from './fields'
import { DATE_FORM, DAY_FORM, TIME_FORMS } from '../time/moment'
import { SEVERITY_MEANING } from './vocabulary'

export type JsonSchema = { [key: string]: unknown }

/** Extra constraints by field name: the forms a time or a date is written in. */
const FORMS: Record<string, string> = { at: TIME_FORMS, asOf: TIME_FORMS, date: DATE_FORM, added: DAY_FORM }

/** What each value of a vocabulary means, where the vocabulary says (editors show it beside the value). */
const MEANINGS: Record<string, Record<string, { en: string }>> = { severity: SEVERITY_MEANING }

/** The nested types met so far, by name, as `definitions`. */
type Definitions = Record<string, JsonSchema>

const unsupported = (name: string, type: string): never => {
  throw new Error(`field "${name}": type "${type}" has no JSON Schema form yet (lib/schema/json-schema.ts)`)
}

function nestedRef(nested: NestedType, defs: Definitions): JsonSchema {
  const def: NestedTypeDef | NestedUnnamedTypeDef = nested.def()
  if (!('name' in def)) return objectSchema(def.fields, defs)
  if (!(def.name in defs)) {
    defs[def.name] = {}
    defs[def.name] = objectSchema(def.fields, defs)
  }
  return { $ref: `#/definitions/${def.name}` }
}

function itemSchema(name: string, item: ListFieldDefItem.Item, defs: Definitions): JsonSchema {
  switch (item.type) {
    case 'nested':
      return nestedRef(item, defs)
    case 'string':
      return FORMS[name] === undefined ? { type: 'string' } : { type: 'string', pattern: FORMS[name] }
    case 'number':
    case 'boolean':
      return { type: item.type }
    case 'enum':
      return { enum: [...item.options] }
    default:
      return unsupported(name, item.type)
  }
}

function fieldSchema(name: string, field: FieldDef, defs: Definitions): JsonSchema {
  const meta: JsonSchema = {
    ...(field.description === undefined ? {} : { description: field.description }),
    ...('default' in field && field.default !== undefined ? { default: field.default } : {}),
  }
  switch (field.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return { ...itemSchema(name, { type: field.type }, defs), ...meta }
    case 'enum': {
      const meaning = MEANINGS[name]
      return {
        enum: [...field.options],
        ...(meaning ? { enumDescriptions: field.options.map((v) => meaning[v]?.en ?? '') } : {}),
        ...meta,
      }
    }
    case 'list': {
      if (isMany(field.of)) return unsupported(name, 'polymorphic list')
      return {
        type: 'array',
        items: itemSchema(name, field.of, defs),
        ...(field.required ? { minItems: 1 } : {}),
        ...meta,
      }
    }
    case 'nested':
      // draft-07 ignores keywords beside $ref: the reference goes in allOf, so editors show the description.
      if (isMany(field.of)) return unsupported(name, 'polymorphic nested')
      return { allOf: [nestedRef(field.of, defs)], ...meta }
    default:
      return unsupported(name, field.type)
  }
}

/** An object of fields: each typed, the required ones required, nothing else allowed (as the build requires). */
function objectSchema(fields: FieldDefs | undefined, defs: Definitions): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const [name, field] of namedFields(fields)) {
    properties[name] = fieldSchema(name, field, defs)
    if (field.required) required.push(name)
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false }
}

/** The schema of a document type: its fields (a Markdown type's front matter), its nested types as definitions. */
export function documentSchema(doc: DocumentType, id: string, title: string): JsonSchema {
  const def = doc.def()
  const definitions: Definitions = {}
  const root = objectSchema(def.fields, definitions)
  const sorted = Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b))
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title,
    ...(def.description === undefined ? {} : { description: def.description }),
    ...root,
    ...(sorted.length > 0 ? { definitions: Object.fromEntries(sorted) } : {}),
  }
}
