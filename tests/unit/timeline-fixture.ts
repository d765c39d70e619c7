/** A small hand-made world for the timeline tests: two incidents, two policies. */
import type { TimelineCollections } from '@/lib/timeline/model'

const raw = (file: string) => ({ id: file.replace(/\.[^.]+$/, '') })
const text = (en: string) => ({ ko: `(ko) ${en}`, en })
const day = (at: string) => ({ at, approximate: false })

export const FIXTURE: TimelineCollections = {
  incidents: [
    {
      ...raw('2021-05-06-beta-outage.md'),
      title: text('Beta outage'),
      aliases: ['베타 먹통'],
      start: day('2021-05-06'),
      severity: 'critical',
      coverage: 'sparse',
      operators: ['beta'],
      services: [],
      events: [{ ...day('2021-05-06'), kind: 'impact', text: text('Beta went down.') }],
      figures: [
        { id: 'length', measure: 'duration', value: 3, unit: 'hours', approximate: true, lengthOf: 'incident' },
      ],
      factors: [{ factor: 'traffic-surge' }],
      responses: [],
    },
    {
      ...raw('2020-01-02-acme-outage.md'),
      title: text('Acme outage'),
      aliases: [],
      start: { at: '2020-01-02T10:00+09:00', approximate: false },
      end: { at: '2020-01-02T12:30+09:00', approximate: false },
      severity: 'moderate',
      coverage: 'full',
      facility: 'acme-dc',
      operators: ['acme'],
      services: ['acme-chat'],
      events: [
        { at: '2020-01-02T12:30+09:00', approximate: false, kind: 'recovery', text: text('All back.') },
        { at: '2020-01-02T10:00+09:00', approximate: false, kind: 'trigger', text: text('Power failed.') },
        { at: '2020-01-02T10:05+09:00', approximate: false, kind: 'impact', text: text('Chat stopped.') },
        { at: '2020-01-02T11:00+09:00', approximate: false, kind: 'recovery', text: text('Part back.') },
        { ...day('2021-02'), kind: 'aftermath', text: text('Second site opened.') },
      ],
      figures: [],
      factors: [
        { factor: 'single-site-concentration' },
        { factor: 'network-fault' },
        { factor: 'single-site-concentration' },
      ],
      responses: [
        {
          at: '2020-01-02T13:00+09:00',
          approximate: false,
          actor: 'acme',
          kind: 'company',
          text: text('Acme apologised.'),
        },
        {
          ...day('2020-01-10'),
          actor: 'ministry',
          kind: 'government',
          text: text('The ministry ordered a review.'),
          policy: 'policy-acme-act',
        },
        {
          ...day('2020-01-02'),
          actor: 'ministry',
          kind: 'government',
          text: text('The ministry asked Acme for a report that day.'),
        },
      ],
    },
  ],
  policies: [
    {
      ...raw('policy-acme-act.yaml'),
      name: text('Acme act'),
      prompted: ['2020-01-02-acme-outage'],
      bodies: ['assembly'],
      steps: [
        { ...day('2020-03'), step: 'proposed' },
        { ...day('2021-06-01'), step: 'passed', note: text('Passed the plenary.') },
        { ...day('2020-01'), step: 'announced', note: text('Announced in January.') },
      ],
    },
    {
      ...raw('policy-old-plan.yaml'),
      name: text('Old plan'),
      prompted: [],
      bodies: ['ministry'],
      steps: [{ ...day('2019-12-01'), step: 'announced' }],
    },
  ],
  entities: [
    { ...raw('acme.yaml'), name: text('Acme') },
    { ...raw('acme-dc.yaml'), name: text('Acme DC') },
    { ...raw('acme-chat.yaml'), name: text('Acme Chat') },
    { ...raw('beta.yaml'), name: text('Beta') },
    { ...raw('ministry.yaml'), name: text('Ministry') },
    { ...raw('assembly.yaml'), name: text('Assembly') },
  ],
  factors: [
    { ...raw('single-site-concentration.yaml'), name: text('Single-site concentration') },
    { ...raw('network-fault.yaml'), name: text('Network fault') },
    { ...raw('traffic-surge.yaml'), name: text('Traffic surge') },
  ],
}
