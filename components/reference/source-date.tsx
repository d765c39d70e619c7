import type { Lang } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/reference/messages'

/** A source's publication date, marked when it is inferred, or "undated". */
export function SourceDate({ date, inferred, lang }: { date: string | undefined; inferred: boolean; lang: Lang }) {
  if (!date) return <span className="ref-muted">{rmsg('undated', lang)}</span>
  return (
    <>
      <time dateTime={date}>{date}</time>
      {inferred && <span className="ref-muted"> ({rmsg('dateInferred', lang)})</span>}
    </>
  )
}
