import './root-layout.css'
import type { ReactNode } from 'react'
import type { Lang } from '@/lib/i18n/lang'
import { ContentGate } from './dev/content-gate'

/** The document shell shared by the Korean and English root layouts and the 404 page. */
export function RootLayout({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body>
        <ContentGate>{children}</ContentGate>
      </body>
    </html>
  )
}
