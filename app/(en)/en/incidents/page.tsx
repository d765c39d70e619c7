import { incidentIndexRoute } from '@/components/routes/incident-index-route'

const route = incidentIndexRoute('en')
export const metadata = route.metadata
export default route.Page
