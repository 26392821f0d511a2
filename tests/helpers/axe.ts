import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)

/** axe-core's WCAG 2.1 A/AA rules on the open page: the serious and critical violations. */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: unknown,
          options: unknown,
        ) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }>
      }
    }
    // next dev's own overlay button is not the portal.
    const result = await axe.run(
      { exclude: [['nextjs-portal']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    )
    return result.violations
  })
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)
}
