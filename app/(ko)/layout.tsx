import type { ReactNode } from 'react'
import { RootLayout } from '@/components/root-layout'
import { rootHead } from '@/lib/site/page-head'

export const metadata = rootHead('ko')

export default function KoreanLayout({ children }: { children: ReactNode }) {
  return <RootLayout lang="ko">{children}</RootLayout>
}
