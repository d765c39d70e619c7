import { getCollections, getIncident } from '@/lib/content/source'
import { fileParams, idOfFile } from '@/lib/export/data-files'
import { buildOEmbed } from '@/lib/embed/oembed'
import { siteOrigin } from '@/lib/embed/site'
import { emsg } from '@/lib/i18n/messages-embed'

export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = () => [...fileParams(getCollections(), false), { file: 'timeline.json' }]

/** `out/oembed/<incident-id>.json` and `timeline.json`: static oEmbed responses (ko). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = idOfFile((await params).file)
  const origin = siteOrigin(process.env.SITE_ORIGIN)
  if (id === 'timeline') return Response.json(buildOEmbed(undefined, emsg('allRecord', 'ko'), 'ko', origin))
  const incident = id === undefined ? undefined : getIncident(id)
  if (!id || !incident) return new Response('Not found', { status: 404 })
  return Response.json(buildOEmbed(id, incident.title.ko, 'ko', origin))
}
