/**
 * The feed files (lib/feeds/): every incident, each factor's and each entity's, in Korean and
 * English, in Atom and JSON Feed. An entity's feed holds the incidents where it or anything under
 * it (a company's services, a data center of its) plays a part, so following Kakao also follows
 * KakaoTalk. Built from indexes computed once, so a feed costs only its own entries. Pure.
 */
import type { Entity, Incident } from '../content/types'
import { atomFeed, dayInstant, type Feed, FEED_LIMIT, feedEntry, jsonFeed, newestFirst } from '../feeds/feed'
import { type FeedScope, feedPath } from '../feeds/paths'
import { entityPath, factorPath, incidentPath, pagePath } from '../i18n/lang'
import { msg } from '../i18n/messages'
import { recordDates } from '../incidents/record-dates'
import { LANGS } from '../schema/vocabulary'
import { shareImagePath } from '../share/paths'
import { LICENCE_TEXT } from '../site/licence'
import { sitePath } from '../site/env'
import { formatMoment } from '../time/format'
import { toMoment } from '../time/moment'
import { type DataContext, type DataFile, jsonFile } from './files'

const inOut = (path: string) => path.replace(/^\//, '')

const WORDS = {
  all: { ko: '새로 추가되거나 고친 장애 기록', en: 'New and updated incident records' },
  factor: {
    ko: '이 요인이 작용한 장애의 새 기록과 고친 기록',
    en: 'New and updated records of incidents this factor played a part in',
  },
  entity: {
    ko: '이곳(과 그 아래 서비스·시설)이 관련된 장애의 새 기록과 고친 기록',
    en: 'New and updated records of incidents it (or a service or site of its) was part of',
  },
} as const

/** Each entity with itself and every entity above it: an incident of KakaoTalk is also Kakao's. */
function ancestry(entities: readonly Entity[]): Map<string, string[]> {
  const parent = new Map(entities.map((e) => [e.id, e.parent]))
  return new Map(
    entities.map((e) => {
      const chain = [e.id]
      for (let p = parent.get(e.id); p !== undefined && !chain.includes(p); p = parent.get(p)) chain.push(p)
      return [e.id, chain]
    }),
  )
}

/** Incidents by factor and by entity (with the entities above), each list newest change first. */
export function feedIndexes(incidents: readonly Incident[], entities: readonly Entity[]) {
  const byFactor = new Map<string, Incident[]>()
  const byEntity = new Map<string, Incident[]>()
  const above = ancestry(entities)
  const add = (map: Map<string, Incident[]>, key: string, inc: Incident) => {
    const list = map.get(key)
    if (list) list.push(inc)
    else map.set(key, [inc])
  }
  const ordered = newestFirst(incidents)
  for (const inc of ordered) {
    for (const f of new Set(inc.factors.map((c) => c.factor))) add(byFactor, f, inc)
    const involved = new Set(entityIdsOf(inc).flatMap((e) => above.get(e) ?? [e]))
    for (const e of involved) add(byEntity, e, inc)
  }
  return { all: ordered, byFactor, byEntity }
}

/** Every entity an incident names in a role: the roles of its entity page (lib/reference/entities.ts). */
function entityIdsOf(inc: Incident): string[] {
  return [
    ...(inc.facility ? [inc.facility] : []),
    ...inc.operators,
    ...inc.services,
    ...inc.events.flatMap((e) => e.services),
    ...inc.responses.map((r) => r.actor),
    ...inc.commitments.map((c) => c.actor),
  ]
}

export function* feedFiles(ctx: DataContext): Iterable<DataFile> {
  const { incidents, factors, entities } = ctx.collections
  const index = feedIndexes(incidents, entities)
  const factorName = new Map(factors.map((f) => [f.id, f.name]))
  const newest = index.all[0]
  const recordUpdated = dayInstant(newest ? recordDates(newest).updated : '2000-01-01')
  const abs = (link: string) => ctx.origin + link
  const when = new Map(incidents.map((inc) => [inc.id, toMoment(inc.start)]))
  for (const lang of LANGS) {
    const entry = {
      lang,
      url: (id: string) => abs(incidentPath(id, lang)),
      image: (id: string) => abs(sitePath(shareImagePath(id, lang))),
      factorName: (id: string) => factorName.get(id)?.[lang] ?? id,
      when: (inc: Incident) => {
        const m = when.get(inc.id)
        return m ? formatMoment(m, lang) : inc.start.at
      },
    }
    const feed = (scope: FeedScope, name: string | undefined, home: string, list: readonly Incident[]): Feed => {
      const entries = list.slice(0, FEED_LIMIT).map((inc) => feedEntry(inc, entry))
      const site = msg('siteName', lang)
      return {
        lang,
        title: name ? `${name} — ${site}` : `${site}: ${WORDS.all[lang]}`,
        subtitle: WORDS[scope.kind][lang],
        home: abs(home),
        atom: abs(sitePath(feedPath(scope, lang, 'atom'))),
        json: abs(sitePath(feedPath(scope, lang, 'json'))),
        author: { name: site, url: abs(pagePath(lang, '')) },
        rights: LICENCE_TEXT.short[lang],
        updated: entries[0]?.updated ?? recordUpdated,
        entries,
      }
    }
    const write = function* (f: Feed, scope: FeedScope): Iterable<DataFile> {
      yield { path: inOut(feedPath(scope, lang, 'atom')), content: atomFeed(f) }
      yield jsonFile(inOut(feedPath(scope, lang, 'json')), jsonFeed(f))
    }
    const all: FeedScope = { kind: 'all' }
    yield* write(feed(all, undefined, pagePath(lang, ''), index.all), all)
    for (const f of factors) {
      const scope: FeedScope = { kind: 'factor', id: f.id }
      yield* write(feed(scope, f.name[lang], factorPath(f.id, lang), index.byFactor.get(f.id) ?? []), scope)
    }
    for (const e of entities) {
      const scope: FeedScope = { kind: 'entity', id: e.id }
      yield* write(feed(scope, e.name[lang], entityPath(e.id, lang), index.byEntity.get(e.id) ?? []), scope)
    }
  }
}
