import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { expectSaved, notesBox, waitForValue } from './journal';
import { openView, viewNames } from './views';

/**
 * Entry text can never run as code. A day is written with markup in every
 * free-text field a user fills (a prompt answer, the best moment, the notes,
 * and tags, within what a tag may hold), then shown in every view. Each
 * payload would set `window.xssFired` (or `xssfired`: tags are lower-cased)
 * if it ran; it must instead be shown as the characters typed, with no
 * element made from it. The CSP would also stop inline handlers, so the DOM
 * checks, not only the flag, are the proof that React escaped the text.
 */

const ANSWER = '<img src=x onerror="window.xssFired=1"> answered <script>window.xssFired=1</script>';
const HIGHLIGHT = '<img src=x onerror=window.xssFired=1> best moment';
const NOTES = 'Notes <script>window.xssFired=1</script> and <svg onload=window.xssFired=1> and <iframe srcdoc="x">';
const TAGS = ['<script>xssfired=1</script>', '<img/src=x/onerror=xssfired=1>'];

async function expectInert(page: Page, where: string): Promise<void> {
  const dom = await page.evaluate(() => ({
    fired: Reflect.get(window, 'xssFired') ?? Reflect.get(window, 'xssfired') ?? null,
    injected: document.querySelectorAll('img[src="x"], svg[onload], iframe, [onerror], [onload], [onclick]').length,
    inlineScripts: [...document.scripts].filter((script) => !script.src).length,
  }));
  expect(dom, where).toEqual({ fired: null, injected: 0, inlineScripts: 0 });
}

async function writeHostileDay(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Good day', exact: true }).check();
  await page.getByRole('region', { name: 'Reflect' }).getByRole('textbox').first().fill(ANSWER);
  await page.getByLabel('What happened?').fill(HIGHLIGHT);
  await notesBox(page).fill(NOTES);
  const tagInput = page.getByRole('textbox', { name: 'Add tag' });
  for (const tag of TAGS) {
    await tagInput.fill(tag);
    await tagInput.press('Enter');
  }
  await expectSaved(page);
}

test('markup in an entry is shown as text in every view and never runs', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  await writeHostileDay(page);

  // Today: the fields hold the text as typed; the tag chips show it as text.
  await app.reload();
  await waitForValue(notesBox(page), NOTES);
  expect(await page.getByLabel('What happened?').inputValue()).toBe(HIGHLIGHT);
  const tags = page.getByRole('list', { name: 'Tags' }).getByRole('listitem');
  expect((await tags.allTextContents()).map((text) => text.replace(/×$/, ''))).toEqual(TAGS.map((tag) => `#${tag}`));
  await expectInert(page, 'Today');

  // History: the list row previews the answer's first line as text.
  await openView(page, 'History');
  await page.getByText(ANSWER, { exact: false }).first().waitFor();
  await expectInert(page, 'History list');

  // Search results highlight the match inside the markup, still as text.
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('onerror');
  await page.getByRole('status').filter({ hasText: '1 entry matches “onerror”' }).waitFor();
  const result = page.getByRole('list', { name: 'Search results, newest first' }).getByRole('listitem').first();
  expect(await result.locator('mark').first().textContent()).toBe('onerror');
  expect(await result.textContent()).toContain('<img src=x onerror=');
  await expectInert(page, 'History search');

  // Every other view the app has (Trends and Brief quote entries), then Settings.
  for (const view of (await viewNames(page)).filter((name) => !['Today', 'History'].includes(name))) {
    await openView(page, view);
    await expectInert(page, view);
  }
});
