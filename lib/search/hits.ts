/**
 * The results a reader sees: each ranked record's fragment, its title with the query's words
 * marked, and the passage of its text where they matched. Pure apart from the files it reads.
 */
import type { Localized } from '../i18n/lang'
import type { DocType } from './documents'
import type { IndexFiles } from './files'
import { type Passage, type Range, matchRanges, passage, recordPassage } from './highlight'
import type { Ranked } from './scoring'
import type { WordQuery } from './text'

export interface SearchHit {
  n: number
  id: string
  type: DocType
  title: Localized
  url: Localized
  date?: string
  score: number
  /** Ranges in `title[lang]` and the passage in `lang` (or the other language if it matched there). */
  titleRanges: Range[]
  passage: Passage
}

/**
 * The hits of a page of ranked records, one file each. A query in the other script (Pangyo on
 * the Korean site) mostly matches the other language's text: with `crossScript`, its passage is
 * taken from there when the page's language has none.
 */
export async function hitsOf(
  files: IndexFiles,
  page: readonly Ranked[],
  words: readonly WordQuery[],
  lang: 'ko' | 'en',
  crossScript: boolean,
): Promise<SearchHit[]> {
  const other = lang === 'ko' ? 'en' : 'ko'
  const frags = await Promise.all(page.map((s) => files.fragment(s.n)))
  return page.flatMap((s, i): SearchHit[] => {
    const f = frags[i]
    if (!f) return []
    let p = recordPassage({ text: f.text[lang], aliases: f.aliases }, words)
    if (p.ranges.length === 0 && crossScript) {
      const q = passage(f.text[other], words)
      if (q.ranges.length > 0) p = q
    }
    return [
      {
        n: s.n,
        id: f.id,
        type: f.type,
        title: f.title,
        url: f.url,
        score: s.score,
        titleRanges: matchRanges(f.title[lang], words),
        passage: p,
        ...(f.date === undefined ? {} : { date: f.date }),
      },
    ]
  })
}
