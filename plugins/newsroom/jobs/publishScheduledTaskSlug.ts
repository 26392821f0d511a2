export const PUBLISH_SCHEDULED_TASK = 'newsroomPublishScheduled'
