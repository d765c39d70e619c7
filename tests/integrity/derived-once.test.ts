/**
 * The derived data the gateway computes once per build gives the same pages as deriving everything
 * per page did: each reference page built from its record's incidents only (the reverse index)
 * equals the page built from every incident, and each incident's previous/next are its neighbours
 * in start order. Over the real content.
 */
import { describe, expect, it } from 'vitest'
import {
  getCollections,
  getEntityPage,
  getFactorPage,
  getIncidents,
  getIncidentView,
  getPolicyPage,
  getSourcePage,
} from '@/lib/content/source'
import { byStart } from '@/lib/incidents/derive'
import { entityPage } from '@/lib/reference/entities'
import { factorPage } from '@/lib/reference/factors'
import { policyPage } from '@/lib/reference/policies'
import { sourcePage } from '@/lib/reference/sources'

const c = getCollections()

describe('reference pages from the reverse index', () => {
  it.each(c.entities.map((e) => e.id))('entity %s', (id) => {
    expect(getEntityPage(id)).toEqual(entityPage(id, c))
  })
  it.each(c.factors.map((f) => f.id))('factor %s', (id) => {
    expect(getFactorPage(id)).toEqual(factorPage(id, c))
  })
  it.each(c.policies.map((p) => p.id))('policy %s', (id) => {
    expect(getPolicyPage(id)).toEqual(policyPage(id, c))
  })
  it('every source, in both languages', () => {
    for (const { id } of c.sources) {
      for (const lang of ['ko', 'en'] as const) expect(getSourcePage(id, lang)).toEqual(sourcePage(id, c, lang))
    }
  })
})

describe('incident pages', () => {
  it('link the incidents before and after in start order', () => {
    const order = byStart(c.incidents)
    expect(getIncidents().map((i) => i.id)).toEqual(order.map((i) => i.id))
    order.forEach((inc, i) => {
      const view = getIncidentView(inc.id)
      expect(view?.previous?.id).toBe(order[i - 1]?.id)
      expect(view?.next?.id).toBe(order[i + 1]?.id)
    })
  })
})
