import { type JsonLd as Data, serializeJsonLd } from '@/lib/site/json-ld'

/** Structured data for search engines: a `<script type="application/ld+json">`, escaped so no text in it can end the script. */
export function JsonLd({ data }: { data: Data }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes <, > and &, so the JSON cannot close the script
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
