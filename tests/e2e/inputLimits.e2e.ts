import type { Page } from 'playwright-core';
import { LIMITS } from '../../shared';
import { expect, test } from './fixtures';
import { appToday, datePicker, expectSaved, expectShowsDay, notesBox, waitForValue } from './journal';
import { storedNotes } from './storageFaults';
import { testTimeFor, timeFor } from './timing';

/**
 * Input at and past the limits, typed or pasted as a user would: each is
 * either kept exactly or refused with a message naming the problem, and the
 * stored day is never half-written or corrupted.
 */

const alertWith = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

/** A note exactly at the limit, and the steps of the test below that move all of it. */
const AT_LIMIT = 'journal '.repeat(LIMITS.notesChars / 8);
const LARGE_STEPS = 6;

test(
  'a 1 MB note is kept whole; one character more is refused with the limit named, and nothing is stored',
  { timeout: testTimeFor(AT_LIMIT.length, LARGE_STEPS) },
  async ({ openApp }) => {
    const app = await openApp();
    const { page } = app;
    const today = await appToday(page);
    const timeout = timeFor(AT_LIMIT.length);
    expect(AT_LIMIT.length).toBe(LIMITS.notesChars);

    await notesBox(page).fill(`${AT_LIMIT}!`, { timeout });
    await alertWith(page, 'Not saved.')
      .filter({ hasText: 'notes is longer than 1,000,000 characters' })
      .waitFor({ timeout });
    expect((await notesBox(page).inputValue({ timeout })).length).toBe(LIMITS.notesChars + 1);
    expect((await storedNotes(page))[today]).toBeUndefined();

    await notesBox(page).fill(AT_LIMIT, { timeout });
    await expectSaved(page, timeout);
    await app.reload();
    await waitForValue(notesBox(page), AT_LIMIT, timeout);
    expect((await storedNotes(page))[today]).toBe(AT_LIMIT);
  },
);

test('10,000 pasted tags are refused with the limit named; emoji, right-to-left text and control characters are safe', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const tagInput = page.getByRole('textbox', { name: 'Add tag' });
  const tags = page.getByRole('list', { name: 'Tags' }).getByRole('listitem');

  await tagInput.fill(Array.from({ length: 10_000 }, (_, i) => `tag${i}`).join(', '));
  await tagInput.press('Enter');
  await alertWith(page, `A day can hold at most ${LIMITS.tagsPerEntry} tags.`).waitFor();
  expect(await tags.count()).toBe(0);

  const mixed = 'Shipped it 🚀👩🏽‍💻 — שלום עולם — مرحبا بالعالم — 日本語';
  await tagInput.fill('🚀, שלום');
  await tagInput.press('Enter');
  // Control characters (NUL, BEL, ESC, DEL) would corrupt an export: they are dropped as typed.
  await notesBox(page).fill(`${mixed}\u0000\u0007\u001b\u007f\nsecond line\ttabbed`);
  await expectSaved(page);
  const kept = `${mixed}\nsecond line\ttabbed`;
  expect(await notesBox(page).inputValue()).toBe(kept);

  await app.reload();
  await waitForValue(notesBox(page), kept);
  expect((await storedNotes(page))[today]).toBe(kept);
  expect(await tags.allTextContents()).toEqual(['#🚀×', '#שלום×']);
});

test('dates typed in the picker: 1900-01-01 can be written, earlier and 9999-12-31 are refused with a reason', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);

  await datePicker(page).fill('9999-12-31');
  await alertWith(page, 'Future days cannot be written yet.').waitFor();
  await expectShowsDay(page, today);

  await datePicker(page).fill('1899-12-31');
  await alertWith(page, 'Dates before 1900-01-01 cannot be written.').waitFor();
  await expectShowsDay(page, today);

  await datePicker(page).fill('1900-01-01');
  await expectShowsDay(page, '1900-01-01');
  await notesBox(page).fill('The earliest day the journal holds.');
  await expectSaved(page);
  expect((await storedNotes(page))['1900-01-01']).toBe('The earliest day the journal holds.');
  expect(Object.keys(await storedNotes(page))).toEqual(['1900-01-01']);
});
