import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatDate, type LocalDate } from '../../shared';
import { CHROMIUM_CONTEXT_OPTIONS } from '../../scripts/headlessRenderer.mjs';
import { ACTION_TIMEOUT_MS, timeFor } from './timing';

/**
 * What a user does on the Today view, in the words they see: every locator
 * goes by role and accessible name, so a test breaks when a label a user (or
 * a screen reader) relies on breaks.
 */

type DayKindLabel = 'Good day' | 'Mixed day' | 'Bad day';
type Feel = -2 | -1 | 0 | 1 | 2;

export interface DayInput {
  kind: DayKindLabel;
  energy: 1 | 2 | 3 | 4 | 5;
  /** Answer to the first prompt shown for the day. */
  answer: string;
  /** A catalog activity, by its label, and how it felt. */
  activity: { label: string; feel: Feel };
  notes: string;
  tag: string;
}

/** A day as written: the input, plus the prompt the answer went to (prompts depend on date and day kind). */
export interface WrittenDay extends DayInput {
  prompt: string;
}

/** The locale the test browser runs in; the app writes dates in it. */
export const BROWSER_LOCALE = CHROMIUM_CONTEXT_OPTIONS.locale;

/** "Tuesday 25 November 2025", as the Today heading shows a date. */
const headingDate = (date: LocalDate) => formatDate(date, 'weekdayDate', BROWSER_LOCALE);

const dateHeading = (page: Page) => page.getByRole('heading', { level: 1 });
const firstPrompt = (page: Page) => page.getByRole('region', { name: 'Reflect' }).getByRole('textbox').first();
const energy = (page: Page, value: number) =>
  page.getByRole('radiogroup', { name: /^Energy/ }).getByRole('radio', { name: String(value), exact: true });

/** The chips' labels, worst to best, as the activity grid shows them. */
export const FEEL_LABELS: Record<Feel, string> = {
  [-2]: 'Drained',
  [-1]: 'Tiring',
  0: 'Neutral',
  1: 'Good',
  2: 'Energised',
};

/** An activity's row in the day's activity grid. */
export const activityRow = (page: Page, label: string) =>
  page.getByRole('grid', { name: 'Activities and how each felt' }).getByRole('row', { name: label, exact: true });

/** The feel chip of an activity's row. */
export const feelChip = (page: Page, label: string, feel: Feel) =>
  activityRow(page, label).getByRole('button', { name: FEEL_LABELS[feel], exact: true });

/** Adds an activity through the search (Ctrl+K), as a user does for one not offered on the day. */
export async function addActivity(page: Page, label: string): Promise<void> {
  const search = page.getByRole('combobox', { name: /^Add an activity/ });
  await search.fill(label);
  await page
    .getByRole('option', { name: new RegExp(`^${label}`) })
    .first()
    .waitFor();
  await search.press('Enter');
  await activityRow(page, label).waitFor();
}

/** Says how an activity felt with one click on its chip, adding it through the search first if the day does not offer it. */
export async function rateActivity(page: Page, label: string, feel: Feel): Promise<void> {
  if ((await activityRow(page, label).count()) === 0) await addActivity(page, label);
  await feelChip(page, label, feel).click();
}
export const notesBox = (page: Page) => page.getByRole('textbox', { name: 'Notes', exact: true });
export const datePicker = (page: Page) => page.getByLabel('Go to date');

/** Today's date as the app sees it: the date picker starts on it (the browser's clock, not Node's). */
export async function appToday(page: Page): Promise<LocalDate> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Today' }).click();
  return datePicker(page).inputValue();
}

/**
 * @deprecated Poll budget for `expect.poll`, kept only so tests written
 * against it still compile; wait for a state instead (a locator's `waitFor`,
 * `filter({ hasText })`, `getByRole(..., { checked: true })`, `waitForValue`).
 */
export const eventually = { timeout: ACTION_TIMEOUT_MS };

/** Waits until the Today view's heading shows `date`. */
export async function expectShowsDay(page: Page, date: LocalDate): Promise<void> {
  await dateHeading(page)
    .filter({ hasText: headingDate(date) })
    .waitFor();
}

/** Waits for the visible saved state that follows the last change; a large change may take `timeout` to save. */
export async function expectSaved(page: Page, timeout = ACTION_TIMEOUT_MS): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^✓ Saved at \d{2}:\d{2}:\d{2}$/ })
    .waitFor({ timeout });
}

/**
 * Waits until a text field holds `expected`, for as long as text of that
 * size may take to arrive. Locators wait for elements, not for values, so
 * the page itself checks the element's value until it matches: another
 * window's save arriving, a reloaded day being rendered. The value is sent to
 * the page once and compared there, so a megabyte never crosses the protocol
 * per check.
 */
export async function waitForValue(
  field: Locator,
  expected: string,
  timeout = timeFor(expected.length),
): Promise<void> {
  const element = await field.elementHandle({ timeout });
  try {
    await field
      .page()
      .waitForFunction(([box, value]) => (box as HTMLTextAreaElement).value === value, [element, expected] as const, {
        timeout,
        polling: 50,
      });
  } catch (error) {
    const actual = await field.inputValue().catch(() => '(gone)');
    const show = (text: string) => `${text.length} characters: "${text.slice(0, 60)}${text.length > 60 ? '…' : ''}"`;
    throw new Error(`${field.toString()} never held ${show(expected)}; it holds ${show(actual)}`, { cause: error });
  } finally {
    await element?.dispose();
  }
}

/** Fills in the day on screen through its controls and waits until it is saved. */
export async function writeDay(page: Page, day: DayInput): Promise<WrittenDay> {
  // The day kind first: it decides which prompts are shown.
  await page.getByRole('radio', { name: day.kind, exact: true }).check();
  await energy(page, day.energy).check();
  const prompt = firstPrompt(page);
  const promptText = await prompt.evaluate((box: HTMLTextAreaElement) => box.labels?.[0]?.textContent ?? '');
  expect(promptText).not.toBe('');
  await prompt.fill(day.answer);
  await rateActivity(page, day.activity.label, day.activity.feel);
  await notesBox(page).fill(day.notes);
  const tagInput = page.getByRole('textbox', { name: 'Add tag' });
  await tagInput.fill(day.tag);
  await tagInput.press('Enter');
  await expectSaved(page);
  return { ...day, prompt: promptText };
}

/** Checks, through the UI, that the day on screen holds everything that was written. */
export async function expectDay(page: Page, day: WrittenDay): Promise<void> {
  await page.getByRole('radio', { name: day.kind, exact: true, checked: true }).waitFor();
  expect(await energy(page, day.energy).isChecked()).toBe(true);
  expect(await page.getByLabel(day.prompt, { exact: true }).inputValue()).toBe(day.answer);
  const row = activityRow(page, day.activity.label);
  expect(await row.getByRole('button', { name: day.activity.label, exact: true }).getAttribute('aria-pressed')).toBe(
    'true',
  );
  expect(await feelChip(page, day.activity.label, day.activity.feel).getAttribute('aria-pressed')).toBe('true');
  expect(await notesBox(page).inputValue()).toBe(day.notes);
  const tags = page.getByRole('list', { name: 'Tags' });
  expect(await tags.getByRole('listitem').count()).toBe(1);
  await tags.getByRole('button', { name: `Remove tag ${day.tag}`, exact: true }).waitFor();
}

/** A good day leaning to architecture, written in the user's own voice. */
export const GOOD_DAY: DayInput = {
  kind: 'Good day',
  energy: 4,
  answer: 'Sketched the event model with product before anyone wrote a ticket.',
  activity: { label: 'Data-model design', feel: 2 },
  notes: 'The **design review** stopped a second queue we did not need.',
  tag: 'design-review',
};

/** A bad day on the people side; its note holds a word no other day has ("rollback"). */
export const BAD_DAY: DayInput = {
  kind: 'Bad day',
  energy: 2,
  answer: 'Two hours of escalation calls and no decision at the end.',
  activity: { label: 'Running incident comms', feel: -2 },
  notes: 'Billing outage. Nobody owned the rollback, so I chased people all afternoon.',
  tag: 'incident',
};
