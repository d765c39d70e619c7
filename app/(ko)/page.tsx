import { homeRoute } from '@/components/routes/home-route'

const route = homeRoute('ko')
export const metadata = route.metadata
export default route.Page
