export { RoyaltyReportView } from '../components/RoyaltyReport'
