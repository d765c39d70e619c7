import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css'
import type { Metadata } from 'next'
import { NotFoundPage } from '@/components/not-found-page'
import { RootLayout } from '@/components/root-layout'

export const metadata: Metadata = { title: '페이지를 찾을 수 없습니다 | 장애 연대기 — Page not found' }

export default function GlobalNotFound() {
  return (
    <RootLayout lang="ko">
      <NotFoundPage />
    </RootLayout>
  )
}
