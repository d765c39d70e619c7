import type { ReactNode } from 'react'
import type { Lang } from '@/lib/i18n/lang'
import { SiteHeader } from './site-header'

/** Header, main landmark and footer around a page's content. */
export function PageFrame({ lang, alternate, children }: { lang: Lang; alternate: string; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {lang === 'ko' ? '본문으로 건너뛰기' : 'Skip to content'}
      </a>
      <SiteHeader lang={lang} alternate={alternate} />
      <main id="main">{children}</main>
    </>
  )
}
