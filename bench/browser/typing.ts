import type { Page } from 'playwright-core';
import { DEFAULT_PLAN, median, pairedRuns, type RunPlan } from '../measure';
import { timedRow, under, type Row } from '../rows';
import { openBrowser } from './chromium';
import { freshLoad, seedApp, type BrowserEnvironment } from './environment';

/** One run types this (20 keystrokes) at a brisk typist's pace: the five timed runs give 100 keystrokes. */
const PHRASE = ' then review went on';
const KEY_DELAY_MS = 50;
/** Long enough after a run for the autosave (400 ms after the last change) and its re-read to finish. */
const PAUSE_MS = 700;

/** Types the phrase into the focused Notes box; returns the median keystroke-to-paint time of its keys. */
export async function typeRun(page: Page): Promise<number> {
  await page.bringToFront();
  await page.getByLabel('Notes', { exact: true }).press('Control+End');
  await page.keyboard.type(PHRASE, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(PAUSE_MS);
  const times = await page.evaluate(() => window.benchProbe.takeKeystrokes());
  if (times.length < PHRASE.length / 2) throw new Error(`Only ${times.length} keystrokes reached the page.`);
  return median(times);
}

/**
 * Case 5: keystroke (keydown) to the next paint in the Today view's Notes box
 * with `count` entries stored, each run a phrase typed key by key. The
 * baseline types the same into a bare textarea in the same browser.
 */
export async function typingCase(env: BrowserEnvironment, count: number, plan: RunPlan = DEFAULT_PLAN): Promise<Row> {
  const browser = await openBrowser();
  try {
    const app = browser.page;
    await seedApp(browser, env, count);
    await freshLoad(app, `${env.appUrl}#/today`);
    await app.evaluate(() => window.benchProbe.shown('today', 30_000));
    await app.getByLabel('Notes', { exact: true }).click();

    const bare = await app.context().newPage();
    await bare.goto(env.benchUrl);
    await bare.getByLabel('Notes', { exact: true }).click();

    const times = await pairedRuns(
      plan,
      () => typeRun(app),
      () => typeRun(bare),
    );
    return timedRow('typing: keystroke to paint (Notes)', count, under(16), times.subject, times.baseline);
  } finally {
    await browser.close();
  }
}
