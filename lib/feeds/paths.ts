/**
 * Where the feeds live, in Atom and JSON Feed, in Korean and English: every incident (new and
 * updated), and the incidents of one factor or one entity. Paths in the site, before the base path. Pure.
 *
 * | file | |
 * | --- | --- |
 * | `feeds/incidents.xml`, `feeds/incidents.json` (`feeds/en/…`) | every incident |
 * | `feeds/factors/<factor-id>.xml`, `.json` (`feeds/en/…`) | the incidents where a factor played a part |
 * | `feeds/entities/<entity-id>.xml`, `.json` (`feeds/en/…`) | the incidents of an entity or of anything under it |
 */
import type { Lang } from '../schema/vocabulary'

export type FeedScope = { kind: 'all' } | { kind: 'factor'; id: string } | { kind: 'entity'; id: string }
export type FeedFormat = 'atom' | 'json'

export const FEED_TYPE: Record<FeedFormat, 'application/atom+xml' | 'application/feed+json'> = {
  atom: 'application/atom+xml',
  json: 'application/feed+json',
}

export function feedPath(scope: FeedScope, lang: Lang, format: FeedFormat): string {
  const name = scope.kind === 'all' ? 'incidents' : `${scope.kind === 'factor' ? 'factors' : 'entities'}/${scope.id}`
  return `/feeds/${lang === 'en' ? 'en/' : ''}${name}.${format === 'atom' ? 'xml' : 'json'}`
}
