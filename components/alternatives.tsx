import { Citations } from '@/components/citations'
import type { Lang } from '@/lib/i18n/lang'
import type { CiteSource } from '@/lib/markdown/cite-links'
import { msg } from '@/lib/i18n/messages'

export interface AlternativeItem {
  /** The other value, already formatted. */
  value: string
  note: string | undefined
  sources: readonly string[]
}

/** Other sources' values, shown beside the main one: disagreements stay visible. */
export function Alternatives({
  items,
  cites,
  lang,
}: {
  items: AlternativeItem[]
  cites: ReadonlyMap<string, CiteSource>
  lang: Lang
}) {
  if (items.length === 0) return null
  return (
    <ul className="alternatives" aria-label={msg('otherValues', lang)}>
      {items.map((a, i) => (
        <li key={i}>
          {a.value}
          {a.note && `: ${a.note}`}
          <Citations ids={a.sources} cites={cites} />
        </li>
      ))}
    </ul>
  )
}
