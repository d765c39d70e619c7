/**
 * Where `npm run build` writes the site: out/, or the folder OUT_DIR names (relative to the
 * project; the base-path test builds into tests/.work/). Every build step after `next build`
 * writes there; next.config.mjs exports there.
 */
import { resolve } from 'node:path'

export const OUT_DIR = resolve(import.meta.dirname, '..', process.env.OUT_DIR || 'out')
