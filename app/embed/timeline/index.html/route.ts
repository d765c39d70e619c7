import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { embedShell } from '@/lib/embed/shell'

export const dynamic = 'force-static'

/** `out/embed/timeline/index.html`: the embed page, a static shell without the site's framework (lib/embed/shell.ts). */
export function GET() {
  const css = readFileSync(join(process.cwd(), 'embed/widget.css'), 'utf8').trim()
  const hash = createHash('sha256').update(css).digest('base64')
  return new Response(embedShell(css, hash), { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}
