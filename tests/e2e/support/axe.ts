// axe-core, the accessibility engine, run inside the page a story has reached, in light and in
// dark. Every rule axe runs by default is kept (WCAG 2 A/AA and its best practices): a failure
// names the rule, the elements and what axe says would fix them, and the fix belongs in the
// page (colours, landmarks, names), not in a list of rules switched off.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOT_DIR, screenshot } from './chromium';

function axeSource(): string {
  try {
    return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  } catch (err) {
    // A worktree whose node_modules predates the pin: say the fix, not just "cannot find".
    throw new Error('axe-core is not installed (package.json pins it): run npm ci', {
      cause: err,
    });
  }
}
const AXE_SOURCE = axeSource();
export const AXE_REPORT_DIR = join(SCREENSHOT_DIR, '..', 'axe');

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** Each failing element: its selector and axe's summary of what to fix. */
  nodes: string[];
}

/** axe's violations on `page` as it shows now (one colour scheme, the one emulated). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated over the debugging protocol, not added as a <script>: the pages' CSP refuses
  // inline scripts (as it should), and the refusal would itself be a reported CSP violation.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }));
  });
}

const isDark = (page: Page) =>
  page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);

/**
 * Fails the test (after it has run on) unless axe finds nothing on `page` in light and in dark. Screenshots of both go to
 * tests/artifacts/screenshots/a11y-<state>-light.png and -dark.png, the findings (empty when
 * clean) to tests/artifacts/axe/<state>.json; the page is left in the scheme it was in.
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const wasDark = await isDark(page);
  const found: Record<string, AxeFinding[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, `a11y-${state}-${colorScheme}`);
    found[colorScheme] = await axeViolations(page);
  }
  await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
  mkdirSync(AXE_REPORT_DIR, { recursive: true });
  writeFileSync(join(AXE_REPORT_DIR, `${state}.json`), JSON.stringify(found, null, 2));
  const lines = Object.entries(found).flatMap(([scheme, findings]) =>
    findings.map((f) => `${scheme}: ${f.rule} (${f.impact}) ${f.help}\n  ${f.nodes.join('\n  ')}`),
  );
  // Soft: a story goes on to its other states, so one run lists everything axe finds.
  expect.soft(lines, `axe on ${state}`).toEqual([]);
}
