import type { Lang } from '@/lib/i18n/lang'
import { rmsg } from '@/lib/i18n/messages-reference'

/** A record's other names, on one line. */
export function Aliases({ aliases, lang }: { aliases: readonly string[]; lang: Lang }) {
  if (aliases.length === 0) return null
  return (
    <p className="ref-aliases">
      <span className="ref-muted">{rmsg('aliases', lang)}:</span> {aliases.join(', ')}
    </p>
  )
}
