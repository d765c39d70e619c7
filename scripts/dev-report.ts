/**
 * How `npm run dev` tells the page that contentlayer2 could not read a file: it adds one export,
 * `contentlayerError`, to the end of the generated index (.contentlayer/generated/index.mjs), which
 * the page already imports, so Next's dev runtime refreshes the page when it appears or goes. The
 * next successful generation writes a fresh index without it. Never used by a build.
 */

/** The name the gateway reads (lib/content/source.ts, getDevReport). */
export const CONTENTLAYER_ERROR_EXPORT = 'contentlayerError'
const MARK = '\n// Added by `npm run dev` (scripts/dev.ts): the last file contentlayer2 could not read.\n'

/** The generated index with the error recorded (or removed, for undefined). */
export function markedIndex(index: string, error: string | undefined): string {
  const base = index.split(MARK)[0] ?? index
  return error === undefined
    ? base
    : `${base}${MARK}export const ${CONTENTLAYER_ERROR_EXPORT} = ${JSON.stringify(error)}\n`
}
