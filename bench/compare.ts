// `npm run bench:compare -- --before DIR`: the History and search figures of two builds of the
// renderer, their page loads and queries alternating in the same minutes, so a loaded machine
// slows both alike. For checking a change before believing it; the bench's rows stay the record.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type BenchBrowser } from './browser/chromium';
import { freshLoad, seedApp, startBrowserEnvironment, type BrowserEnvironment } from './browser/environment';
import { searchOnce, SEARCH_QUERIES } from './browser/search';
import { median } from './measure';

/** More words the generated journal holds, so each search run asks something new. */
const MORE_QUERIES = ['deadline', 'review', 'design', 'hiring', 'platform', 'coaching', 'retro', 'incident'];

const USAGE = `Usage: npm run bench:compare -- --before DIR [--entries 10000] [--runs 15]
  --before   another build of the renderer (a copy of dist/renderer made before a change)
  --entries  journal size (default 10000)
  --runs     timed runs of each case on each side (default 15; search at most 16)`;

interface Side {
  name: string;
  env: BrowserEnvironment;
  browser: BenchBrowser;
  history: number[];
  search: number[];
}

function parse(args: readonly string[]): { before: string; entries: number; runs: number } {
  const found = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const value = args[i + 1];
    if (!['--before', '--entries', '--runs'].includes(flag)) throw new Error(`Unknown option: ${flag}`);
    if (value === undefined) throw new Error(`${flag} needs a value.`);
    found.set(flag, value);
  }
  const before = found.get('--before');
  if (!before || !existsSync(join(before, 'index.html'))) throw new Error('--before must name a built renderer.');
  const entries = Number(found.get('--entries') ?? 10_000);
  const runs = Number(found.get('--runs') ?? 15);
  if (!Number.isInteger(entries) || entries < 1 || !Number.isInteger(runs) || runs < 1) {
    throw new Error('--entries and --runs take whole numbers from 1.');
  }
  return { before: resolve(before), entries, runs };
}

async function historyShown(page: Page, env: BrowserEnvironment): Promise<number> {
  await freshLoad(page, `${env.appUrl}#/history`);
  const shown = await page.evaluate(() => window.benchProbe.shown('history', 30_000));
  if (shown === null) throw new Error('History was not shown within 30 s.');
  return shown;
}

async function main(): Promise<void> {
  const { before, entries, runs } = parse(process.argv.slice(2));
  const sides: Side[] = [];
  try {
    for (const [name, dir] of [
      ['before', before],
      ['after', join(process.cwd(), 'dist', 'renderer')],
    ] as const) {
      const env = await startBrowserEnvironment(process.cwd(), dir);
      const browser = await openBrowser().catch(async (error: unknown) => {
        await env.close();
        throw error;
      });
      sides.push({ name, env, browser, history: [], search: [] });
      await seedApp(browser, env, entries);
      await historyShown(browser.page, env); // a warm-up, untimed
    }
    // Each run swaps which side goes first, as the bench's paired runs do.
    const inTurn = (run: number) => (run % 2 === 0 ? sides : [...sides].reverse());
    for (let run = 0; run < runs; run += 1) {
      for (const side of inTurn(run)) side.history.push(await historyShown(side.browser.page, side.env));
    }
    // Searches run on an open History with its index built, each with a word not asked before
    // (a word asked again shows its kept answer at once).
    for (const side of sides) await searchOnce(side.browser.page, 'warm');
    const queries = [...SEARCH_QUERIES, ...MORE_QUERIES].slice(0, runs);
    for (const [run, query] of queries.entries()) {
      for (const side of inTurn(run)) side.search.push(await searchOnce(side.browser.page, query));
    }
    const ms = (values: number[]) => `${median(values).toFixed(1)} ms`;
    for (const side of sides) {
      process.stdout.write(
        `${side.name.padEnd(6)}  History shown ${ms(side.history)} (median of ${side.history.length}), search results shown ${ms(side.search)} (median of ${side.search.length}); ${entries.toLocaleString('en')} entries\n`,
      );
    }
  } finally {
    for (const side of sides) {
      await side.browser.close();
      await side.env.close();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
});
