/**
 * How a source introduces itself in an incident's source list: who published it, what kind of
 * document it is, the byline and the date, with an inferred date marked as such. Pure.
 */
import type { Source } from '../content/types'
import { SOURCE_KIND_LABEL } from '../i18n/labels'
import type { Lang } from '../i18n/lang'
import { msg } from '../i18n/messages'

type SourceFacts = Pick<Source, 'publisher' | 'kind' | 'author' | 'date' | 'dateInferred'>

/** "매일경제 · 기사 · 오지은 · 2022-10 (추정 날짜)" / "Maeil Business Newspaper · News · …". */
export function sourceLine(source: SourceFacts, lang: Lang): string {
  const parts = [source.publisher[lang], SOURCE_KIND_LABEL[source.kind][lang]]
  if (source.author) parts.push(source.author)
  if (source.date) parts.push(source.dateInferred ? `${source.date} (${msg('dateInferred', lang)})` : source.date)
  return parts.join(' · ')
}
