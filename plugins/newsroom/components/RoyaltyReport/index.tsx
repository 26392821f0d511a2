export const RoyaltyReportView = () => null
