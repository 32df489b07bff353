import type { Page } from 'playwright-core';
import { DEFAULT_PLAN, measuredRuns, type RunPlan } from '../measure';
import { atSize, timedRow, under, type Row } from '../rows';
import { openBrowser } from './chromium';
import { freshLoad, seedApp, type BrowserEnvironment } from './environment';

/** Words the generated journal holds in many entries, and a tag: one new query per run. */
export const SEARCH_QUERIES = [
  'rubric',
  'migration',
  'calm',
  '#incident',
  'retry policy',
  'backlog',
  'dependency',
  'schema',
];

const TIMEOUT_MS = 10_000;

/** Types `query` into the search box and returns ms from its input event until the results are painted. */
export async function searchOnce(page: Page, query: string): Promise<number> {
  await page.evaluate((words) => {
    window.benchProbe.watch('search', () => {
      const status = [...document.querySelectorAll('[role="status"]')].some((node) =>
        node.textContent?.includes(`“${words}”`),
      );
      // A result counts as shown once it shows what matched, not just its date.
      const list = document.querySelector('ul[aria-label="Search results, newest first"] li button[aria-busy="false"]');
      return status && (list !== null || document.body.textContent?.includes('Nothing matches') === true);
    });
  }, query);
  const box = page.getByRole('searchbox', { name: 'Search entries' });
  await box.fill(query);
  const shown = await page.evaluate((ms) => window.benchProbe.shown('search', ms), TIMEOUT_MS);
  const typed = await page.evaluate(() => window.benchProbe.lastInputAt());
  if (shown === null || typed === null) throw new Error(`No results were shown for “${query}”.`);
  // Back to the full list, untimed, so the next query starts from what a user sees first.
  await box.fill('');
  await page.getByRole('status').filter({ hasText: 'newest first' }).waitFor({ timeout: TIMEOUT_MS });
  return shown - typed;
}

/**
 * Case 4: History with `count` entries; each run types a new query into the
 * search box and waits for the results list to be painted. The baseline is a
 * plain lower-case-and-includes scan over the same entries in the same page.
 */
export async function searchCase(env: BrowserEnvironment, count: number, plan: RunPlan = DEFAULT_PLAN): Promise<Row> {
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await seedApp(browser, env, count);
    await freshLoad(page, `${env.appUrl}#/history`);
    await page.getByRole('status').filter({ hasText: 'newest first' }).waitFor({ timeout: 30_000 });
    const queries = SEARCH_QUERIES.slice(0, plan.warmups + plan.runs);
    let next = 0;
    const times = await measuredRuns(plan, () => searchOnce(page, queries[next++ % queries.length] ?? 'calm'));
    await page.evaluate(env.tools);
    const scans = await page.evaluate((words) => globalThis.forkcastBench.scanTexts(words), queries);
    return timedRow(
      'search: query to results shown',
      count,
      atSize(count, { 10_000: under(50) }),
      times,
      scans.slice(plan.warmups),
    );
  } finally {
    await browser.close();
  }
}
