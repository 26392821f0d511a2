'use client'

export const WorkflowPanel = () => null
