import { AboutPage } from '@/components/about-page'
import { staticRoute } from '@/components/routes/static-route'

const route = staticRoute('about', { ko: '소개와 기록 방법', en: 'About and method' }, AboutPage, 'ko')
export const metadata = route.metadata
export default route.Page
