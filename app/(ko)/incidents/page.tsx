import { incidentIndexRoute } from '@/components/routes/incident-index-route'

const route = incidentIndexRoute('ko')
export const metadata = route.metadata
export default route.Page
