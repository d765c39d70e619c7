/** Reading contentlayer2 field definitions, for the schemas and skeletons derived from them. */
import type { FieldDef, FieldDefs } from 'contentlayer2/source-files'

/** Whether a definition is polymorphic (a list of alternatives); `Array.isArray` does not narrow readonly arrays. */
export const isMany = <T>(x: T | readonly T[]): x is readonly T[] => Array.isArray(x)

/** The fields of a type with their names, in the order they are defined. */
export function namedFields(fields: FieldDefs | undefined): Array<[string, FieldDef]> {
  if (fields === undefined) return []
  return Array.isArray(fields) ? fields.map((f) => [f.name, f]) : Object.entries(fields)
}
