import type { Locator, Page } from 'playwright-core';
import { DEFAULT_PLAN, median, pairedRuns, type RunPlan } from '../measure';
import { timedRow, under, type Row } from '../rows';
import { openBrowser } from './chromium';
import { freshLoad, seedApp, type BrowserEnvironment } from './environment';

/** One run types this (20 keystrokes) at a brisk typist's pace: the five timed runs give 100 keystrokes. */
export const PHRASE = ' then review went on';
/** What one run types into the activity picker: each key filters the list of every activity again. */
const FILTER = 'architecture review';
const KEY_DELAY_MS = 50;
/** Long enough after a run for the autosave (400 ms after the last change) and its re-read to finish. */
const PAUSE_MS = 700;

/**
 * Types `text` key by key into `field` (after its text, or into an emptied
 * field); returns the median keystroke-to-paint time of its keys.
 */
export async function typeRun(field: Locator, text: string, from: 'end' | 'empty'): Promise<number> {
  const page = field.page();
  await page.bringToFront();
  // Untimed: the probe times keys from their keydown, and neither of these is typed.
  if (from === 'empty') await field.fill('');
  await field.press('Control+End');
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(PAUSE_MS);
  const times = await page.evaluate(() => window.benchProbe.takeKeystrokes());
  if (times.length < text.length / 2) throw new Error(`Only ${times.length} keystrokes reached the page.`);
  return median(times);
}

export const bareNotes = (page: Page) => page.getByLabel('Notes', { exact: true });

/**
 * Case 5: keystroke (keydown) to the next paint on the Today view with
 * `count` entries stored, each run a phrase typed key by key: into the Notes
 * box, and into the activity picker's filter (Ctrl+K), which redraws its list
 * on every key. The baseline types the same into a bare textarea in the
 * same browser.
 */
export async function typingCases(
  env: BrowserEnvironment,
  count: number,
  plan: RunPlan = DEFAULT_PLAN,
): Promise<Row[]> {
  const browser = await openBrowser();
  try {
    const app = browser.page;
    await seedApp(browser, env, count);
    await freshLoad(app, `${env.appUrl}#/today`);
    await app.evaluate(() => window.benchProbe.shown('today', 30_000));
    const bare = await app.context().newPage();
    await bare.goto(env.benchUrl);

    const notes = await pairedRuns(
      plan,
      () => typeRun(app.getByLabel('Notes', { exact: true }), PHRASE, 'end'),
      () => typeRun(bareNotes(bare), PHRASE, 'end'),
    );
    const picker = app.getByRole('combobox', { name: /^Add an activity/ });
    const filter = await pairedRuns(
      plan,
      () => typeRun(picker, FILTER, 'empty'),
      () => typeRun(bareNotes(bare), FILTER, 'empty'),
    );
    return [
      timedRow('typing: keystroke to paint (Notes)', count, under(16), notes.subject, notes.baseline),
      timedRow(
        'typing: keystroke to paint (activity picker filter)',
        count,
        under(16),
        filter.subject,
        filter.baseline,
        'the list of activities filtered again on every key',
      ),
    ];
  } finally {
    await browser.close();
  }
}
