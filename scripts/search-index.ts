/** The search index of the real content, in memory or on disk: shared by the build step, the CLI and the bench. */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { getCollections } from '../lib/content/source'
import { buildSiteIndex } from '../lib/search/build'
import { type IndexLoader, META_PATH } from '../lib/search/format'
import { OUT_DIR } from './out-dir'

export const OUT_SEARCH = resolve(OUT_DIR, 'search-index')

export function realIndexFiles(): Map<string, string> {
  return buildSiteIndex(getCollections())
}

/** Serves files from a map, counting what was read. */
export function memoryLoader(
  files: ReadonlyMap<string, string>,
  read?: (path: string, body: string) => void,
): IndexLoader {
  return async (path) => {
    const body = files.get(path)
    if (body === undefined) throw new Error(`search index: no file ${path}`)
    read?.(path, body)
    return body
  }
}

/** The built index in out/search-index when there is one, else the same index built in memory. */
export function defaultLoader(): IndexLoader {
  if (existsSync(resolve(OUT_SEARCH, META_PATH))) return (path) => readFile(resolve(OUT_SEARCH, path), 'utf8')
  return memoryLoader(realIndexFiles())
}
