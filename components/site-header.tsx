import Link from 'next/link'
import { pagePath, type Lang, otherLang } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'

/** Site name and the language switch, which keeps the reader on the same record. */
export function SiteHeader({ lang, alternate }: { lang: Lang; alternate: string }) {
  const other = otherLang(lang)
  return (
    <header className="site-header">
      <Link href={pagePath(lang, '')} className="site-name">{msg('siteName', lang)}</Link>
      <nav aria-label={lang === 'ko' ? '언어' : 'Language'}>
        <Link href={alternate} hrefLang={other} lang={other}>{msg('languageSwitch', lang)}</Link>
      </nav>
    </header>
  )
}
