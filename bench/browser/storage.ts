import { DEFAULT_PLAN, pairedRuns, type RunPlan } from '../measure';
import { REPORT_ONLY, timedRow, withinRatio, type Row } from '../rows';
import { openBrowser } from './chromium';
import { freshLoad, type BrowserEnvironment } from './environment';

/** Bulk inserts are timed up to this size: one insert of 100,000 days takes about 25 s here. */
export const INSERT_MAX_ENTRIES = 10_000;

/**
 * Case 2, on the bench page's own origin (so the app's UI adds nothing):
 * the app's repository writing and reading the journal, against plain
 * IndexedDB calls on the same store.
 */
export async function storageCases(
  env: BrowserEnvironment,
  count: number,
  plan: RunPlan = DEFAULT_PLAN,
): Promise<Row[]> {
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await freshLoad(page, env.benchUrl);
    await page.evaluate(env.tools);
    const journal = { count, endDate: env.endDate };
    // The repository opens Dexie first, which creates the app's schema for the bare calls too.
    await page.evaluate(() => globalThis.forkcastBench.loadWithRepository(0));
    const rows: Row[] = [];
    if (count <= INSERT_MAX_ENTRIES) {
      const insert = await pairedRuns(
        plan,
        () => page.evaluate((j) => globalThis.forkcastBench.insertWithRepository(j.count, j.endDate), journal),
        () => page.evaluate((j) => globalThis.forkcastBench.insertBare(j.count, j.endDate), journal),
      );
      rows.push(timedRow('storage: bulk insert (putEntries)', count, REPORT_ONLY, insert.subject, insert.baseline));
    } else {
      await page.evaluate((j) => globalThis.forkcastBench.seed(j.count, j.endDate), journal);
    }
    const load = await pairedRuns(
      plan,
      () => page.evaluate((expected) => globalThis.forkcastBench.loadWithRepository(expected), count),
      () => page.evaluate((expected) => globalThis.forkcastBench.loadBare(expected), count),
    );
    rows.push(timedRow('storage: load all (listEntries)', count, withinRatio(1.5), load.subject, load.baseline));
    return rows;
  } finally {
    await browser.close();
  }
}
