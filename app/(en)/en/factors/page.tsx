import { factorIndexRoute } from '@/components/routes/factor-index-route'

const route = factorIndexRoute('en')
export const metadata = route.metadata
export default route.Page
