'use client'

export const RoyaltyNavLink = () => null
