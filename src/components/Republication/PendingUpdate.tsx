'use client'

export const PendingUpdate = () => null
