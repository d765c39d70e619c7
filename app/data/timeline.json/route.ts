import { getCollections } from '@/lib/content/source'
import { buildTimelineExport } from '@/lib/export/timeline-json'

export const dynamic = 'force-static'

/** `out/data/timeline.json`: the whole timeline in our own format (documented in lib/export/timeline-json.ts). */
export function GET() {
  return Response.json(buildTimelineExport(getCollections()))
}
