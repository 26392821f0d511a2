'use client'

export const StageBadgeCell = ({ cellData }: { cellData?: unknown }) => <span>{String(cellData ?? '')}</span>
