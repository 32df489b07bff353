import { PDFDocument } from 'pdf-lib';
import { formatDate, revisitDate, setDisplayLocale, shiftDate } from '../../shared';
import {
  briefDecisionLines,
  briefMarkdown,
  daysLeftLine,
  readinessOfTrends,
  readinessSentences,
} from '../../shared/brief';
import { buildTrends, DEFAULT_RANGE, resolveRange } from '../../shared/trends';
import { generateJournal } from '../fixtures/journal';
import { expect, test } from './fixtures';
import { appToday, BROWSER_LOCALE } from './journal';
import { seedEntries } from './seed';
import { exactly, openView } from './views';

/**
 * The decision date, end to end in Chromium: set on Trends (a date that
 * cannot be one is refused and changes nothing), shown with the readiness
 * estimate on Trends and Today, on the brief (still one page), changed and
 * cleared in Settings, and found again after a reload.
 */

test('a decision date is set, shown with the readiness estimate, kept across a reload, and cleared', async ({
  openApp,
}) => {
  setDisplayLocale(BROWSER_LOCALE);
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const entries = generateJournal({ seed: 5, days: 40, persona: 'random', endDate: today });
  await seedEntries(page, entries);
  await app.reload();
  const decisionDate = shiftDate(today, 28);
  const data = buildTrends(entries, [], resolveRange(DEFAULT_RANGE, today));
  const readiness = readinessOfTrends(data, decisionDate, today);
  if (!readiness) throw new Error('the default range ends today');
  const { summary, needs } = readinessSentences(readiness);

  await openView(page, 'Trends');
  const card = page.getByRole('region', { name: 'Your decision' });
  const field = card.getByLabel('Date of the decision conversation');
  // A day that has passed is refused, with a message, and nothing is stored.
  await field.fill(shiftDate(today, -1));
  await card.getByRole('button', { name: 'Set date' }).click();
  await card.getByRole('alert').filter({ hasText: 'That date has passed: choose today or a later day.' }).waitFor();
  await field.fill(decisionDate);
  await card.getByRole('button', { name: 'Set date' }).click();
  await card
    .locator('.decision-days-left')
    .filter({ hasText: exactly(daysLeftLine(decisionDate, today)) })
    .waitFor();
  expect(daysLeftLine(decisionDate, today)).toMatch(/^28 days left until your decision on /);
  expect(await card.locator('.decision-readiness').textContent()).toBe(summary);
  expect(await card.locator('.decision-needs li').allTextContents()).toEqual(needs);

  // Today says the same, in brief.
  await app.reload();
  await openView(page, 'Today');
  const todayCard = page.getByRole('region', { name: 'Your decision' });
  await todayCard
    .locator('.decision-readiness')
    .filter({ hasText: exactly(summary) })
    .waitFor();
  expect(await todayCard.locator('.decision-days-left').textContent()).toBe(daysLeftLine(decisionDate, today));

  // The brief shows the date, and still prints on one page.
  await openView(page, 'Brief');
  await page.getByRole('button', { name: 'Last 365 days' }).click();
  const brief = page.getByRole('article', { name: 'Decision brief: management or architecture' });
  await brief.locator('.brief-decision').first().waitFor();
  expect(await brief.locator('.brief-decision').allTextContents()).toEqual(
    briefDecisionLines(data, decisionDate, today),
  );
  await page.emulateMedia({ media: 'print' });
  const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pdf.getPageCount()).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // Settings changes it, then clears it; Today follows.
  await openView(page, 'Settings');
  const section = page.getByRole('region', { name: 'Decision date' });
  const later = shiftDate(today, 60);
  await section.getByLabel('Date of the decision conversation').fill(later);
  await section.getByRole('button', { name: 'Change date' }).click();
  await section
    .getByRole('status')
    .filter({ hasText: exactly('Decision date saved.') })
    .waitFor();
  await app.reload();
  await openView(page, 'Today');
  await page
    .getByRole('region', { name: 'Your decision' })
    .locator('.decision-days-left')
    .filter({ hasText: exactly(daysLeftLine(later, today)) })
    .waitFor();
  await openView(page, 'Settings');
  await page.getByRole('region', { name: 'Decision date' }).getByRole('button', { name: 'Clear date' }).click();
  await openView(page, 'Today');
  await page.getByRole('region', { name: 'Your decision' }).waitFor({ state: 'detached' });
  await openView(page, 'Trends');
  await page.getByRole('region', { name: 'Your decision' }).getByRole('button', { name: 'Set date' }).waitFor();
});

test('a decision is recorded with the brief of that day, and three months on Today asks whether it was right', async ({
  openApp,
}) => {
  setDisplayLocale(BROWSER_LOCALE);
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const entries = generateJournal({ seed: 8, days: 60, persona: 'architect', endDate: today });
  await seedEntries(page, entries);
  await app.reload();
  const brief = briefMarkdown(buildTrends(entries, [], resolveRange(DEFAULT_RANGE, today)), today, null);

  await openView(page, 'Trends');
  const card = page.getByRole('region', { name: 'Your decision' });
  await card.getByRole('button', { name: 'Record my decision' }).click();
  const form = card.getByRole('form', { name: 'Record your decision' });
  // Without a choice nothing is recorded, and the form says why.
  await form.getByRole('button', { name: 'Record decision' }).click();
  await form.getByRole('alert').filter({ hasText: 'Choose the path you decided on.' }).waitFor();
  await form.getByRole('radio', { name: 'Architect (architecture)' }).check();
  await form.getByLabel('Why').fill('Design reviews were the best hours.\nPeople work drained me.');
  await form.getByLabel('What would make me reconsider').fill('A team that needs me to lead it.');
  await form.getByRole('button', { name: 'Record decision' }).click();
  const decided = `On ${formatDate(today, 'weekdayDate', BROWSER_LOCALE)} you decided on the architecture path (architect).`;
  await card.getByText(decided).waitFor();

  // Kept as it was: after a reload the words and the brief of that day are there, unchanged.
  await app.reload();
  await openView(page, 'Trends');
  await card.getByText(decided).waitFor();
  expect(await card.locator('.decision-text').allTextContents()).toEqual([
    'Design reviews were the best hours.\nPeople work drained me.',
    'A team that needs me to lead it.',
  ]);
  await card.getByText(/^The brief as it stood on /).click();
  expect(await card.locator('.decision-snapshot pre').textContent()).toBe(brief);

  // Three months later (the page's clock moved on), Today asks, with the lean since the decision.
  const later = revisitDate(today, 3);
  await page.clock.setFixedTime(new Date(`${later}T12:00:00`));
  await app.reload();
  await openView(page, 'Today');
  const revisit = page.getByRole('region', { name: 'Was it right?' });
  await revisit.getByText(/^Since then \(\d+ days? written\):/).waitFor();
  await revisit.getByRole('button', { name: 'Not sure' }).click();
  await revisit.waitFor({ state: 'detached' });
  await app.reload();
  await openView(page, 'Trends');
  await card
    .getByText(`After 3 months (${formatDate(later, 'date', BROWSER_LOCALE)}), was it right? Not sure.`)
    .waitFor();
  await openView(page, 'Today');
  await page.getByRole('heading', { name: 'Was it right?' }).waitFor({ state: 'detached' });
});
