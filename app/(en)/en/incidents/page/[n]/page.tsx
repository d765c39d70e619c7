import { incidentIndexRoute } from '@/components/routes/incident-index-route'

const route = incidentIndexRoute('en').paged
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
