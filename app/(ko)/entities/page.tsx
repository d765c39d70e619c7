import { entityIndexRoute } from '@/components/routes/entity-index-route'

const route = entityIndexRoute('ko')
export const metadata = route.metadata
export default route.Page
