import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { appToday, eventually, expectSaved, notesBox } from './journal';
import { lockedNotice, PASSPHRASE, setPassphrase, unlock, unlockForm } from './lockSteps';
import { rawJournalText } from './rawJournal';
import { openView } from './views';

/**
 * Stands in for the system's notifications: permission granted, and each
 * notification the page shows kept in `window.e2eNotifications`, so a test
 * can read it and click it. Serialised into the page.
 */
function recordNotifications(): void {
  const shown: unknown[] = [];
  class RecordedNotification {
    static permission = 'granted';
    static requestPermission = async () => 'granted';
    onclick: (() => void) | null = null;
    constructor(
      readonly title: string,
      readonly options?: { body?: string },
    ) {
      shown.push(this);
    }
    close(): void {}
  }
  Object.defineProperty(window, 'e2eNotifications', { value: shown });
  Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true });
}

function withoutNotifications(): void {
  Object.defineProperty(window, 'Notification', { value: undefined, configurable: true });
}

const notifications = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { e2eNotifications: { title: string; options?: { body?: string } }[] }).e2eNotifications.map(
      (shown) => `${shown.title}: ${shown.options?.body ?? ''}`,
    ),
  );

/** `hour`:00 local time, `days` after the page's clock now, in milliseconds since the epoch. */
const hourAfter = (page: Page, hour: number, days: number) =>
  page.evaluate(
    ([hour, days]) => {
      const date = new Date();
      date.setDate(date.getDate() + days);
      date.setHours(hour, 0, 0, 0);
      return date.getTime();
    },
    [hour, days] as const,
  );

test('in a browser the reminder is the page’s own: once at its time, none on a written day, a click opens Today', async ({
  openApp,
}) => {
  const app = await openApp({ initScripts: [recordNotifications] });
  const { page } = app;
  // The page's clock starts at ten tomorrow morning and runs from there; the app starts on it.
  await page.clock.install({ time: await hourAfter(page, 10, 1) });
  await app.reload();
  const day = await appToday(page);

  await openView(page, 'Settings');
  const settings = page.getByRole('region', { name: 'Coming back' });
  await settings.getByText(/Only while Forkcast is open in this browser/).waitFor();
  await settings
    .getByText('A tray icon, starting at login and a quick-capture shortcut need the desktop app.')
    .waitFor();
  await settings.getByLabel('Reminder time').fill('10:05');
  await settings.getByLabel('Reminder time').press('Enter');
  await settings.getByRole('checkbox', { name: /Remind me to write/ }).check();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('forkcast.pageReminder')), eventually)
    .toBe(JSON.stringify({ enabled: true, time: '10:05' }));

  await page.clock.runFor(3 * 60_000);
  expect(await notifications(page)).toEqual([]);
  await page.clock.runFor(3 * 60_000);
  await expect
    .poll(() => notifications(page), eventually)
    .toEqual(['Forkcast: How did today go? A minute now, while it is fresh.']);
  await page.clock.runFor(30 * 60_000);
  expect(await notifications(page)).toHaveLength(1);

  // A click on it opens Today, wherever the page was.
  await page.evaluate(() =>
    (window as unknown as { e2eNotifications: { onclick: () => void }[] }).e2eNotifications[0]?.onclick(),
  );
  await notesBox(page).waitFor();
  expect(await appToday(page)).toBe(day);

  // The next morning, as after a night asleep: the day is written before its time, so no reminder comes.
  await page.clock.fastForward((await hourAfter(page, 9, 1)) - (await page.evaluate(() => Date.now())));
  await page.clock.runFor(61_000);
  await expect.poll(() => appToday(page), eventually).not.toBe(day);
  await notesBox(page).fill('Written in the morning.');
  await expectSaved(page);
  await page.clock.runFor(70 * 60_000);
  expect(await notifications(page)).toHaveLength(1);

  // After a reload the setting is still there.
  await app.reload();
  await openView(page, 'Settings');
  expect(await settings.getByRole('checkbox', { name: /Remind me to write/ }).isChecked()).toBe(true);
  expect(await settings.getByLabel('Reminder time').inputValue()).toBe('10:05');
});

test('a browser without notifications says reminders need the desktop app, and offers none', async ({ openApp }) => {
  const { page } = await openApp({ initScripts: [withoutNotifications] });
  await openView(page, 'Settings');
  const settings = page.getByRole('region', { name: 'Coming back' });
  await settings.getByText('Reminders need the desktop app: this browser cannot show notifications.').waitFor();
  expect(await settings.getByRole('checkbox', { name: /Remind me to write/ }).isDisabled()).toBe(true);
});

test('quick capture saves today’s day kind and one line like any entry, beside what the day holds', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await notesBox(page).fill('Morning: design review.');
  await expectSaved(page);

  await page.goto(new URL('#/capture', page.url()).href);
  const capture = page.getByRole('form', { name: /\d{4}|day/ });
  await capture.waitFor();
  await capture.getByRole('button', { name: 'Save to today' }).click();
  await capture.getByRole('alert').filter({ hasText: 'Choose how the day went or write a line first.' }).waitFor();
  await capture.getByRole('radio', { name: 'Good day' }).click();
  await capture.getByRole('textbox', { name: 'One line' }).fill('The   team shipped\tthe migration.');
  await capture.getByRole('textbox', { name: 'One line' }).press('Enter');

  // In a browser there is no small window to close: it goes on to Today, which shows the saved day.
  await notesBox(page).waitFor();
  await expect
    .poll(() => notesBox(page).inputValue(), eventually)
    .toBe('Morning: design review.\n\nThe team shipped the migration.');
  expect(await page.getByRole('radio', { name: 'Good day' }).getAttribute('aria-checked')).toBe('true');
  await app.reload();
  expect(await notesBox(page).inputValue()).toBe('Morning: design review.\n\nThe team shipped the migration.');
});

test('the reminder is offered once in the first week: yes turns it on, no is remembered', async ({ openApp }) => {
  const app = await openApp({ initScripts: [recordNotifications] });
  const { page } = app;
  const offer = page.getByRole('region', { name: 'A daily reminder' });
  // Not before anything is written.
  await page.getByRole('region', { name: 'How the day went' }).waitFor();
  expect(await offer.count()).toBe(0);

  await notesBox(page).fill('A first day.');
  await expectSaved(page);
  await offer.getByRole('button', { name: 'Remind me at 17:30' }).click();
  await offer.getByRole('status').filter({ hasText: 'Done: a reminder at 17:30' }).waitFor();
  expect(await page.evaluate(() => localStorage.getItem('forkcast.pageReminder'))).toBe(
    JSON.stringify({ enabled: true, time: '17:30' }),
  );
  await app.reload();
  await notesBox(page).waitFor();
  await page.getByRole('region', { name: 'How the day went' }).waitFor();
  expect(await offer.count()).toBe(0);

  // Turned off again in Settings, it is still not offered: the answer was given once.
  await openView(page, 'Settings');
  await page.getByRole('checkbox', { name: /Remind me to write/ }).uncheck();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('forkcast.pageReminder')), eventually)
    .toBe(JSON.stringify({ enabled: false, time: '17:30' }));
  await appToday(page);
  await notesBox(page).waitFor();
  expect(await offer.count()).toBe(0);
});

test('no, thanks hides the reminder offer for good', async ({ openApp }) => {
  const app = await openApp({ initScripts: [recordNotifications] });
  const { page } = app;
  await notesBox(page).fill('A first day.');
  await expectSaved(page);
  const offer = page.getByRole('region', { name: 'A daily reminder' });
  await offer.getByRole('button', { name: 'No, thanks' }).click();
  await offer.waitFor({ state: 'detached' });
  await app.reload();
  await notesBox(page).waitFor();
  expect(await offer.count()).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('forkcast.pageReminder'))).toBeNull();
});

test('with the lock on, quick capture saves nothing and sends you to unlock; a tab that unlocked saves sealed', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await notesBox(page).fill('Morning: design review.');
  await expectSaved(page);
  await setPassphrase(page);
  await lockedNotice(page).waitFor();
  // A page opened after the lock went on holds no key, as the quick-capture window never does.
  await app.reload();
  await unlockForm(page).waitFor();
  await page.goto(new URL('#/capture', page.url()).href);
  const locked = page.getByRole('region', { name: 'Unlock Forkcast first' });
  await locked.waitFor();
  expect(await page.getByRole('textbox', { name: 'One line' }).count()).toBe(0);
  // In a browser there is no main window to show: the tab itself goes to Today, behind the unlock screen.
  await locked.getByRole('button', { name: 'Open Forkcast' }).click();
  await unlock(page, PASSPHRASE);
  await expect.poll(() => notesBox(page).inputValue(), eventually).toBe('Morning: design review.');

  // This tab now holds the key, so its own quick capture saves, sealed like any entry.
  await page.goto(new URL('#/capture', page.url()).href);
  const capture = page.getByRole('form', { name: /\d{4}|day/ });
  await capture.getByRole('textbox', { name: 'One line' }).fill('Paired on the rollout.');
  await capture.getByRole('textbox', { name: 'One line' }).press('Enter');
  await expect
    .poll(() => notesBox(page).inputValue(), eventually)
    .toBe('Morning: design review.\n\nPaired on the rollout.');
  const raw = await rawJournalText(page);
  expect(raw).not.toContain('Morning: design review');
  expect(raw).not.toContain('Paired on the rollout');
});
