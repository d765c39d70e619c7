import { getCollections } from '@/lib/content/source'
import { fileParams, timelineJsOfFile } from '@/lib/export/data-files'
import { siteOrigin } from '@/lib/embed/site'

export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = () => fileParams(getCollections(), true)

/** `out/data/timelinejs/<incident-id>.json` and `all.json`: the timeline in TimelineJS's JSON format (ko). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const data = timelineJsOfFile(getCollections(), (await params).file, 'ko', siteOrigin(process.env.SITE_ORIGIN))
  return data ? Response.json(data) : new Response('Not found', { status: 404 })
}
