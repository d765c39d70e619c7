import './page-frame.css'
import type { ReactNode } from 'react'
import type { Lang } from '@/lib/i18n/lang'
import { msg } from '@/lib/i18n/messages'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'

/** How wide a page's main column is: a reading column, or the whole page for tables and timelines. */
export type PageWidth = 'text' | 'wide'

/** Header, main landmark and footer around a page's content. */
export function PageFrame({
  lang,
  alternate,
  width = 'text',
  children,
}: {
  lang: Lang
  alternate: string
  width?: PageWidth
  children: ReactNode
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        {msg('skipToContent', lang)}
      </a>
      <SiteHeader lang={lang} alternate={alternate} />
      <main id="main" className={`page page-${width}`}>
        {children}
      </main>
      <SiteFooter lang={lang} alternate={alternate} />
    </>
  )
}
