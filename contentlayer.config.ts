/**
 * The content model of Outage Chronicle: the contract every file in `content/` is held to.
 *
 * contentlayer2 checks the type of every field below and stops the build on a wrong or missing
 * one. Everything that spans files (unknown ids, duplicates, end before start, uncited sources)
 * is checked by `lib/validate/` afterwards (`npm run check`). Each field says what it means and
 * what it defaults to. Ids are never written in a file: a record's id is its file name.
 *
 * Times are strings, not contentlayer dates, so that the +09:00 offset and the precision survive:
 *   month  → 2022-10            day    → 2022-10-15
 *   hour   → 2022-10-15T15:00+09:00  minute → 2022-10-15T15:19+09:00
 * `precision` may be left out; it is then read off the form (`hour` must be given explicitly).
 *
 * Every fact cites sources by id (`sources: [source-id, …]`); in Markdown bodies, `[@source-id]`.
 */
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import rehypeSanitize from 'rehype-sanitize'
import remarkGfm from 'remark-gfm'
import { rehypeBody } from './lib/markdown/rehype-body'
import { remarkCitations } from './lib/markdown/remark-citations'
import { sanitizeSchema } from './lib/markdown/sanitize'
import {
  COMMITMENT_STATUSES,
  COVERAGES,
  ENTITY_KINDS,
  EVENT_KINDS,
  EVIDENCE_LEVELS,
  FACTOR_ROLES,
  LANGS,
  MEASURES,
  POLICY_KINDS,
  POLICY_STATUSES,
  POLICY_STEPS,
  PRECISIONS,
  RELATIONS,
  RELIABILITIES,
  RESPONSE_KINDS,
  SEVERITIES,
  SOURCE_KINDS,
  THESAURUS_KINDS,
  UNITS,
} from './lib/schema/vocabulary'

/** Where the content lives. Tests point this at their fixture folders. */
const contentDirPath = process.env.CONTENT_DIR ?? 'content'

const sourcesField = {
  type: 'list',
  of: { type: 'string' },
  required: true,
  description: 'Ids of the source records (files in content/sources/) that support this fact. At least one.',
} as const

const precisionField = {
  type: 'enum',
  options: PRECISIONS,
  description: 'How much of `at` is meaningful. Default: read off the form of `at` (month, day or minute).',
} as const

const approximateField = {
  type: 'boolean',
  default: false,
  description: 'True when the sources give the time as "about" or the boundary is fuzzy. Default false.',
} as const

const unverifiedField = {
  type: 'boolean',
  default: false,
  description: 'True for claims the fact sheet lists as open or unverified; the site marks them. Default false.',
} as const

/** Every record's id: its file name without the extension (ids are never written in a file). */
const computedFields = {
  id: {
    type: 'string',
    description: 'The file name without its extension.',
    resolve: (doc: { _raw: { sourceFileName: string } }) => doc._raw.sourceFileName.replace(/\.[^.]+$/, ''),
  },
} as const

/** Text in both languages. Korean first. */
const Localized = defineNestedType(() => ({
  name: 'Localized',
  fields: {
    ko: { type: 'string', required: true, description: 'Korean text.' },
    en: { type: 'string', required: true, description: 'English text.' },
  },
}))

const localized = (description: string, required = true) =>
  ({ type: 'nested', of: Localized, required, description }) as const

/** A point in time with its precision. */
const Moment = defineNestedType(() => ({
  name: 'Moment',
  fields: {
    at: { type: 'string', required: true, description: 'The time, in one of the forms above, always +09:00 (KST).' },
    precision: precisionField,
    approximate: approximateField,
  },
}))

/** Another source's value for a time, kept beside the main one where sources disagree. */
const TimeAlternative = defineNestedType(() => ({
  name: 'TimeAlternative',
  fields: {
    at: { type: 'string', required: true, description: 'The other time, same forms as `at`.' },
    precision: precisionField,
    approximate: approximateField,
    note: localized('What this value stands for (e.g. "time the fire was reported").', false),
    sources: sourcesField,
  },
}))

/** Another source's value for a figure, kept beside the main one where sources disagree. */
const ValueAlternative = defineNestedType(() => ({
  name: 'ValueAlternative',
  fields: {
    value: { type: 'number', required: true, description: 'The other value.' },
    unit: { type: 'enum', options: UNITS, description: 'Its unit. Default: the unit of the main value.' },
    approximate: approximateField,
    note: localized('What this value stands for, or how it differs.', false),
    sources: sourcesField,
  },
}))

const TimelineEvent = defineNestedType(() => ({
  name: 'TimelineEvent',
  fields: {
    at: { type: 'string', required: true, description: 'When it happened (see the time forms above).' },
    precision: precisionField,
    approximate: approximateField,
    kind: {
      type: 'enum',
      options: EVENT_KINDS,
      required: true,
      description: 'What the event is in the life of the incident.',
    },
    text: localized('What happened, in one or two sentences.'),
    services: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Entity ids of the services it concerns. Default none.',
    },
    alternatives: {
      type: 'list',
      of: TimeAlternative,
      default: [],
      description: "Other sources' times for this event. Default none.",
    },
    unverified: unverifiedField,
    sources: sourcesField,
  },
}))

const ImpactFigure = defineNestedType(() => ({
  name: 'ImpactFigure',
  fields: {
    id: {
      type: 'string',
      required: true,
      description: 'Kebab-case id, unique within the incident (anchors and links).',
    },
    measure: { type: 'enum', options: MEASURES, required: true, description: 'What is measured.' },
    label: localized('What the number counts, e.g. "Kakao servers that lost power".'),
    value: { type: 'number', required: true, description: 'The value the best source gives.' },
    unit: { type: 'enum', options: UNITS, required: true, description: 'Unit of `value`.' },
    approximate: approximateField,
    asOf: { type: 'string', description: 'When the value held, if it changed over time (time forms above).' },
    lengthOf: {
      type: 'string',
      description:
        'For a `duration` figure in minutes, hours or days: whose length it states. `incident` for the whole ' +
        'incident (start to end), or the entity id of a service for that service’s outage (its first trigger or ' +
        'impact event to its last recovery event). Pages then show this stated length instead of one computed ' +
        'from the times, with the computed one beside it as a check, and `npm run check` reports a stated length ' +
        'the times contradict. Default: none (the figure states no length the times should agree with).',
    },
    disputed: localized(
      'Where the stated length and the times of the events disagree because the sources do: what each says. ' +
        'Only with `lengthOf`; the check then accepts the disagreement and the page shows it. Default: none.',
      false,
    ),
    note: localized('Context a reader needs to read the number.', false),
    alternatives: {
      type: 'list',
      of: ValueAlternative,
      default: [],
      description: "Other sources' values. Default none.",
    },
    unverified: unverifiedField,
    sources: sourcesField,
  },
}))

const CausalFactor = defineNestedType(() => ({
  name: 'CausalFactor',
  fields: {
    factor: {
      type: 'string',
      required: true,
      description: 'Id of the factor in the shared taxonomy (content/factors/).',
    },
    role: { type: 'enum', options: FACTOR_ROLES, required: true, description: 'The part it played in this incident.' },
    explanation: localized('How this factor played out in this incident.'),
    evidence: {
      type: 'enum',
      options: EVIDENCE_LEVELS,
      required: true,
      description: 'The strongest kind of evidence behind it.',
    },
    disputed: localized('Where sources disagree about this factor, what they say.', false),
    unverified: unverifiedField,
    sources: sourcesField,
  },
}))

const IncidentResponse = defineNestedType(() => ({
  name: 'IncidentResponse',
  fields: {
    at: { type: 'string', required: true, description: 'When (time forms above).' },
    precision: precisionField,
    approximate: approximateField,
    actor: { type: 'string', required: true, description: 'Entity id of who responded.' },
    kind: { type: 'enum', options: RESPONSE_KINDS, required: true, description: 'What kind of actor.' },
    text: localized('What they did or said.'),
    policy: { type: 'string', description: 'Id of the policy this response led to or is part of, if any.' },
    sources: sourcesField,
  },
}))

const Commitment = defineNestedType(() => ({
  name: 'Commitment',
  fields: {
    id: { type: 'string', required: true, description: 'Kebab-case id, unique within the incident.' },
    actor: { type: 'string', required: true, description: 'Entity id of who promised.' },
    at: { type: 'string', required: true, description: 'When it was promised (time forms above).' },
    precision: precisionField,
    approximate: approximateField,
    text: localized('What was promised, in our words.'),
    status: { type: 'enum', options: COMMITMENT_STATUSES, required: true, description: 'What became of it.' },
    outcome: localized('What happened to the promise, with the evidence.', false),
    shownBy: { type: 'string', description: 'Id of the later incident that showed what became of it.' },
    unverified: unverifiedField,
    sources: sourcesField,
  },
}))

const RelatedIncident = defineNestedType(() => ({
  name: 'RelatedIncident',
  fields: {
    incident: { type: 'string', required: true, description: 'Id of the other incident.' },
    relation: {
      type: 'enum',
      options: RELATIONS,
      required: true,
      description: 'What the other incident is to this one.',
    },
    note: localized('Why they are related.', false),
  },
}))

const Milestone = defineNestedType(() => ({
  name: 'Milestone',
  fields: {
    at: { type: 'string', required: true, description: 'When (time forms above).' },
    precision: precisionField,
    approximate: approximateField,
    text: localized('What happened.'),
    unverified: unverifiedField,
    sources: sourcesField,
  },
}))

const PolicyStep = defineNestedType(() => ({
  name: 'PolicyStep',
  fields: {
    step: { type: 'enum', options: POLICY_STEPS, required: true, description: "Which step of the policy's life." },
    at: { type: 'string', required: true, description: 'When (time forms above).' },
    precision: precisionField,
    approximate: approximateField,
    note: localized('Detail, e.g. which committee or which decree.', false),
    alternatives: {
      type: 'list',
      of: TimeAlternative,
      default: [],
      description: "Other sources' dates. Default none.",
    },
    sources: sourcesField,
  },
}))

const Provision = defineNestedType(() => ({
  name: 'Provision',
  fields: {
    text: localized('One thing the policy requires or does.'),
    sources: sourcesField,
  },
}))

export const Incident = defineDocumentType(() => ({
  name: 'Incident',
  computedFields,
  filePathPattern: '**/incidents/*.md',
  contentType: 'markdown',
  fields: {
    title: localized("The incident's name as readers know it."),
    aliases: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Other names, romanizations and misspellings people search for. Default none.',
    },
    summary: localized('Two to four sentences: what failed, for whom, for how long, and why.'),
    start: {
      type: 'nested',
      of: Moment,
      required: true,
      description: 'When the incident began (the trigger, or the first impact).',
    },
    end: { type: 'nested', of: Moment, description: 'When every affected service was back. Leave out when unknown.' },
    severity: {
      type: 'enum',
      options: SEVERITIES,
      required: true,
      description: 'See SEVERITY_MEANING in lib/schema/vocabulary.ts.',
    },
    coverage: {
      type: 'enum',
      options: COVERAGES,
      default: 'partial',
      description: 'How much is known. Default partial.',
    },
    facility: { type: 'string', description: 'Entity id of the facility where it happened, if one.' },
    operators: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Entity ids of the companies whose systems or site failed. Default none.',
    },
    services: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Entity ids of the affected services. Default none.',
    },
    figures: { type: 'list', of: ImpactFigure, default: [], description: 'Impact figures. Default none.' },
    events: {
      type: 'list',
      of: TimelineEvent,
      default: [],
      description: 'Timeline events, in any order (the site sorts them). Default none.',
    },
    factors: { type: 'list', of: CausalFactor, default: [], description: 'Causal factors. Default none.' },
    responses: {
      type: 'list',
      of: IncidentResponse,
      default: [],
      description: 'Company and government responses. Default none.',
    },
    commitments: {
      type: 'list',
      of: Commitment,
      default: [],
      description: 'Promises made after the incident. Default none.',
    },
    related: { type: 'list', of: RelatedIncident, default: [], description: 'Related incidents. Default none.' },
    sources: sourcesField,
    added: {
      type: 'string',
      required: true,
      description: 'Day the record was added (YYYY-MM-DD), for "latest additions" and the feeds.',
    },
    updated: {
      type: 'string',
      description:
        'Day the record last changed in substance (YYYY-MM-DD): a fact, a source or the analysis, not a typo. Shown on the page and in the feeds, which list the record again as updated. Never before `added`. Default: `added`.',
    },
  },
}))

/**
 * The English analysis of an incident: `content/incidents/en/<incident-id>.md`, a Markdown body of
 * the same substance as the Korean body of `content/incidents/<incident-id>.md` (not a summary),
 * citing the same sources with `[@source-id]`. The front matter holds no facts: every fact stays in
 * the incident's own file, so there is one place to correct it.
 */
export const EnglishAnalysis = defineDocumentType(() => ({
  name: 'EnglishAnalysis',
  computedFields,
  filePathPattern: '**/incidents/en/*.md',
  contentType: 'markdown',
  fields: {},
}))

export const Source = defineDocumentType(() => ({
  name: 'Source',
  computedFields,
  filePathPattern: '**/sources/*.yaml',
  contentType: 'data',
  fields: {
    kind: { type: 'enum', options: SOURCE_KINDS, required: true, description: 'What kind of document it is.' },
    publisher: localized('Who published it.'),
    author: { type: 'string', description: 'Byline, only where the source states one.' },
    date: {
      type: 'string',
      description: 'Publication date (YYYY-MM-DD or YYYY-MM). Leave out when unknown, and say why in dateNote.',
    },
    dateInferred: {
      type: 'boolean',
      default: false,
      description: 'True when the date is worked out rather than stated. Default false.',
    },
    dateNote: localized('Why the date is inferred or unknown (required then).', false),
    title: { type: 'string', description: 'The real headline, only where it is known word for word.' },
    label: localized('Our own short description of the document, shown where no headline is known.'),
    language: { type: 'enum', options: LANGS, required: true, description: 'Language of the document.' },
    url: { type: 'string', description: 'Address, only where it is real (from the fact sheet). Never constructed.' },
    seed: { type: 'string', description: 'File name in shared/seeds/ for the seed articles.' },
    reliability: {
      type: 'enum',
      options: RELIABILITIES,
      default: 'standard',
      description: 'low: aggregator, blog, mirror. Default standard.',
    },
    reliabilityNote: localized('Why the reliability is low (required then).', false),
    summary: localized('What the document says that we rely on, in our own words.'),
  },
}))

export const Entity = defineDocumentType(() => ({
  name: 'Entity',
  computedFields,
  filePathPattern: '**/entities/*.yaml',
  contentType: 'data',
  fields: {
    kind: { type: 'enum', options: ENTITY_KINDS, required: true, description: 'What kind of entity.' },
    name: localized('Name.'),
    aliases: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Other names and spellings. Default none.',
    },
    parent: {
      type: 'string',
      description:
        'Entity id of the parent: KakaoTalk → Kakao, a data center → its operator, a person → their organization.',
    },
    description: localized('One to three sentences.'),
    milestones: {
      type: 'list',
      of: Milestone,
      default: [],
      description: 'Dated facts (built, opened, cancelled). Default none.',
    },
    sources: sourcesField,
  },
}))

export const Factor = defineDocumentType(() => ({
  name: 'Factor',
  computedFields,
  filePathPattern: '**/factors/*.yaml',
  contentType: 'data',
  fields: {
    name: localized('Name of the factor.'),
    aliases: { type: 'list', of: { type: 'string' }, default: [], description: 'Other names. Default none.' },
    description: localized('What the factor is, in general terms.'),
    mitigations: { type: 'list', of: Localized, required: true, description: 'What reduces it. At least one.' },
  },
}))

export const Policy = defineDocumentType(() => ({
  name: 'Policy',
  computedFields,
  filePathPattern: '**/policies/*.yaml',
  contentType: 'data',
  fields: {
    kind: { type: 'enum', options: POLICY_KINDS, required: true, description: 'What kind of policy.' },
    status: { type: 'enum', options: POLICY_STATUSES, required: true, description: 'Where it stands now.' },
    name: localized('Name.'),
    aliases: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Other names, nicknames and article numbers. Default none.',
    },
    steps: {
      type: 'list',
      of: PolicyStep,
      required: true,
      description: 'Dated steps (proposed, passed, in force, …). At least one.',
    },
    prompted: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Ids of the incidents that prompted it. Default none.',
    },
    bodies: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Entity ids of the bodies that made or run it. Default none.',
    },
    summary: localized('What it is and does.'),
    provisions: { type: 'list', of: Provision, default: [], description: 'Its main provisions. Default none.' },
    sources: sourcesField,
  },
}))

/** One group of the search thesaurus: words a reader may type for one thing. */
const ThesaurusGroup = defineNestedType(() => ({
  name: 'ThesaurusGroup',
  fields: {
    terms: {
      type: 'list',
      of: { type: 'string' },
      required: true,
      description:
        'Two or more words or phrases for one thing, each of which finds the records that use any other (정전, 전원 장애, 전력 장애). A term may be several words; spaces and case do not matter. A term belongs to one group only, and at least one term of the group must appear in the content.',
    },
    kind: {
      type: 'enum',
      options: THESAURUS_KINDS,
      default: 'synonym',
      description:
        'What ties the terms together: synonym, abbreviation, translation (Korean ↔ English) or spelling. Searching treats all kinds alike. Default synonym.',
    },
    note: {
      type: 'string',
      description: 'Why the terms belong together, for other authors (never shown). Default none.',
    },
  },
}))

/**
 * The search thesaurus: `content/thesaurus/<topic>.yaml`, groups of words a reader may type for
 * the same thing. A query word found in a group is also searched as every other term of its group,
 * a little below the word itself, and the results say so ("정전 → 전원 장애로도 찾았습니다").
 * Not a fact about any incident, so it cites no source.
 */
export const Thesaurus = defineDocumentType(() => ({
  name: 'Thesaurus',
  computedFields,
  filePathPattern: '**/thesaurus/*.yaml',
  contentType: 'data',
  fields: {
    groups: {
      type: 'list',
      of: ThesaurusGroup,
      required: true,
      description: 'The groups of this topic. At least one.',
    },
  },
}))

export default makeSource({
  contentDirPath,
  documentTypes: [Incident, EnglishAnalysis, Source, Entity, Factor, Policy, Thesaurus],
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  contentDirExclude: ['README.md'],
  disableImportAliasWarning: true,
  markdown: {
    remarkPlugins: [remarkGfm, remarkCitations],
    rehypePlugins: [[rehypeSanitize, sanitizeSchema], rehypeBody],
  },
})
