import { type FeedScope, feedPath } from '@/lib/feeds/paths'
import type { Lang } from '@/lib/i18n/lang'
import { sitePath } from '@/lib/site/env'

const WORDS = {
  all: { ko: '새 기록과 고친 기록 받아 보기', en: 'Follow new and updated records' },
  factor: { ko: '이 요인이 작용한 장애 받아 보기', en: 'Follow the incidents of this factor' },
  entity: { ko: '이곳과 관련된 장애 받아 보기', en: 'Follow the incidents it is part of' },
} as const

/** Links to the feeds that follow a page's records, in Atom and JSON Feed. */
export function FeedLinks({ scope, lang }: { scope: FeedScope; lang: Lang }) {
  return (
    <p className="feed-links">
      {WORDS[scope.kind][lang]}:{' '}
      <a href={sitePath(feedPath(scope, lang, 'atom'))} type="application/atom+xml">
        Atom
      </a>
      {' · '}
      <a href={sitePath(feedPath(scope, lang, 'json'))} type="application/feed+json">
        JSON Feed
      </a>
    </p>
  )
}
