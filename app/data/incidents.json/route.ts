import { buildIncidentsExport } from '@/lib/export/incidents-json'
import { getIncidents } from '@/lib/content/source'

export const dynamic = 'force-static'

/** `out/data/incidents.json`: every incident with its titles, times, page URLs, factors and sources. */
export function GET() {
  return Response.json(buildIncidentsExport(getIncidents()))
}
