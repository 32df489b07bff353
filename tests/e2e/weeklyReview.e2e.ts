import { shiftDate, shiftWeek, weekDates, weekOf } from '../../shared';
import { weekName } from '../../renderer/src/review/weekText';
import { badDay, goodDay } from '../fixtures/entries';
import { expect, test } from './fixtures';
import { appToday, waitForValue } from './journal';
import { lockedNotice, PASSPHRASE, setPassphrase, unlock, unlockForm } from './lockSteps';
import { rawJournalText } from './rawJournal';
import { seedEntries } from './seed';
import { openView } from './views';

const THIS_WEEK_ANSWER = 'Framing the storage layer with product felt like mine.';
const LAST_WEEK_ANSWER = 'Tangerine week: the offsite drained me.';

test('the weekly review is offered on Today, written, found again after a reload and in Reviews, and survives the lock', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const week = weekOf(today);
  const lastWeek = shiftWeek(week, -1);
  await seedEntries(page, [goodDay(today), badDay(shiftDate(weekDates(lastWeek).from, 1))]);
  await app.reload();

  // Offered from Monday on, so the test does not depend on the weekday it runs.
  await openView(page, 'Settings');
  await page.getByLabel('Offer the weekly review on Today from').selectOption({ label: 'Monday' });
  await appToday(page);
  const review = page.getByRole('region', { name: /^This week / });
  await review.getByText('1 day written: 1 good.', { exact: true }).waitFor();
  // Only architecture work was logged: the review refuses to name a direction.
  await review.getByText(/^This week logged only system-shaping work \(1 day\), so it says nothing/).waitFor();
  await review.getByText(/^Too few days to tell which activities/).waitFor();
  await review.getByRole('textbox').fill(THIS_WEEK_ANSWER);
  await review
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();

  await app.reload();
  await waitForValue(page.getByRole('region', { name: /^This week / }).getByRole('textbox'), THIS_WEEK_ANSWER);

  // Last week was not reviewed: it is listed, and can be reviewed now.
  await openView(page, 'Reviews');
  const list = page.getByRole('region', { name: 'Weekly reviews' });
  await list
    .getByRole('button')
    .filter({ hasText: weekName(week) })
    .filter({ hasText: THIS_WEEK_ANSWER })
    .waitFor();
  await list
    .getByRole('button')
    .filter({ hasText: weekName(lastWeek) })
    .filter({ hasText: 'Not reviewed yet.' })
    .click();
  const past = page.getByRole('region', { name: new RegExp(`^${weekName(lastWeek)} `) });
  await past.getByText('1 day written: 1 bad.', { exact: true }).waitFor();
  await past.getByRole('textbox').fill(LAST_WEEK_ANSWER);
  await past
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  expect(page.url()).toContain(`#/reviews/${lastWeek}`);

  await setPassphrase(page);
  await lockedNotice(page).filter({ hasText: 'and 2 weekly reviews were encrypted' }).waitFor();
  const raw = await rawJournalText(page);
  expect(raw).not.toContain('Framing the storage');
  expect(raw).not.toContain('Tangerine');

  await app.reload();
  await unlockForm(page).waitFor();
  await unlock(page, PASSPHRASE);
  await openView(page, 'Reviews');
  await list
    .getByRole('button')
    .filter({ hasText: weekName(week) })
    .filter({ hasText: THIS_WEEK_ANSWER })
    .waitFor();
  await list
    .getByRole('button')
    .filter({ hasText: weekName(lastWeek) })
    .filter({ hasText: LAST_WEEK_ANSWER })
    .click();
  await waitForValue(past.getByRole('textbox'), LAST_WEEK_ANSWER);
});
