import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { lookBackDate, shiftDate } from '../../shared';
import { badDay, goodDay } from '../fixtures/entries';
import { expect, test } from './fixtures';
import { appToday } from './journal';
import { lockedNotice, PASSPHRASE, setPassphrase, unlock, unlockForm } from './lockSteps';
import { seedEntries } from './seed';
import { openView } from './views';

/**
 * axe-core, from its npm package, run in real Chromium on every view of the
 * app in light and in dark: no serious or critical violation anywhere. It is
 * evaluated through the DevTools protocol, which the page's CSP does not
 * govern, so the app runs under its own policy while it is checked.
 */

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    // Experimental rules too: label-content-name-mismatch (a control's name must hold its visible text) is one.
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'],
      },
    });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`)
          .join('\n    ')}`,
    );
}

/**
 * A journal with a few weeks in it, so every view has something to show:
 * two days of the past week left unwritten and days a month and a year ago,
 * so Today shows its missed days and looking-back cards too.
 */
function journal(today: string) {
  const weeks = Array.from({ length: 24 }, (_, i) => i).filter((i) => i !== 2 && i !== 3);
  return [goodDay(lookBackDate(today, 1)), badDay(lookBackDate(today, 12))].concat(
    weeks.map((i) => {
      const date = shiftDate(today, -i - 1);
      return i % 3 === 0
        ? badDay(date)
        : goodDay(date, {
            activities: [
              { id: 'design-doc', feel: 2 },
              { id: 'one-on-ones', feel: null },
            ],
          });
    }),
  );
}

async function check(page: Page, where: string, found: string[][]): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) found.push([`${where}:`, ...violations]);
}

describe.each(['light', 'dark'] as const)('in %s', (scheme) => {
  test('every view has no serious or critical axe violation', async ({ openApp }) => {
    const app = await openApp({ welcome: true });
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[][] = [];

    await page.getByRole('dialog', { name: 'Welcome to Forkcast' }).waitFor();
    await check(page, 'the welcome', found);
    await page.getByRole('button', { name: 'Start writing' }).click();

    const today = await appToday(page);
    await seedEntries(page, journal(today));
    await app.reload();
    await page.getByRole('row', { name: 'Design doc' }).waitFor();
    await page.getByRole('region', { name: 'Looking back' }).getByRole('button').nth(1).waitFor();
    await page.getByRole('region', { name: 'Days not written yet' }).waitFor();
    await check(page, 'Today, empty', found);
    await page.keyboard.press('g');
    await page.keyboard.press('4');
    await page.getByRole('row', { name: 'Design doc' }).getByRole('button', { name: 'Energised' }).click();
    await page.getByRole('row', { name: '1:1s' }).getByRole('button', { name: '1:1s' }).click();
    await page.getByRole('radio', { name: 'Mixed day' }).focus();
    await check(page, 'Today, written', found);
    await page.getByRole('combobox', { name: /^Add an activity/ }).fill('hir');
    await check(page, 'Today, adding an activity', found);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete this day…' }).click();
    await check(page, 'Today, asking to delete', found);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await openView(page, 'History');
    await page.locator('button[aria-busy="false"]').first().waitFor();
    await check(page, 'History', found);
    await page.getByRole('searchbox', { name: 'Search entries' }).fill('design');
    await page
      .getByRole('list', { name: 'Search results, newest first' })
      .locator('button[aria-busy="false"]')
      .first()
      .waitFor();
    await check(page, 'History, searching', found);

    for (const view of ['Trends', 'Brief', 'Settings', 'Help']) {
      await openView(page, view);
      await check(page, view, found);
    }
    // The method page has no tab of its own: Help links to it.
    await page.getByRole('link', { name: 'How Forkcast reads your days' }).click();
    await page.getByRole('heading', { level: 1, name: 'How Forkcast reads your journal' }).waitFor();
    await check(page, 'How Forkcast reads your journal', found);
    expect(found.flat().join('\n')).toBe('');
  });

  test('the lock’s screens have no serious or critical axe violation', async ({ openApp }) => {
    const app = await openApp();
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[][] = [];
    await seedEntries(page, journal(await appToday(page)));
    await app.reload();

    await setPassphrase(page, {
      onForm: () => check(page, 'Settings, setting a passphrase', found),
      onRecoveryKey: () => check(page, 'Settings, the recovery key', found),
    });
    await lockedNotice(page).waitFor();
    await check(page, 'Settings, locked', found);

    await app.reload();
    await unlockForm(page).waitFor();
    await check(page, 'the unlock screen', found);
    await unlock(page, 'not the passphrase');
    await page.getByRole('alert').filter({ hasText: 'That passphrase does not open this journal.' }).waitFor();
    await check(page, 'the unlock screen, after a wrong passphrase', found);
    await unlock(page, PASSPHRASE);
    await openView(page, 'Settings');
    await page.locator('summary').filter({ hasText: 'Change passphrase' }).click();
    await check(page, 'Settings, the lock’s options', found);
    expect(found.flat().join('\n')).toBe('');
  });
});
