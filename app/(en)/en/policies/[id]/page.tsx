import { policyRoute } from '@/components/routes/policy-route'

const route = policyRoute('en')
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
