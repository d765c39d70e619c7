import { factorRoute } from '@/components/routes/factor-route'

const route = factorRoute('ko')
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
