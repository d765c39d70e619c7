import { analysisRoute } from '@/components/routes/analysis-route'

const route = analysisRoute('ko')
export const metadata = route.metadata
export default route.Page
