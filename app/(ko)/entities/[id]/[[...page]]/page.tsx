import { entityRoute } from '@/components/routes/entity-route'

const route = entityRoute('ko')
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
