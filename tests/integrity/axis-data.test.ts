/** The time axis's data over the real content: sources on every mark, Pangyo's outages, commitments linked to what showed their outcome. */
import { describe, expect, it } from 'vitest'
import { getCollections } from '@/lib/content/source'
import { serviceOutages } from '@/lib/incidents/outages'
import { buildAxis, buildAxisEvents } from '@/lib/timeline/axis'
import { commitmentItems } from '@/lib/timeline/axis-commitments'
import { sourceTips } from '@/lib/timeline/axis-sources'

const c = getCollections()
const PANGYO = '2022-10-15-pangyo-datacenter-fire'

describe.each(['ko', 'en'] as const)('the %s axis data', (lang) => {
  const tips = sourceTips(c, lang)
  const whole = buildAxis(c, lang, undefined, { tips, commitments: commitmentItems(c, lang) })

  it('names at least one source for every incident, policy step and response', () => {
    const missing = whole.items.filter((i) => i.kind !== 'commitment' && (i.sources ?? []).length === 0)
    expect(missing.map((i) => i.key)).toEqual([])
    for (const line of whole.items.flatMap((i) => i.sources ?? [])) expect(line).not.toMatch(/source-|undefined/)
  })

  it('draws every commitment, and links the ones a later incident showed to that incident’s mark', () => {
    const commitments = whole.items.filter((i) => i.kind === 'commitment')
    expect(commitments.length).toBe(c.incidents.reduce((n, inc) => n + inc.commitments.length, 0))
    const keys = new Set(whole.items.map((i) => i.key))
    const linked = commitments.filter((i) => i.link !== undefined)
    expect(linked.length).toBeGreaterThan(0)
    for (const k of linked) {
      expect(keys.has(k.link ?? '')).toBe(true)
      expect(k.label).toContain('→')
    }
  })

  it('gives Pangyo’s own file a bar per service outage on a lane of their own', () => {
    const inc = c.incidents.find((i) => i.id === PANGYO)
    if (!inc) throw new Error('no Pangyo')
    const own = buildAxisEvents(c, lang, PANGYO, undefined, { tips, outages: serviceOutages(inc) })
    const outages = own?.items.filter((i) => i.kind === 'outage') ?? []
    expect(outages.length).toBe(serviceOutages(inc).length)
    expect(own?.lanes.at(-1)?.id).toBe('service')
    for (const o of outages) expect(o.segments?.length).toBeGreaterThan(0)
  })
})
