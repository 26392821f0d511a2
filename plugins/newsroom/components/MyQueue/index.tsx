'use client'

export const MyQueue = () => null
