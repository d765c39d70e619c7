import { AboutPage } from '@/components/about-page'
import { staticRoute } from '@/components/routes/static-route'
import { msg } from '@/lib/i18n/messages'

const route = staticRoute(
  'about',
  {
    title: { ko: '소개와 기록 방법', en: 'About and method' },
    description: { ko: msg('aboutDescription', 'ko'), en: msg('aboutDescription', 'en') },
  },
  AboutPage,
  'ko',
)
export const metadata = route.metadata
export default route.Page
