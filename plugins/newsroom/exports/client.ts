export { HiddenButton } from '../components/HiddenButton'
export { MyQueue } from '../components/MyQueue'
export { StageBadgeCell } from '../components/StageBadge'
export { WorkflowPanel } from '../components/WorkflowPanel'
