import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// The engine we pin in package.json (axe-core), injected as is, so the suite runs the same rules as
// the current axe browser extensions whatever engine the wrapper was built against.
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const axeEngineVersion: string = JSON.parse(fs.readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

// Every WCAG 2.0–2.2 A/AA rule, axe's best practices, and its experimental rules, as a reader's
// audit tool with "experimental" switched on runs them. A tag list (rather than axe's defaults) is
// what turns on rules that are off by default, such as WCAG 2.2's target-size; deprecated rules stay off.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice', 'experimental'];

/** Runs axe on the page as it is now; `testEngine.version` says which engine ran. */
export function analyzePage(page: Page) {
  return new AxeBuilder({ page, axeSource }).withTags(AXE_TAGS).analyze();
}

/** Serious and critical axe violations on the page, one line each (empty when there are none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await analyzePage(page);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`).join(', ')}`,
    );
}
