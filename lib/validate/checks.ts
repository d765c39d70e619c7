/**
 * The checks every record kind shares, reporting into one list of problems: ids, references,
 * citations, times, bilingual text and vocabulary values. One `Checks` serves one run of the
 * content check (lib/validate/validate.ts).
 */
import type { Localized } from '../i18n/lang'
import { ID_FORM, INCIDENT_ID_FORM } from '../schema/ids'
import { type Moment, type MomentInput, parseMoment } from '../time/moment'
import type { Problem, Rule } from './problems'

/** A record as the check sees it: its id and where its file is. */
export type Doc = { id: string; _raw: { sourceFilePath: string } }
export type Kind = 'source' | 'entity' | 'factor' | 'incident' | 'policy'

const FOLDER: Record<Kind, string> = {
  source: 'sources',
  entity: 'entities',
  factor: 'factors',
  incident: 'incidents',
  policy: 'policies',
}

export class Checks {
  readonly problems: Problem[] = []
  /** Every id of each kind, for references. */
  private readonly ids: Record<Kind, Set<string>> = {
    source: new Set(),
    entity: new Set(),
    factor: new Set(),
    incident: new Set(),
    policy: new Set(),
  }
  /** Every source id something cites. */
  readonly cited = new Set<string>()
  /** The start of each incident whose start is valid (ms), for the order of related incidents. */
  readonly starts = new Map<string, number>()

  /** `contentDir` is only used to print file paths relative to the project root. */
  constructor(readonly contentDir: string) {}

  report(doc: Doc, field: string, rule: Rule, message: string, fix: string): void {
    this.problems.push({ rule, file: `${this.contentDir}/${doc._raw.sourceFilePath}`, field, message, fix })
  }

  /** Registers the ids of a kind, reporting duplicates and ids in the wrong form. */
  registerIds(kind: Kind, docs: readonly Doc[]): void {
    const firstFile = new Map<string, string>()
    for (const doc of docs) {
      const earlier = firstFile.get(doc.id)
      if (earlier !== undefined) {
        this.report(
          doc,
          'id',
          'duplicate-id',
          `${kind} id "${doc.id}" is also used by ${this.contentDir}/${earlier}`,
          'rename one of the two files',
        )
      } else {
        firstFile.set(doc.id, doc._raw.sourceFilePath)
      }
      this.ids[kind].add(doc.id)
      this.idForm(kind, doc)
    }
  }

  private idForm(kind: Kind, doc: Doc): void {
    if (kind === 'incident') {
      if (!INCIDENT_ID_FORM.test(doc.id))
        this.report(
          doc,
          'id',
          'id-format',
          `incident id "${doc.id}" is not YYYY-MM-DD-short-name`,
          'rename the file, e.g. 2022-10-15-pangyo-datacenter-fire.md',
        )
    } else if (!ID_FORM.test(doc.id)) {
      this.report(
        doc,
        'id',
        'id-format',
        `${kind} id "${doc.id}" is not kebab-case`,
        'rename the file using only a-z, 0-9 and single hyphens',
      )
    }
  }

  /** A reference to a record of a kind; a source reference also counts as a citation. */
  ref(doc: Doc, field: string, kind: Kind, id: string | undefined): void {
    if (id === undefined) return
    if (kind === 'source') this.cited.add(id)
    if (!this.ids[kind].has(id)) {
      this.report(
        doc,
        field,
        'unknown-reference',
        `unknown ${kind} "${id}"`,
        `create ${this.contentDir}/${FOLDER[kind]}/${id}.${kind === 'incident' ? 'md' : 'yaml'} or use an existing ${kind} id`,
      )
    }
  }

  refs(doc: Doc, field: string, kind: Kind, list: readonly string[]): void {
    for (const [i, id] of list.entries()) this.ref(doc, `${field}[${i}]`, kind, id)
  }

  /** A fact's `sources`: at least one, each a known source. `field` is the fact's path ('' for the record). */
  sourced(doc: Doc, field: string, ids: readonly string[]): void {
    const at = field === '' ? 'sources' : `${field}.sources`
    if (ids.length === 0)
      this.report(doc, at, 'missing-source', 'cites no source', 'add at least one source id to sources')
    this.refs(doc, at, 'source', ids)
  }

  /** A time, parsed; undefined (and reported) when it is not a valid content time. */
  time(doc: Doc, field: string, m: MomentInput): Moment | undefined {
    const result = parseMoment(m)
    if (!result.ok) {
      this.report(doc, field, 'invalid-time', result.reason, result.fix)
      return undefined
    }
    return result.value
  }

  /** Bilingual text, when given: neither language empty. */
  text(doc: Doc, field: string, value: Localized | undefined): void {
    if (!value) return
    if (value.ko.trim() === '')
      this.report(doc, `${field}.ko`, 'empty-text', 'Korean text is empty', 'write the Korean text')
    if (value.en.trim() === '')
      this.report(doc, `${field}.en`, 'empty-text', 'English text is empty', 'write the English text')
  }

  /** A vocabulary value. */
  oneOf(doc: Doc, field: string, value: string, options: readonly string[]): void {
    if (!options.includes(value))
      this.report(
        doc,
        field,
        'invalid-enum',
        `"${value}" is not one of ${options.join(', ')}`,
        'use one of the listed values',
      )
  }
}
