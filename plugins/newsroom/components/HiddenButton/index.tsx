'use client'

/** Takes the place of Payload's Publish and Unpublish buttons: publishing is a transition. */
export const HiddenButton = () => null
