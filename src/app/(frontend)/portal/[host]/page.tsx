import { HomePage } from '@/portal/pages/HomePage'

/** The Vietnamese portal's home page (src/portal/pages/HomePage). */
const HomeRoute = () => <HomePage language="vi" />

export default HomeRoute
