import { getCollections, getIncident } from '@/lib/content/source'
import { fileParams, oembedOfFile } from '@/lib/export/data-files'
import { siteOrigin } from '@/lib/embed/site'

export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = () => [...fileParams(getCollections(), false), { file: 'timeline.json' }]

/** `out/oembed/<incident-id>.json` and `timeline.json`: static oEmbed responses (ko). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const data = oembedOfFile(
    (await params).file,
    'ko',
    (id) => getIncident(id)?.title,
    siteOrigin(process.env.SITE_ORIGIN),
  )
  return data ? Response.json(data) : new Response('Not found', { status: 404 })
}
