import { Fragment } from 'react'
import type { Lang } from '@/lib/i18n/lang'
import { hasHangul } from '@/lib/i18n/hangul'
import { rmsg } from '@/lib/reference/messages'

/** A record's other names, on one line; on an English page, a name in Hangul is quoted as Korean. */
export function Aliases({ aliases, lang }: { aliases: readonly string[]; lang: Lang }) {
  if (aliases.length === 0) return null
  return (
    <p className="ref-aliases">
      <span className="ref-muted">{rmsg('aliases', lang)}:</span>{' '}
      {aliases.map((alias, i) => (
        <Fragment key={alias}>
          {i > 0 && ', '}
          {lang === 'en' && hasHangul(alias) ? <q lang="ko">{alias}</q> : alias}
        </Fragment>
      ))}
    </p>
  )
}
