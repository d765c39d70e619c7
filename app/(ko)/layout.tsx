import type { ReactNode } from 'react'
import { RootLayout } from '@/components/root-layout'

export default function KoreanLayout({ children }: { children: ReactNode }) {
  return <RootLayout lang="ko">{children}</RootLayout>
}
