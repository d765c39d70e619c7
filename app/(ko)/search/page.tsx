import { staticRoute } from '@/components/routes/static-route'
import { SearchPlaceholder } from '@/components/search-placeholder'

const route = staticRoute('search', { ko: '검색', en: 'Search' }, SearchPlaceholder, 'ko')
export const metadata = route.metadata
export default route.Page
