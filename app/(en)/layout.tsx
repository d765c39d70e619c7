import type { ReactNode } from 'react'
import { RootLayout } from '@/components/root-layout'
import { rootHead } from '@/lib/site/page-head'

export const metadata = rootHead('en')

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <RootLayout lang="en">{children}</RootLayout>
}
