import { embedRoute } from '@/components/routes/embed-route'

const route = embedRoute('en')
export const metadata = route.metadata
export default route.Page
