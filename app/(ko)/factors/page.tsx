import { factorIndexRoute } from '@/components/routes/factor-index-route'

const route = factorIndexRoute('ko')
export const metadata = route.metadata
export default route.Page
