import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css'
import './globals.css'
import type { Metadata } from 'next'
import { NotFoundPage } from '@/components/not-found-page'
import { rootHead } from '@/lib/site/page-head'

export const metadata: Metadata = {
  ...rootHead('ko'),
  title: '페이지를 찾을 수 없습니다 | 장애 연대기 — Page not found',
}

export default function GlobalNotFound() {
  return (
    <html lang="ko">
      <body>
        <NotFoundPage />
      </body>
    </html>
  )
}
