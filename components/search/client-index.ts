/**
 * The browser's search index: the engine's code and the index are both loaded on first use
 * (never on page load), then shared by the page and the dialog.
 */
import type { SearchIndex } from '@/lib/search/engine'
import { sitePath } from '@/lib/site/env'

export const INDEX_BASE = sitePath('/search-index/')

let opening: Promise<SearchIndex> | undefined

export function openIndex(): Promise<SearchIndex> {
  if (!opening) {
    opening = import('@/lib/search/engine').then(({ SearchIndex: Index }) =>
      Index.open(async (path) => {
        const res = await fetch(INDEX_BASE + path)
        if (!res.ok) throw new Error(`search index: ${res.status} for ${path}`)
        return res.text()
      }),
    )
    opening.catch(() => {
      opening = undefined
    })
  }
  return opening
}

/** Resolves once the next frame has been painted: the work that can wait (passages) waits for it. */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
