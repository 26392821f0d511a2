export { withGraphqlReadCache } from '../routes/withGraphqlReadCache'
export { withRestReadCache } from '../routes/withRestReadCache'
