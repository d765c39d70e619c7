import { incidentRoute } from '@/components/routes/incident-route'

const route = incidentRoute('en')
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
