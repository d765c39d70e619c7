import { sourceRoute } from '@/components/routes/source-route'

const route = sourceRoute('en')
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
