import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on the page as it is now (or only on `include`, where the rest of the page is a table
 * of thousands of rows that axe would take minutes over); fails on any serious or critical
 * violation, listing them.
 */
export async function expectAccessible(page: Page, what: string, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const report = blocking
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes
          .map(
            (n) =>
              `    ${n.target.join(' ')}\n      ${n.failureSummary?.replaceAll('\n', '\n      ')}`,
          )
          .join('\n')}`,
    )
    .join('\n');
  if (report) console.log(`axe violations on ${what}:\n${report}`);
  expect(
    blocking.map((v) => v.id),
    `axe on ${what}:\n${report}`,
  ).toEqual([]);
}
