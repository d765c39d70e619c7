import { type Lang, t } from '@/lib/i18n/lang'
import type { NamedRef } from '@/lib/reference/common'

/** A list of links to named records. */
export function NamedLinks({
  items,
  href,
  lang,
}: {
  items: readonly NamedRef[]
  href: (id: string, lang: Lang) => string
  lang: Lang
}) {
  return (
    <ul className="ref-links">
      {items.map((n) => (
        <li key={n.id}>
          <a href={href(n.id, lang)}>{t(n.name, lang)}</a>
        </li>
      ))}
    </ul>
  )
}
