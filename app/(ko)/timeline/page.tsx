import { timelineRoute } from '@/components/routes/timeline-route'

const route = timelineRoute('ko')
export const metadata = route.metadata
export default route.Page
