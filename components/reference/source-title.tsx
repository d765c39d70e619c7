import type { Source } from '@/lib/content/source'
import type { Lang } from '@/lib/i18n/lang'
import { externalHref } from '@/lib/reference/href'
import { sourceName } from '@/lib/reference/sources'

/**
 * A source's name in the page's language, linked to `href` (else to the source's own address, where
 * it has one), followed by its original headline as a quotation where that is not the name.
 */
export function SourceTitle({ source, lang, href }: { source: Source; lang: Lang; href?: string }) {
  const { name, lang: nameLang, headline } = sourceName(source, lang)
  const label = <span lang={nameLang === lang ? undefined : nameLang}>{name}</span>
  return (
    <>
      {href !== undefined ? (
        <a href={href}>{label}</a>
      ) : source.url !== undefined ? (
        <a href={externalHref(source.url)} rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
      {headline && (
        <>
          {' '}
          <q lang={headline.lang}>{headline.text}</q>
        </>
      )}
    </>
  )
}
