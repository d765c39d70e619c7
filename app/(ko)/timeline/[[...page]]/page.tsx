import { timelineRoute } from '@/components/routes/timeline-route'

const route = timelineRoute('ko')
export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
