/**
 * What the search benchmark compares over: the built pages of the records (for Pagefind, the
 * same pages this site's index covers, Korean and English, their `<main>` only), the same for the
 * synthetic corpus, and one key per page so that both engines' results can be compared page by
 * page (a timeline event is found on its incident's page).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import type { SearchDoc } from '../lib/search/documents'

/** The page a URL shows, the same for both languages: /en/incidents/x/#event-3 → /incidents/x/. */
export const pageKey = (url: string): string =>
  url
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/#.*$/, '')
    .replace(/index\.html$/, '')
    .replace(/^\/en(?=\/)/, '')
    .replace(/\/?$/, '/')

const RECORD_FOLDERS = ['incidents', 'entities', 'factors', 'policies', 'sources']

/** The record pages of a built site (out/), Korean and English: one page per record, as the search index covers. */
export function builtRecordPages(out: string): Array<{ url: string; content: string }> {
  if (!existsSync(join(out, 'index.html'))) throw new Error(`no built site in ${out}/: run npm run build first`)
  const pages: Array<{ url: string; content: string }> = []
  for (const prefix of ['', 'en/'])
    for (const folder of RECORD_FOLDERS) {
      const dir = join(out, prefix, folder)
      if (!existsSync(dir)) continue
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name, 'index.html')
        if (entry.isDirectory() && existsSync(file))
          pages.push({ url: `/${prefix}${folder}/${entry.name}/`, content: readFileSync(file, 'utf8') })
      }
    }
  return pages
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A page for each synthetic record: what its record holds, as a site would show it. */
export function syntheticPages(docs: readonly SearchDoc[]): Array<{ url: string; content: string }> {
  return docs.map((d) => ({
    url: d.url.ko,
    content: `<!doctype html><html lang="ko"><head><title>${html(d.title.ko)}</title></head><body><main><h1>${html(d.title.ko)}</h1><p>${html(d.title.en)}</p><p>${html(d.aliases.join(', '))}</p><p>${html(d.summary.ko)}</p><p>${html(d.summary.en)}</p><p>${html(d.body.ko)}</p><p>${html(d.body.en)}</p></main></body></html>`,
  }))
}

/**
 * Pagefind's files for the pages: one index (Korean and English pages together, as this site's
 * index is one), of each page's `<main>`. Returns the files by path and the indexing time.
 */
export async function pagefindFiles(
  pages: ReadonlyArray<{ url: string; content: string }>,
): Promise<{ files: Map<string, Uint8Array>; buildMs: number }> {
  const t = performance.now()
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', forceLanguage: 'ko' })
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  for (const page of pages) {
    const r = await index.addHTMLFile({ url: page.url, content: page.content })
    if (r.errors.length > 0) throw new Error(`pagefind: ${page.url}: ${r.errors.join('; ')}`)
  }
  const { files, errors: writeErrors } = await index.getFiles()
  if (writeErrors.length > 0) throw new Error(`pagefind: ${writeErrors.join('; ')}`)
  await index.deleteIndex()
  return { files: new Map(files.map((f) => [f.path, f.content])), buildMs: Math.round(performance.now() - t) }
}

export const closePagefind = () => pagefind.close()
