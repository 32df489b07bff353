import type { Locator, Page } from 'playwright-core';
import { shiftDate, type Entry } from '../../shared';
import { goodDay } from '../fixtures/entries';
import { expect, test, type App } from './fixtures';
import { appToday, eventually, feelChip, notesBox } from './journal';
import { seedEntries, storedEntries } from './seed';

/**
 * A day in 30 seconds: the user's actions are counted as the issue counts
 * them (a click, a shortcut key, or typing one text into one field is one
 * action) and what was stored is checked afterwards.
 */
class Actions {
  count = 0;
  constructor(private readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    this.count += 1;
    await target.click();
  }

  async key(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }

  /** Clicks into a field and types one text, key by key, as one action. */
  async type(field: Locator, text: string): Promise<void> {
    this.count += 1;
    await field.click();
    await this.page.keyboard.type(text);
  }
}

/** A returning user: the last weeks hold these activities, so Today offers them first. */
async function returningUser(app: App, today: string): Promise<Entry> {
  const yesterday = goodDay(shiftDate(today, -1), {
    activities: [
      { id: 'design-doc', feel: 2 },
      { id: 'one-on-ones', feel: 1 },
      { id: 'coding', feel: 0 },
      { id: 'hiring', feel: -1 },
    ],
  });
  const older = [2, 3, 5, 6].map((daysAgo) =>
    goodDay(shiftDate(today, -daysAgo), { activities: yesterday.activities.slice(0, 3), notes: `Day ${daysAgo}` }),
  );
  await seedEntries(app.page, [yesterday, ...older]);
  await app.reload();
  await feelChip(app.page, 'Hiring loop', 1).waitFor();
  return yesterday;
}

const saved = (page: Page, date: string) => expect.poll(async () => (await storedEntries(page))[date], eventually);

test('the core of a day (kind, energy, three rated activities) takes 5 actions for a returning user', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  await returningUser(app, today);
  const act = new Actions(page);

  await act.key('g');
  await act.key('4');
  await act.click(feelChip(page, 'Design doc', 2));
  await act.click(feelChip(page, '1:1s', 1));
  await act.click(feelChip(page, 'Coding', -1));

  expect(act.count).toBeLessThanOrEqual(6);
  await saved(page, today).toMatchObject({
    dayKind: 'good',
    energy: 4,
    activities: [
      { id: 'design-doc', feel: 2 },
      { id: 'one-on-ones', feel: 1 },
      { id: 'coding', feel: -1 },
    ],
  });
});

test('a typical entry (kind, energy, four activities, timing, best moment, a prompt, notes, two tags) takes 12', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  await returningUser(app, today);
  const act = new Actions(page);

  await act.click(page.getByRole('radio', { name: 'Mixed day' }));
  await act.click(page.getByRole('radiogroup', { name: /^Energy/ }).getByRole('radio', { name: '3' }));
  await act.click(feelChip(page, 'Design doc', 2));
  await act.click(feelChip(page, '1:1s', 0));
  await act.click(feelChip(page, 'Coding', 1));
  await act.click(feelChip(page, 'Hiring loop', -2));
  await act.click(page.getByRole('radio', { name: 'Shaping the solution' }));
  await act.click(page.getByRole('radio', { name: 'A design fell into place' }));
  await act.type(page.getByRole('textbox', { name: 'What happened?' }), 'The queue design finally clicked.');
  const prompt = page.getByRole('region', { name: 'Reflect' }).getByRole('textbox').first();
  await act.type(prompt, 'Most of the afternoon went to the hiring debrief.');
  await act.type(notesBox(page), 'Ask Sam about the on-call rota.');
  await act.type(page.getByRole('textbox', { name: 'Add tag' }), 'hiring, design-review,');

  expect(act.count).toBeLessThanOrEqual(12);
  await saved(page, today).toMatchObject({
    dayKind: 'mixed',
    energy: 3,
    activities: [
      { id: 'design-doc', feel: 2 },
      { id: 'one-on-ones', feel: 0 },
      { id: 'coding', feel: 1 },
      { id: 'hiring', feel: -2 },
    ],
    timing: 'shaping',
    highlight: { kind: 'design-clicked', text: 'The queue design finally clicked.' },
    notes: 'Ask Sam about the on-call rota.',
    tags: ['hiring', 'design-review'],
  });
  const stored = (await storedEntries(page))[today];
  expect(stored?.prompts.some((answer) => answer.answer === 'Most of the afternoon went to the hiring debrief.')).toBe(
    true,
  );
});

test('"same as yesterday" and the day kind and energy make a whole day in 3 actions', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const yesterday = await returningUser(app, today);
  const act = new Actions(page);

  await act.click(page.getByRole('button', { name: 'Same as yesterday' }));
  await act.key('g');
  await act.key('5');

  expect(act.count).toBeLessThanOrEqual(3);
  await saved(page, today).toMatchObject({ dayKind: 'good', energy: 5, activities: yesterday.activities });
});

test('from the day kind to the notes is fewer than 10 Tab stops, on an empty day and a filled one', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  await returningUser(app, today);

  const tabsToNotes = async (): Promise<number> => {
    await page.getByRole('radiogroup', { name: 'How was the day?' }).locator('[tabindex="0"]').focus();
    for (let tabs = 1; tabs <= 60; tabs += 1) {
      await page.keyboard.press('Tab');
      if (await notesBox(page).evaluate((box) => box === document.activeElement)) return tabs;
    }
    return Infinity;
  };

  expect(await tabsToNotes()).toBeLessThan(10);
  // Filled in: the Clear buttons are stops too, the fill buttons are gone.
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 200 } });
  await page.keyboard.press('b');
  await page.keyboard.press('2');
  await feelChip(page, 'Design doc', -1).click();
  await page.getByRole('radio', { name: 'Shaping the solution' }).click();
  expect(await tabsToNotes()).toBeLessThan(10);
});

test('the first Tab reaches a skip link that jumps past the navigation', async ({ openApp }) => {
  const { page } = await openApp();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the content' });
  expect(await skip.evaluate((button) => button === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.getByRole('main').evaluate((main) => main === document.activeElement)).toBe(true);
  await page.keyboard.press('Tab');
  const inNav = await page.evaluate(() => document.activeElement?.closest('nav') !== null);
  expect(inNav).toBe(false);
});
