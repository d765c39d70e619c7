import { dataRoute } from '@/components/routes/data-route'

const route = dataRoute('en')
export const metadata = route.metadata
export default route.Page
