import { describe, expect, it } from 'vitest'
import type { ImpactFigure } from '@/lib/content/types'
import { incidentLength } from '@/lib/incidents/lengths'
import { formatLength } from '@/lib/time/format'
import { lengthProblems } from '@/lib/validate/lengths'
import { makeEvent, makeIncident, moment } from '../helpers/incident'
import { figure, text } from './fixtures/records'

/** A Pangyo-like record: Kakao Pay fails at 15:30 and is back at 06:00 on the 17th. */
const base = {
  start: moment('2022-10-15T15:19+09:00'),
  end: moment('2022-10-20T23:00+09:00', true),
  services: ['pay'],
  events: [
    makeEvent('2022-10-15T15:30+09:00', 'impact', ['pay']),
    makeEvent('2022-10-17T06:00+09:00', 'recovery', ['pay']),
  ],
}
const withFigures = (...figures: ImpactFigure[]) => makeIncident('2022-10-15-fire', { ...base, figures })
const length = (p: Partial<ImpactFigure>) =>
  figure('length', { measure: 'duration', value: 7653, unit: 'minutes', lengthOf: 'incident', ...p })

describe('how long an incident lasted', () => {
  it('is start to end when no source states it', () => {
    const l = incidentLength(withFigures())
    expect(l && formatLength(l.shown, 'ko')).toBe('약 5일 7시간 41분')
    expect(l?.stated).toBeUndefined()
  })

  it('is the stated length where a source gives one, with start to end kept as the check', () => {
    const l = incidentLength(withFigures(length({})))
    expect(l && formatLength(l.shown, 'en')).toBe('5 d 7 h 33 min')
    expect(l?.derived && formatLength(l.derived, 'en')).toBe('about 5 d 7 h 41 min')
    expect(l?.agrees).toBe(true)
  })

  it('is the stated length even with no end, so a record with only "about 2 hours" still has a length', () => {
    const inc = makeIncident('2010-12-17-x', {
      start: moment('2010-12-17'),
      figures: [length({ value: 2, unit: 'hours', approximate: true })],
    })
    const l = incidentLength(inc)
    expect(l && formatLength(l.shown, 'ko')).toBe('약 2시간')
    expect(l?.derived).toBeUndefined()
  })

  it('is unknown with neither an end nor a stated length', () => {
    expect(incidentLength(makeIncident('2010-12-17-x', { start: moment('2010-12-17') }))).toBeUndefined()
  })
})

describe('the check of stated lengths against the times', () => {
  it.each([
    { case: 'a stated length the times agree with', figures: [length({})], problems: [] },
    {
      case: 'a stated length the times contradict, naming both',
      figures: [length({ value: 44, unit: 'hours', approximate: true, lengthOf: 'pay' })],
      problems: [
        [
          'figures[0].value',
          'length-mismatch',
          'states about 44 h for service "pay", but its times imply 1 d 14 h 30 min (Sat 15 Oct 2022, 15:30 KST → Mon 17 Oct 2022, 06:00 KST)',
        ],
      ],
    },
    {
      case: 'the same contradiction marked as a dispute',
      figures: [length({ value: 44, unit: 'hours', approximate: true, lengthOf: 'pay', disputed: text('엇갈린다') })],
      problems: [],
    },
    {
      case: 'lengthOf on a figure that is not a length of time',
      figures: [length({ measure: 'users', unit: 'people' })],
      problems: [
        [
          'figures[0].lengthOf',
          'length-mismatch',
          'lengthOf needs a duration in minutes, hours or days, not a users in people',
        ],
      ],
    },
    {
      case: 'lengthOf naming a service the record does not name',
      figures: [length({ lengthOf: 'talk' })],
      problems: [
        ['figures[0].lengthOf', 'unknown-reference', '"talk" is neither "incident" nor a service this incident names'],
      ],
    },
    {
      case: 'disputed with no lengthOf',
      figures: [figure('users', { disputed: text('엇갈린다') })],
      problems: [
        [
          'figures[0].disputed',
          'length-mismatch',
          '`disputed` is only for a stated length, and this figure has no `lengthOf`',
        ],
      ],
    },
  ])('$case', ({ figures, problems }) => {
    expect(lengthProblems(withFigures(...figures)).map((p) => [p.field, p.rule, p.message])).toEqual(problems)
  })

  it('says nothing about lengths when a time is invalid (the time check reports it)', () => {
    const inc = makeIncident('2022-10-15-fire', {
      ...base,
      events: [...base.events, makeEvent('2022-10-17T06:00+00:00', 'recovery', ['pay'])],
      figures: [length({ value: 1, lengthOf: 'pay' })],
    })
    expect(lengthProblems(inc)).toEqual([])
  })
})
