import { sourceIndexRoute } from '@/components/routes/source-index-route'

const route = sourceIndexRoute('en')
export const metadata = route.metadata
export default route.Page
