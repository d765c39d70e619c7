import { searchRoute } from '@/components/routes/search-route'

const route = searchRoute('ko')
export const metadata = route.metadata
export default route.Page
