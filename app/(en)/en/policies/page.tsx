import { policyIndexRoute } from '@/components/routes/policy-index-route'

const route = policyIndexRoute('en')
export const metadata = route.metadata
export default route.Page
