import { type Lang, sourcePath, t } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'
import type { SourceRef } from '@/lib/reference/common'

/** A fact's sources as links to their pages: "Sources: Yonhap 2022-10-15, …". */
export function SourceRefs({ refs, lang }: { refs: readonly SourceRef[]; lang: Lang }) {
  if (refs.length === 0) return null
  return (
    <span className="ref-sources">
      {rmsg('sourcesLabel', lang)}:{' '}
      {refs.map((r, i) => (
        <span key={r.id}>
          {i > 0 && ', '}
          <a href={sourcePath(r.id, lang)}>
            {t(r.publisher, lang)}
            {r.date && ` ${r.date}`}
          </a>
          {r.lowReliability && <span className="flag"> ({rmsg('lowReliability', lang)})</span>}
        </span>
      ))}
    </span>
  )
}
