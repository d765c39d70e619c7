import type { ReactNode } from 'react'
import { RootLayout } from '@/components/root-layout'

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <RootLayout lang="en">{children}</RootLayout>
}
