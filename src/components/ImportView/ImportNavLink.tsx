'use client'

export const ImportNavLink = () => null
