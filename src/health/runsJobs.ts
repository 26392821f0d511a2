/**
 * Whether this process runs the jobs queue (scheduled publishing). Every instance does unless told
 * otherwise: with several instances, all but one set TOASOAN_RUN_JOBS=off, so that one place
 * publishes at the publish time.
 */
export const runsJobs = (): boolean => process.env.TOASOAN_RUN_JOBS !== 'off'
