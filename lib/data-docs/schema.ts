/**
 * One description of a data file's shape, written once, from which come both its JSON Schema
 * (2020-12, `additionalProperties: false` everywhere, so a file holds only documented fields) and
 * the table of its fields on the data page, in Korean and English. Pure.
 */
import type { Lang } from '../schema/vocabulary'

export type Doc = Record<Lang, string>

interface Base {
  doc: Doc
  nullable?: boolean
}
export type Node =
  | (Base & {
      kind: 'string'
      enum?: readonly string[]
      const?: string
      pattern?: string
      format?: 'uri' | 'date' | 'date-time'
    })
  | (Base & { kind: 'integer'; const?: number; minimum?: number })
  | (Base & { kind: 'number'; const?: number; minimum?: number })
  | (Base & { kind: 'boolean' })
  | (Base & { kind: 'array'; items: Node; minItems?: number })
  | (Base & { kind: 'object'; properties: Record<string, Node>; optional?: readonly string[] })
  /** An object whose keys are free (ids, MIME types), every value of one shape. */
  | (Base & { kind: 'map'; values: Node })
  /** Any one of several shapes. */
  | (Base & { kind: 'oneOf'; of: Node[] })

type Options<K extends Node['kind']> = Omit<Extract<Node, { kind: K }>, 'kind' | 'doc'>

export const str = (doc: Doc, o: Options<'string'> = {}): Node => ({ kind: 'string', doc, ...o })
export const int = (doc: Doc, o: Options<'integer'> = {}): Node => ({ kind: 'integer', doc, ...o })
export const num = (doc: Doc, o: Options<'number'> = {}): Node => ({ kind: 'number', doc, ...o })
export const bool = (doc: Doc, o: Options<'boolean'> = {}): Node => ({ kind: 'boolean', doc, ...o })
export const arr = (doc: Doc, items: Node, o: Omit<Options<'array'>, 'items'> = {}): Node => ({
  kind: 'array',
  doc,
  items,
  ...o,
})
export const obj = (
  doc: Doc,
  properties: Record<string, Node>,
  o: Omit<Options<'object'>, 'properties'> = {},
): Node => ({ kind: 'object', doc, properties, ...o })
export const map = (doc: Doc, values: Node, o: Omit<Options<'map'>, 'values'> = {}): Node => ({
  kind: 'map',
  doc,
  values,
  ...o,
})
export const oneOf = (doc: Doc, of: Node[]): Node => ({ kind: 'oneOf', doc, of })

/** Text in both languages: `{ ko, en }`. */
export const localized = (doc: Doc): Node =>
  obj(doc, {
    ko: str({ ko: '한국어', en: 'Korean' }),
    en: str({ ko: '영어', en: 'English' }),
  })

export type JsonSchema = { [key: string]: unknown }

function nullable(schema: JsonSchema, node: Node): JsonSchema {
  if (!node.nullable) return schema
  const { description, ...rest } = schema
  return { description, anyOf: [rest, { type: 'null' }] }
}

/** The JSON Schema of a node (descriptions in English). */
export function toSchema(node: Node): JsonSchema {
  const description = node.doc.en
  switch (node.kind) {
    case 'string': {
      const s: JsonSchema = { description, type: 'string' }
      if (node.enum) s.enum = [...node.enum]
      if (node.const !== undefined) s.const = node.const
      if (node.pattern) s.pattern = node.pattern
      if (node.format) s.format = node.format
      return nullable(s, node)
    }
    case 'integer':
    case 'number': {
      const s: JsonSchema = { description, type: node.kind }
      if (node.const !== undefined) s.const = node.const
      if (node.minimum !== undefined) s.minimum = node.minimum
      return nullable(s, node)
    }
    case 'boolean':
      return nullable({ description, type: 'boolean' }, node)
    case 'array':
      return nullable(
        {
          description,
          type: 'array',
          items: toSchema(node.items),
          ...(node.minItems ? { minItems: node.minItems } : {}),
        },
        node,
      )
    case 'object': {
      const optional = new Set(node.optional ?? [])
      return nullable(
        {
          description,
          type: 'object',
          properties: Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, toSchema(v)])),
          required: Object.keys(node.properties).filter((k) => !optional.has(k)),
          additionalProperties: false,
        },
        node,
      )
    }
    case 'map':
      return nullable({ description, type: 'object', additionalProperties: toSchema(node.values) }, node)
    case 'oneOf':
      return { description, oneOf: node.of.map(toSchema) }
  }
}

/** A whole schema document: the 2020-12 dialect, its address as `$id`, a title. */
export function schemaDocument(root: Node, id: string, title: string): JsonSchema {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, title, ...toSchema(root) }
}

/** One row of a field table: `items[].at`, its type, whether it may be missing, what it is. */
export interface FieldRow {
  name: string
  type: string
  optional: boolean
  doc: Doc
}

const isLocalizedNode = (node: Node) => node.kind === 'object' && Object.keys(node.properties).join() === 'ko,en'

function typeName(node: Node): string {
  const base = isLocalizedNode(node)
    ? '{ ko, en }'
    : node.kind === 'string' && node.enum
      ? node.enum.map((v) => `"${v}"`).join(' | ')
      : node.kind === 'string' && node.const !== undefined
        ? `"${node.const}"`
        : node.kind === 'integer' && node.const !== undefined
          ? String(node.const)
          : node.kind === 'array'
            ? `array of ${node.items.kind === 'object' || node.items.kind === 'map' ? 'objects' : typeName(node.items)}`
            : node.kind === 'map'
              ? 'object (free keys)'
              : node.kind === 'oneOf'
                ? node.of.map(typeName).join(' | ')
                : node.kind === 'string' && node.format
                  ? `string (${node.format})`
                  : node.kind
  return node.nullable ? `${base} | null` : base
}

/** The fields of a node, flattened: nested objects as `a.b`, array items as `a[].b`. */
export function fieldRows(node: Node, prefix = '', optional = false): FieldRow[] {
  const rows: FieldRow[] = prefix === '' ? [] : [{ name: prefix, type: typeName(node), optional, doc: node.doc }]
  if (node.kind === 'object' && !isLocalizedNode(node)) {
    const opt = new Set(node.optional ?? [])
    for (const [k, v] of Object.entries(node.properties))
      rows.push(...fieldRows(v, prefix ? `${prefix}.${k}` : k, opt.has(k)))
  } else if (node.kind === 'array' && (node.items.kind === 'object' || node.items.kind === 'map')) {
    rows.push(...fieldRows(node.items, `${prefix}[]`, false).slice(prefix === '' ? 0 : 1))
  } else if (node.kind === 'map') {
    rows.push(...fieldRows(node.values, `${prefix}.*`, false))
  }
  return rows
}
