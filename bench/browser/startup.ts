import type { Page } from 'playwright-core';
import { DEFAULT_PLAN, measuredRuns, type RunPlan } from '../measure';
import { openBrowser, type BenchBrowser } from './chromium';
import { freshLoad, seedApp, type BrowserEnvironment } from './environment';

/** Longer than any view should take; past it the view counts as not drawn at all. */
const VIEW_TIMEOUT_MS = 30_000;
/** Tasks the opening sets off (the worker's answer, the charts drawn in turn) still count for a moment after. */
const SETTLE_MS = 300;

/** The Trends figures of one run. */
export interface TrendsRun {
  /** Navigation to #/trends until every chart is drawn. */
  cold: number;
  /** Click on the Trends nav button, from Today, until every chart is drawn. */
  fromToday: number;
  /** Longest main-thread task from that click until the charts settled. */
  longestTask: number;
  /** Used JS heap after a GC once Trends is open: page and workers, and the workers alone. */
  heap: number;
  workerHeap: number;
}

/** Case 3 and the heap of case 7 at one journal size, run by run. */
export interface StartupTimes {
  entries: number;
  /** Navigation to #/today until the Notes box is shown. */
  today: number[];
  /** Navigation to #/history until the count and the first row's text are shown. */
  history: number[];
  trends: TrendsRun[] | null;
  /** Why `trends` is null. */
  trendsMissing?: string;
}

const shown = (page: Page, name: 'today' | 'history' | 'trends') =>
  page.evaluate(([view, ms]) => window.benchProbe.shown(view, ms), [name, VIEW_TIMEOUT_MS] as const);

async function required(page: Page, name: 'today' | 'history' | 'trends'): Promise<number> {
  const time = await shown(page, name);
  if (time === null) throw new Error(`The ${name} view was not ready within ${VIEW_TIMEOUT_MS / 1000} s.`);
  return time;
}

/** Why the Trends view cannot be measured in this build, or null when it draws. */
async function trendsProblem(browser: BenchBrowser, env: BrowserEnvironment): Promise<string | null> {
  await freshLoad(browser.page, `${env.appUrl}#/trends`);
  if ((await shown(browser.page, 'trends')) !== null) return null;
  return (await browser.page.locator('.trends').count()) > 0
    ? `not available: the Trends view did not draw its charts within ${VIEW_TIMEOUT_MS / 1000} s`
    : 'not available: this build has no Trends view at #/trends';
}

async function trendsRun(browser: BenchBrowser, env: BrowserEnvironment): Promise<TrendsRun> {
  const { page } = browser;
  let fromToday = 0;
  const longestTask = await browser.longestTask(async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Trends' }).click();
    const drawn = await required(page, 'trends');
    fromToday = drawn - ((await page.evaluate(() => window.benchProbe.lastClickAt())) ?? drawn);
    await page.waitForTimeout(SETTLE_MS);
  });
  const heap = await browser.heapAfterGc();
  await freshLoad(page, `${env.appUrl}#/trends`);
  const cold = await required(page, 'trends');
  return { cold, fromToday, longestTask, heap: heap.page + heap.workers, workerHeap: heap.workers };
}

/**
 * Case 3 (and the heap of case 7) with `count` entries stored, on one fresh
 * profile. Each run loads the app on Today (navigation to a typable Notes
 * box), opens Trends from its nav button under a trace (longest main-thread
 * task, then the heap after a GC), loads #/trends directly (navigation to
 * every chart drawn), and loads #/history (navigation to its first rows).
 */
export async function measureStartup(
  env: BrowserEnvironment,
  count: number,
  plan: RunPlan = DEFAULT_PLAN,
): Promise<StartupTimes> {
  const browser = await openBrowser();
  try {
    await seedApp(browser, env, count);
    const missing = await trendsProblem(browser, env);
    const runs = await measuredRuns(plan, async () => {
      await freshLoad(browser.page, `${env.appUrl}#/today`);
      const today = await required(browser.page, 'today');
      const trends = missing ? null : await trendsRun(browser, env);
      await freshLoad(browser.page, `${env.appUrl}#/history`);
      const history = await required(browser.page, 'history');
      return { today, history, trends };
    });
    return {
      entries: count,
      today: runs.map((run) => run.today),
      history: runs.map((run) => run.history),
      trends: missing ? null : runs.flatMap((run) => (run.trends ? [run.trends] : [])),
      ...(missing ? { trendsMissing: missing } : {}),
    };
  } finally {
    await browser.close();
  }
}
