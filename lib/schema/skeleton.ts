/**
 * The skeleton of a new content file, from the content model: every field of a document type with
 * its description, required fields with empty values to fill (they pass contentlayer2's type check;
 * the content check then names each one still empty), optional fields commented out. Pure:
 * definitions in, YAML text out (`npm run new`, scripts/new.ts).
 */
import type { DocumentType, FieldDef, NestedType } from 'contentlayer2/source-files'
import { isMany, namedFields } from './fields'

/** YAML for values given by the caller, by field name (e.g. `start: "{ at: '2024-01-02' }"`). */
export type Given = Record<string, string>

/** A nested value: a flow mapping of its required fields, each empty. */
function nestedValue(nested: NestedType): string {
  const parts = namedFields(nested.def().fields)
    .filter(([, f]) => f.required)
    .map(([name, f]) => `${name}: ${emptyValue(f)}`)
  return `{ ${parts.join(', ')} }`
}

/** The empty value of a field: '' for text and vocabulary values, [] for lists, the default where there is one. */
function emptyValue(field: FieldDef): string {
  if ('default' in field && field.default !== undefined) return JSON.stringify(field.default)
  switch (field.type) {
    case 'list':
      return '[]'
    case 'nested':
      return isMany(field.of) ? '{}' : nestedValue(field.of)
    case 'number':
      return '0'
    case 'boolean':
      return 'false'
    default:
      return "''"
  }
}

function comment(field: FieldDef): string {
  const options = field.type === 'enum' ? ` One of: ${field.options.join(', ')}.` : ''
  return `# ${field.description ?? ''}${options}`.trimEnd()
}

/** The fields of a document type as commented YAML lines: required ones to fill, optional ones commented out. */
export function skeletonYaml(doc: DocumentType, given: Given = {}): string {
  const lines: string[] = []
  for (const [name, field] of namedFields(doc.def().fields)) {
    lines.push(comment(field))
    const value = given[name]
    if (value !== undefined) lines.push(`${name}: ${value}`)
    else if (field.required) lines.push(`${name}: ${emptyValue(field)}`)
    else lines.push(`# ${name}: ${emptyValue(field)}`)
  }
  return `${lines.join('\n')}\n`
}
