import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { CustomActivity } from '../../shared';
import { goodDay } from '../fixtures/entries';
import { expect, test } from './fixtures';
import { seedEntries, storedEntries } from './seed';
import { openView } from './views';

/**
 * Import from other journal apps in the browser build: the pick is read in
 * the source-import worker, the preview's mapping changes what is written,
 * and bad picks are refused with a clear message, nothing written.
 */

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'import');
let folder: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forkcast-e2e-sources-'));
  const journal = await readFile(path.join(FIXTURES, 'dayone', 'Journal.json'));
  files['dayone.zip'] = path.join(folder, 'dayone.zip');
  await writeFile(files['dayone.zip'], zipSync({ 'Journal.json': journal, 'photos/a.jpeg': new Uint8Array([1, 2]) }));
  files['huge.json'] = path.join(folder, 'huge.json');
  await writeFile(files['huge.json'], '');
  await truncate(files['huge.json'], 100 * 1024 * 1024);
  files['cut.json'] = path.join(folder, 'cut.json');
  await writeFile(files['cut.json'], journal.subarray(0, 400));
  // Large enough that reading it takes a while, so Cancel lands while the worker is busy.
  const text = 'A long day of design reviews and one-on-ones. '.repeat(20);
  const entries = Array.from({ length: 40_000 }, (_, index) => ({
    creationDate: new Date(Date.UTC(1950, 0, 1) + index * 86_400_000).toISOString(),
    timeZone: 'Europe/Berlin',
    text,
  }));
  files['large.json'] = path.join(folder, 'large.json');
  await writeFile(files['large.json'], JSON.stringify({ metadata: { version: '1.0' }, entries }));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function importFile(page: Page, file: string): Promise<void> {
  await openView(page, 'Settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose an export file…', exact: true }).click();
  await (await chooser).setFiles(file);
}

function storedActivities(page: Page): Promise<CustomActivity[]> {
  return page.evaluate(
    () =>
      new Promise<CustomActivity[]>((resolve, reject) => {
        const request = indexedDB.open('forkcast');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('customActivities').objectStore('customActivities').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as CustomActivity[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('a Daylio export: moods and activities mapped in the preview, days written with no feel invented', async ({
  openApp,
}) => {
  const { page } = await openApp();
  const worker = page.waitForEvent('worker', { predicate: (started) => started.url().includes('import.worker') });
  await importFile(page, path.join(FIXTURES, 'daylio', 'daylio_export.csv'));
  await worker;
  const preview = page.getByRole('region', { name: 'Before importing' });
  await expect.poll(() => preview.getByRole('listitem').first().textContent()).toBe('2 new days');
  expect(await preview.textContent()).toContain('daylio_export.csv, row 6 has “2024-13-01” as its full_date');

  const moods = page.getByRole('group', { name: 'Moods become day kinds' });
  expect(await moods.getByRole('combobox', { name: 'focused' }).inputValue()).toBe('');
  expect(await moods.getByRole('combobox', { name: 'awful' }).inputValue()).toBe('bad');
  await moods.getByRole('combobox', { name: 'awful' }).selectOption('');
  const activities = page.getByRole('group', { name: 'Activities become your own activities' });
  await activities.getByRole('combobox', { name: 'design review' }).selectOption('architecture');
  await activities.getByRole('combobox', { name: '1:1s' }).selectOption('management');

  await preview.getByRole('button', { name: 'Import 2 days', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Imported 2 new days\. 5 activities added\./ })
    .waitFor();
  const stored = await storedEntries(page);
  expect(stored['2024-04-02']?.dayKind).toBe('good');
  expect(stored['2024-04-01']?.dayKind).toBe('mixed');
  expect(stored['2024-04-02']?.notes).toBe(
    '**08:05**\n\n**21:10 · Shipped**\n\nArchitecture review went well.\nTeam agreed on the event log.',
  );
  expect(stored['2024-04-02']?.activities.every((activity) => activity.feel === null)).toBe(true);
  const leans = Object.fromEntries((await storedActivities(page)).map((activity) => [activity.label, activity.lean]));
  expect(leans).toEqual({
    'design review': 'architecture',
    pairing: 'neutral',
    'on-call': 'neutral',
    '1:1s': 'management',
    hiring: 'neutral',
  });
});

test('a Day One zip: a day already in the journal gains the import only when the user takes it', async ({
  openApp,
}) => {
  const { page, reload } = await openApp();
  await seedEntries(page, [goodDay('2024-03-05', { notes: 'Written in Forkcast.' })]);
  await reload();
  await importFile(page, files['dayone.zip'] as string);
  const preview = page.getByRole('region', { name: 'Before importing' });
  await expect.poll(() => preview.getByRole('listitem').first().textContent()).toBe('1 new day');
  expect(await preview.textContent()).toContain('1 photo or media link was left out');
  await preview.getByRole('radio', { name: 'Add theirs' }).check();
  await preview.getByRole('button', { name: 'Import 2 days', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Imported 1 new day, and added to 1 day already/ })
    .waitFor();
  const stored = await storedEntries(page);
  expect(stored['2024-03-05']?.notes).toBe(
    'Written in Forkcast.\n\n**09:15**\n\nMorning: skip-level one-on-ones all day.\n\n**17:45**\n\nAfternoon: a hard conversation about promotion timing.',
  );
  expect(stored['2024-03-05']?.dayKind).toBe('good');
  expect(stored['2024-03-04']?.tags).toEqual(['work', 'architecture-review', 'starred']);
});

test('a 100 MB file and a truncated JSON are refused with a clear message, nothing written', async ({ openApp }) => {
  const { page } = await openApp();
  await importFile(page, files['huge.json'] as string);
  const alert = page.getByRole('alert');
  await expect
    .poll(() => alert.textContent())
    .toBe('huge.json is 100 MB, more than the 64 MB Forkcast reads from one export. Nothing was imported.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose an export file…', exact: true }).click();
  await (await chooser).setFiles(files['cut.json'] as string);
  const preview = page.getByRole('region', { name: 'Before importing' });
  await expect.poll(() => preview.textContent()).toMatch(/cut\.json is not whole JSON .*it may be cut short\./);
  expect(await preview.getByRole('button', { name: 'Nothing to import', exact: true }).isDisabled()).toBe(true);
  expect(await storedEntries(page)).toEqual({});
});

test('Cancel stops the worker reading a large export, and nothing is written', async ({ openApp }) => {
  const { page } = await openApp();
  const started = page.waitForEvent('worker', { predicate: (worker) => worker.url().includes('import.worker') });
  await importFile(page, files['large.json'] as string);
  const worker = await started;
  const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await closed;
  await page.getByRole('button', { name: 'Choose an export file…', exact: true }).waitFor();
  expect(await page.getByRole('region', { name: 'Before importing' }).count()).toBe(0);
  expect(await storedEntries(page)).toEqual({});
});
