import type { Metadata } from 'next'
import { NotFoundPage } from '@/components/not-found-page'
import { RootLayout } from '@/components/root-layout'
import { msg } from '@/lib/i18n/messages'

export const metadata: Metadata = {
  title: '페이지를 찾을 수 없습니다 | 장애 연대기 — Page not found',
  description: `${msg('notFoundDescription', 'ko')} ${msg('notFoundDescription', 'en')}`,
}

export default function GlobalNotFound() {
  return (
    <RootLayout lang="ko">
      <NotFoundPage />
    </RootLayout>
  )
}
