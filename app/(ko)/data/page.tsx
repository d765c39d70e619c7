import { dataRoute } from '@/components/routes/data-route'

const route = dataRoute('ko')
export const metadata = route.metadata
export default route.Page
