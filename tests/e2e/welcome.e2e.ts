import { expect, test } from './fixtures';
import { eventually, expectSaved, notesBox } from './journal';

test('a first launch shows the welcome once; Help keeps it, with every shortcut', async ({ openApp }) => {
  const app = await openApp({ welcome: true });
  const { page } = app;
  const welcome = page.getByRole('dialog', { name: 'Welcome to Forkcast' });
  await welcome.waitFor();
  for (const heading of [
    'What it is for',
    'How a day is written',
    'What Trends will show',
    'Nothing leaves this computer',
  ]) {
    await welcome.getByRole('heading', { name: heading }).waitFor();
  }
  expect(await welcome.textContent()).toContain('about ten written days');
  await welcome.getByRole('button', { name: 'Start writing' }).click();
  await welcome.waitFor({ state: 'detached' });

  // Straight to writing: once the day is on screen its keys work without a click
  // (on a loaded machine the day can still be loading when the dialog closes).
  await notesBox(page).waitFor();
  await page.keyboard.press('n');
  await expect.poll(() => notesBox(page).evaluate((box) => box === document.activeElement), eventually).toBe(true);
  await page.keyboard.type('First day.');
  await expectSaved(page);
  await app.reload();
  await expect.poll(() => notesBox(page).inputValue(), eventually).toBe('First day.');
  expect(await page.getByRole('dialog').count()).toBe(0);

  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  await page.getByRole('heading', { name: 'Help', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'How a day is written' }).waitFor();
  const keys = page.getByRole('table', { name: 'On Today' });
  for (const does of [
    'Good, mixed or bad day',
    'Energy at the end of the day',
    'Jump to the notes',
    'Add an activity',
  ]) {
    await keys.getByRole('row').filter({ hasText: does }).waitFor();
  }
});

test('a journal that already has days gets no welcome, even on a new profile', async ({ openApp }) => {
  const app = await openApp({ welcome: true });
  await app.page
    .getByRole('dialog', { name: 'Welcome to Forkcast' })
    .getByRole('button', { name: 'Start writing' })
    .click();
  await notesBox(app.page).fill('Written before the welcome was forgotten.');
  await expectSaved(app.page);
  await app.page.evaluate(() => localStorage.removeItem('forkcast.welcomeSeenAt'));
  await app.reload();
  await notesBox(app.page).waitFor();
  expect(await app.page.getByRole('dialog').count()).toBe(0);
});
