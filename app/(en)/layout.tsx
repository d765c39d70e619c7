import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css'
import type { ReactNode } from 'react'
import { RootLayout } from '@/components/root-layout'

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <RootLayout lang="en">{children}</RootLayout>
}
