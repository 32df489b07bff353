import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createBackup, renderMarkdownExport } from '../../shared';
import { badDay, goodDay } from '../fixtures/entries';
import { expect, test, type App } from './fixtures';
import { GOOD_DAY, writeDay } from './journal';
import { openView, viewNames } from './views';

/**
 * Nothing leaves the machine, in any view or data flow. history.e2e.ts
 * tours Today, History and Settings; this visits every view the navigation
 * offers (Trends and Brief included) and runs every way data goes out or
 * comes in: markdown export and import, backup and restore, the brief's
 * export. In browser mode the files really move (downloads, the browser's
 * file chooser); with the desktop preload stood in, the dialogs are closed.
 * The fixture blocks and reports any request to another origin; the end of
 * each test also checks the recorded requests itself.
 */

let folder: string;
let backupFile: string;
let dayFile: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forkcast-offline-'));
  backupFile = path.join(folder, 'forkcast-backup.json');
  const journal = [goodDay('2024-03-04'), badDay('2024-03-05')];
  await writeFile(
    backupFile,
    createBackup(
      { entries: journal, customActivities: [], settings: [], reviews: [] },
      new Date('2024-03-06T00:00:00Z'),
    ),
  );
  const day = renderMarkdownExport({ entries: [goodDay('2024-02-01')], customActivities: [], range: null }).find(
    (file) => file.path.endsWith('2024-02-01.md'),
  );
  if (!day) throw new Error('the export has no file for the day');
  dayFile = path.join(folder, '2024-02-01.md');
  await writeFile(dayFile, day.text);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

async function click(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

/** Visits every view in the navigation bar, each settled. */
async function visitEveryView(page: Page): Promise<string[]> {
  const views = await viewNames(page);
  for (const view of views) await openView(page, view);
  return views;
}

/** Markdown export, backup, import and restore in the browser: downloads and picked files. */
async function browserFlows(page: Page): Promise<void> {
  await openView(page, 'Settings');
  const exported = page.waitForEvent('download');
  await click(page, 'Export as markdown…');
  expect((await exported).suggestedFilename()).toMatch(/^forkcast-markdown-.*\.zip$/);

  const backedUp = page.waitForEvent('download');
  await click(page, 'Save a backup…');
  expect((await backedUp).suggestedFilename()).toMatch(/\.json$/);
  await status(page, /^Saved a backup of 1 day/);

  await click(page, 'Import markdown…');
  const mdChooser = page.waitForEvent('filechooser');
  await click(page, 'A zip or .md files');
  await (await mdChooser).setFiles(dayFile);
  await click(page, 'Import 1 day');
  await status(page, /^Imported 1 day/);

  const backupChooser = page.waitForEvent('filechooser');
  await click(page, 'Restore from a backup…');
  await (await backupChooser).setFiles(backupFile);
  await click(page, 'Replace my journal with this backup');
  await status(page, 'Restored 2 days from the backup.');
}

/** The same actions with the desktop preload stood in: each dialog is closed, so nothing is written. */
async function desktopFlows(page: Page): Promise<void> {
  await openView(page, 'Settings');
  const actions = ['Export as markdown…', 'Save a backup…', 'Import markdown…', 'Restore from a backup…'];
  for (const action of actions) await click(page, action);
  // Every action reached the stand-in main process and was answered...
  const closed = () => page.evaluate(() => [...(Reflect.get(window, 'e2eDialogsClosed') as string[])].sort());
  await page.waitForFunction(() => (Reflect.get(window, 'e2eDialogsClosed') as string[]).length === 4);
  expect(await closed()).toEqual(['exportMarkdown', 'importMarkdown', 'openBackup', 'saveBackup']);
  // ...and has settled: its button is usable again, and a closed dialog is no error.
  for (const action of actions) await page.getByRole('button', { name: action, exact: true }).click({ trial: true });
  expect(await page.getByRole('alert').count()).toBe(0);
}

/** The brief's own export, where the app has a brief. */
async function briefExport(page: Page, views: readonly string[]): Promise<void> {
  if (!views.includes('Brief')) return;
  await openView(page, 'Brief');
  // A click waits for the button to be enabled, once the brief has been drawn.
  await page.getByRole('button', { name: 'Save as markdown', exact: true }).click();
}

function expectOnlyOwnOrigin(app: App): void {
  expect(app.requests).toContain(`${app.origin}/`);
  expect(app.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== app.origin)).toEqual([]);
  expect(app.takeProblems()).toEqual([]);
}

test('browser mode: every view, and every way data goes out and comes back, stays on this machine', async ({
  openApp,
}) => {
  const app = await openApp();
  await writeDay(app.page, GOOD_DAY);
  const views = await visitEveryView(app.page);
  expect(views).toEqual(expect.arrayContaining(['Today', 'History', 'Settings']));
  await browserFlows(app.page);
  await briefExport(app.page, views);
  await visitEveryView(app.page);
  expectOnlyOwnOrigin(app);
});

test('desktop mode (preload stood in): every view and every data action stays on this machine', async ({ openApp }) => {
  const app = await openApp({ electronBridge: true });
  await writeDay(app.page, GOOD_DAY);
  const views = await visitEveryView(app.page);
  await desktopFlows(app.page);
  await briefExport(app.page, views);
  await openView(app.page, 'Settings');
  await app.page.getByRole('region', { name: 'About' }).getByText('(desktop app)').waitFor();
  expectOnlyOwnOrigin(app);
});
