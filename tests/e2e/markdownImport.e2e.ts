import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { renderMarkdownExport } from '../../shared';
import { decisionPlan, goodDay } from '../fixtures/entries';
import { expect, test } from './fixtures';
import { openView } from './views';

/**
 * Markdown import in the browser build: a zip is unpacked and its days parsed
 * in the import worker, away from the page, and what one import may hold is
 * capped before anything is inflated or parsed.
 */

let folder: string;
const files: Record<string, string> = {};

/** A zip whose directory claims each file unpacks to `claimed` bytes, as a zip bomb's does. */
function claimingZip(count: number, claimed: number): Uint8Array {
  const zip = zipSync(Object.fromEntries(Array.from({ length: count }, (_, i) => [`${i}.md`, strToU8('x')])));
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at < zip.length - 4; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, claimed, true);
  }
  return zip;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forkcast-e2e-import-'));
  const days = Array.from({ length: 40 }, (_, i) => goodDay(`2024-01-${String((i % 28) + 1).padStart(2, '0')}`)).filter(
    (day, index, all) => all.findIndex((other) => other.date === day.date) === index,
  );
  const review = {
    week: '2024-W02',
    question: 'week-layer',
    answer: 'Kumquat: the data model, not the team.',
    createdAt: '2024-01-14T18:00:00.000Z',
    updatedAt: '2024-01-14T18:00:00.000Z',
    revision: 1,
  };
  const exported = renderMarkdownExport({
    entries: days,
    customActivities: [],
    range: null,
    reviews: [review],
    decision: decisionPlan,
  });
  const journal = Object.fromEntries(exported.map((file) => [`journal/${file.path}`, strToU8(file.text)]));
  const hugeFront = `---\n${Array.from({ length: 64_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n---\n`;
  journal['journal/2024/2024-02-01.md'] = strToU8(hugeFront);
  const write = async (name: string, bytes: Uint8Array) => {
    files[name] = path.join(folder, name);
    await writeFile(files[name] as string, bytes);
  };
  await write('journal.zip', zipSync(journal));
  await write('bomb.zip', claimingZip(103, 10 * 1024 * 1024 - 1));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function importFile(page: Page, file: string): Promise<void> {
  await openView(page, 'Settings');
  await page.getByRole('button', { name: 'Import markdown…', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'A zip or .md files', exact: true }).click();
  await (await chooser).setFiles(file);
}

test('a zip is read in the import worker: days, a weekly review and the decision plan previewed, a huge front matter refused with its reason', async ({
  openApp,
}) => {
  const { page } = await openApp();
  const worker = page.waitForEvent('worker', { predicate: (started) => started.url().includes('import.worker') });
  await importFile(page, files['journal.zip'] as string);
  await worker;
  const preview = page.getByRole('region', { name: 'Before importing' });
  // The whole preview appears at once; wait for it with the action timeout, not expect.poll's one
  // second, since the worker reads 900 KB of front matter first.
  const importButton = preview.getByRole('button', {
    name: 'Import 28 days, 1 weekly review and the decision plan',
    exact: true,
  });
  await importButton.waitFor();
  expect(await preview.getByRole('listitem').first().textContent()).toBe('28 new days');
  const previewText = await preview.textContent();
  expect(previewText).toContain(
    'journal/2024/2024-02-01.md has a front matter of 873,779 characters, more than the 65,536 Forkcast reads',
  );
  expect(previewText).toContain('1 weekly review: 1 new, 0 edited in the files since the export');
  // decision.md's front matter is read in the worker too, and checked on the page.
  expect(previewText).toMatch(/The decision plan in the files \(conversation on [^)]+\) is added/);
  await importButton.click();
  await page
    .getByRole('status')
    .filter({
      hasText:
        /^Imported 28 days\. The decision plan was imported\. Imported 1 weekly review\. 1 file with problems was skipped\.$/,
    })
    .waitFor();
  await openView(page, 'Reviews');
  await page
    .getByRole('region', { name: 'Weekly reviews' })
    .getByRole('button')
    .filter({ hasText: 'Kumquat: the data model, not the team.' })
    .waitFor();
});

test('a small zip that would unpack to a gigabyte is refused before it is inflated, and the page stays usable', async ({
  openApp,
}) => {
  const { page } = await openApp();
  await importFile(page, files['bomb.zip'] as string);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toBe(
    'That zip would unpack to 1,030 MB of markdown, more than the 256 MB Forkcast imports at once. Nothing was imported.',
  );
  await openView(page, 'Today');
});
