/**
 * The results a reader sees: each ranked record's fragment, its title with the query's words
 * marked, and the passage of its text where they matched (or, until its fragment arrives, the
 * excerpt its display row carries). Pure apart from the files it reads.
 */
import type { Localized } from '../i18n/lang'
import { type DisplayRow, rowPassage } from './display'
import type { DocType } from './documents'
import type { IndexFiles } from './files'
import type { Fragment } from './format'
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

type Words = readonly WordQuery[]

/** A ranked record's hit from its fragment: the passage where the query matched. */
function fragmentHit(s: Ranked, f: Fragment, words: Words, lang: 'ko' | 'en', crossScript: boolean): SearchHit {
  let p = recordPassage({ text: f.text[lang], aliases: f.aliases }, words)
  if (p.ranges.length === 0 && crossScript) {
    const q = passage(f.text[lang === 'ko' ? 'en' : 'ko'], words)
    if (q.ranges.length > 0) p = q
  }
  return hitOf(s, f, p, words, lang)
}

function hitOf(s: Ranked, r: Fragment | DisplayRow, p: Passage, words: Words, lang: 'ko' | 'en'): SearchHit {
  return {
    n: s.n,
    id: r.id,
    type: r.type,
    title: r.title,
    url: r.url,
    score: s.score,
    titleRanges: matchRanges(r.title[lang], words),
    passage: p,
    ...(r.date === undefined ? {} : { date: r.date }),
  }
}

/**
 * The hits of a page of ranked records, one file each. A query in the other script (Pangyo on
 * the Korean site) mostly matches the other language's text: with `crossScript`, its passage is
 * taken from there when the page's language has none.
 */
export async function hitsOf(
  files: IndexFiles,
  page: readonly Ranked[],
  words: Words,
  lang: 'ko' | 'en',
  crossScript: boolean,
): Promise<SearchHit[]> {
  const frags = await Promise.all(page.map((s) => files.fragment(s.n)))
  return page.flatMap((s, i): SearchHit[] => {
    const f = frags[i]
    return f ? [fragmentHit(s, f, words, lang, crossScript)] : []
  })
}

/**
 * The page painted from what has already arrived, before its fragments: each record's fragment
 * when fetched, else the display row a shard carried (its excerpt with the query's words marked).
 * Undefined when a record has neither (the page waits for its fragments), or when every record
 * had its fragment (the page from `hitsOf` is the same).
 */
export function paintedHits(
  files: IndexFiles,
  page: readonly Ranked[],
  words: Words,
  lang: 'ko' | 'en',
  crossScript: boolean,
): SearchHit[] | undefined {
  const hits: SearchHit[] = []
  let rows = 0
  for (const s of page) {
    const shown = files.shown(s.n)
    if (!shown) return undefined
    if ('fragment' in shown) hits.push(fragmentHit(s, shown.fragment, words, lang, crossScript))
    else {
      rows += 1
      hits.push(hitOf(s, shown.row, rowPassage(shown.row, words, lang), words, lang))
    }
  }
  return rows > 0 ? hits : undefined
}
