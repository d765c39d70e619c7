import { embedRoute } from '@/components/routes/embed-route'

const route = embedRoute('ko')
export const metadata = route.metadata
export default route.Page
