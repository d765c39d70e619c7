import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { embedShell } from '@/lib/embed/shell'

export const dynamic = 'force-static'

/**
 * The embed page's style: the widget's own, then the axis view's tokens and the site's time-axis
 * style (the axis view mounts the site's island, embed/axis.ts). One inline style, allowed by its hash.
 */
const STYLES = ['embed/widget.css', 'embed/axis.css', 'components/timeline/time-axis.css']

/** `out/embed/timeline/index.html`: the embed page, a static shell without the site's framework (lib/embed/shell.ts). */
export function GET() {
  // Comments out (none of these files has "/*" inside a string).
  const css = STYLES.map((file) =>
    readFileSync(join(process.cwd(), file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim(),
  ).join('\n')
  const hash = createHash('sha256').update(css).digest('base64')
  return new Response(embedShell(css, hash), { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}
