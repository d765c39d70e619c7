import { getCollections } from '@/lib/content/source'
import { fileParams, idOfFile, timelineOfFile } from '@/lib/export/data-files'

export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = () => fileParams(getCollections(), false)

/** `out/data/timeline/<incident-id>.json`: one incident's timeline in our own format (what the embed loads). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const data = idOfFile(file) === 'all' ? undefined : timelineOfFile(getCollections(), file)
  return data ? Response.json(data) : new Response('Not found', { status: 404 })
}
