import { PDFDocument } from 'pdf-lib';
import { formatDate, revisitDate, setDisplayLocale, shiftDate } from '../../shared';
import { briefDecisionLines, briefExperimentLines, briefMarkdown } from '../../shared/brief';
import { buildTrends, DEFAULT_RANGE, resolveRange } from '../../shared/trends';
import { generateJournal } from '../fixtures/journal';
import { expect, test } from './fixtures';
import { appToday, BROWSER_LOCALE } from './journal';
import { seedEntries } from './seed';
import { exactly, openView } from './views';

/**
 * The whole decision workflow with an experiment, end to end in Chromium: a
 * decision date, an experiment planned on Trends (an overlapping one refused),
 * its period shaded on the lean chart and its verdict in words, the brief
 * reporting it on one printed page, the decision recorded with that brief,
 * and three months later Today asking whether it was right.
 */
test('set a decision date, plan an experiment, read its verdict on Trends and the brief, decide, and revisit', async ({
  openApp,
}) => {
  setDisplayLocale(BROWSER_LOCALE);
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const entries = generateJournal({ seed: 11, days: 90, persona: 'architect', endDate: today });
  await seedEntries(page, entries);
  await app.reload();
  const experiment = {
    label: 'Two weeks of design reviews',
    focus: 'architecture' as const,
    start: shiftDate(today, -27),
    end: shiftDate(today, -14),
  };
  const data = buildTrends(entries, [], resolveRange(DEFAULT_RANGE, today), [experiment]);
  const [reading] = data.experiments;
  if (!reading) throw new Error('the experiment is in the default range');

  await openView(page, 'Trends');
  const decision = page.getByRole('region', { name: 'Your decision' });
  await decision.getByLabel('Date of the decision conversation').fill(shiftDate(today, 28));
  await decision.getByRole('button', { name: 'Set date' }).click();
  await decision.getByText(/^28 days left until your decision on /).waitFor();

  // Plan it from the keyboard: every field reached with Tab, typed, and the form sent with Enter.
  const card = page.getByRole('region', { name: 'Experiments' });
  await card.getByRole('button', { name: 'Plan an experiment' }).focus();
  await page.keyboard.press('Enter');
  const form = card.getByRole('form', { name: 'Plan an experiment' });
  await form.getByLabel('Name').focus();
  await page.keyboard.type(experiment.label);
  await form.getByLabel('First day').fill(experiment.start);
  await form.getByLabel('Last day').fill(experiment.end);
  await form.getByLabel('Last day').press('Enter');
  await card
    .getByRole('status')
    .filter({ hasText: exactly(`Experiment “${experiment.label}” planned.`) })
    .waitFor();

  // An overlapping one is refused with a message, and nothing changes.
  await card.getByRole('button', { name: 'Plan an experiment' }).click();
  await form.getByLabel('Name').fill('Coaching fortnight');
  await form.getByRole('radio', { name: 'more people work (management)' }).check();
  await form.getByLabel('First day').fill(shiftDate(today, -14));
  await form.getByLabel('Last day').fill(shiftDate(today, -1));
  await form.getByRole('button', { name: 'Plan experiment' }).click();
  await form
    .getByRole('alert')
    .filter({ hasText: `It shares days with “${experiment.label}”` })
    .waitFor();
  await form.getByRole('button', { name: 'Cancel' }).click();

  // Trends gives the verdict the analysis gives, and shades the period on the lean chart.
  const item = card.getByRole('listitem');
  await expect.poll(() => item.count()).toBe(1);
  await item.getByText(reading.sentence, { exact: false }).waitFor();
  expect(await item.locator('.experiment-verdict').textContent()).toBe(
    `${reading.title.charAt(0).toUpperCase()}${reading.title.slice(1)}`,
  );
  const shaded = page.locator('.lean-chart .lean-experiment');
  await shaded.first().waitFor();
  expect(await shaded.allTextContents()).toEqual([experiment.label]);

  // The brief reports it in one sentence, and still prints on one page.
  await openView(page, 'Brief');
  await page.getByRole('button', { name: 'Last 365 days' }).click();
  const brief = page.getByRole('article', { name: 'Decision brief: management or architecture' });
  const section = brief.getByRole('region', { name: 'Experiments' });
  await section.getByRole('listitem').first().waitFor();
  expect(await section.getByRole('listitem').allTextContents()).toEqual(briefExperimentLines(data));
  await page.emulateMedia({ media: 'print' });
  const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pdf.getPageCount()).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // The decision, recorded with the brief of that day, experiment and all.
  await openView(page, 'Trends');
  await decision.getByRole('button', { name: 'Record my decision' }).click();
  const record = decision.getByRole('form', { name: 'Record your decision' });
  await record.getByRole('radio', { name: 'Architect (architecture)' }).check();
  await record.getByLabel('Why').fill('The design fortnight was the best two weeks of the quarter.');
  await record.getByRole('button', { name: 'Record decision' }).click();
  await decision.getByText(/^On .* you decided on the architecture path \(architect\)\.$/).waitFor();
  await decision.getByText(/^The brief as it stood on /).click();
  expect(await decision.locator('.decision-snapshot pre').textContent()).toBe(
    briefMarkdown(data, today, shiftDate(today, 28)),
  );
  expect(await decision.locator('.decision-snapshot pre').textContent()).toContain(
    `## Experiments\n\n- “${experiment.label}”`,
  );

  // From now on the brief says when the decision was made, not how many days are left.
  await openView(page, 'Brief');
  expect(
    await page
      .getByRole('article', { name: 'Decision brief: management or architecture' })
      .locator('.brief-decision')
      .allTextContents(),
  ).toEqual(briefDecisionLines(data, shiftDate(today, 28), today, { decidedOn: today, choice: 'architecture' }));

  // Three months on, Today asks whether it was right; the experiment is still on Trends.
  const later = revisitDate(today, 3);
  await page.clock.setFixedTime(new Date(`${later}T12:00:00`));
  await app.reload();
  await openView(page, 'Today');
  const revisit = page.getByRole('region', { name: 'Was it right?' });
  await revisit.getByRole('button', { name: 'Yes' }).click();
  await revisit.waitFor({ state: 'detached' });
  await openView(page, 'Trends');
  await decision
    .getByText(`After 3 months (${formatDate(later, 'date', BROWSER_LOCALE)}), was it right? Yes.`)
    .waitFor();
  await card.getByText(`${experiment.label}`, { exact: false }).first().waitFor();
});
