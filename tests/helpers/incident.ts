/** Builds complete Incident records for unit tests, with only the fields a test cares about given. */
import type { Incident, LocalizedField, MomentField as Moment, TimelineEvent } from '@/lib/content/types'
import type { RawDocumentData } from 'contentlayer2/source-files'

/** What contentlayer2 puts in `_raw` of a nested value, for the types' sake. */
export const RAW: RawDocumentData = {
  sourceFilePath: '',
  sourceFileName: '',
  sourceFileDir: '',
  contentType: 'data',
  flattenedPath: '',
}
export const loc = (ko: string, en: string): LocalizedField => ({ ko, en, type: 'Localized', _id: '', _raw: RAW })
export const moment = (at: string, approximate = false): Moment => ({
  at,
  approximate,
  type: 'Moment',
  _id: '',
  _raw: RAW,
})

export function makeEvent(at: string, kind: TimelineEvent['kind'], services: string[] = []): TimelineEvent {
  return {
    at,
    approximate: false,
    kind,
    text: loc(at, at),
    services,
    alternatives: [],
    unverified: false,
    sources: ['s'],
    type: 'TimelineEvent',
    _id: '',
    _raw: RAW,
  }
}

export function makeIncident(id: string, fields: Partial<Incident> = {}): Incident {
  return {
    _id: `incidents/${id}.md`,
    _raw: {
      sourceFilePath: `incidents/${id}.md`,
      sourceFileName: `${id}.md`,
      sourceFileDir: 'incidents',
      contentType: 'markdown',
      flattenedPath: `incidents/${id}`,
    },
    type: 'Incident',
    title: loc(id, id),
    aliases: [],
    summary: loc('요약', 'Summary'),
    start: moment(`${id.slice(0, 10)}T10:00+09:00`),
    severity: 'minor',
    coverage: 'partial',
    operators: [],
    services: [],
    figures: [],
    events: [],
    factors: [],
    responses: [],
    commitments: [],
    related: [],
    sources: ['s'],
    added: '2026-11-22',
    body: { raw: '', html: '' },
    ...fields,
    id,
  }
}
