import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { serveDirectory } from '../../scripts/headlessRenderer.mjs';
import { toLocalDate } from '../../shared';
import type { BenchBrowser } from './chromium';

/** What every browser case shares: the built app, a bare bench page, and the in-page tools. */
export interface BrowserEnvironment {
  /** The built renderer (dist/renderer), as the e2e tests serve it. */
  appUrl: string;
  /** A page of our own on another origin: a bare textarea, and room for the storage case's database. */
  benchUrl: string;
  /** bench/page/tools.ts bundled as one script, evaluated in a page when a case needs it. */
  tools: string;
  /** The journal's last day: today, so the Today view opens on a written day. */
  endDate: string;
  close(): Promise<void>;
}

const BENCH_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Forkcast bench</title></head>
<body><label for="notes">Notes</label><textarea id="notes" rows="8"></textarea></body></html>`;

export async function startBrowserEnvironment(root: string, rendererDir: string): Promise<BrowserEnvironment> {
  const bundled = await build({
    entryPoints: [join(root, 'bench/page/tools.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
    write: false,
    logLevel: 'warning',
  });
  const tools = bundled.outputFiles[0]?.text;
  if (tools === undefined) throw new Error('esbuild produced no bundle for bench/page/tools.ts.');

  const pageDir = await mkdtemp(join(tmpdir(), 'forkcast-bench-page-'));
  await writeFile(join(pageDir, 'index.html'), BENCH_PAGE);
  const app = await serveDirectory(rendererDir);
  const bench = await serveDirectory(pageDir);
  return {
    appUrl: app.url,
    benchUrl: bench.url,
    tools,
    endDate: toLocalDate(new Date()),
    async close() {
      await Promise.all([app.close(), bench.close()]);
      await rm(pageDir, { recursive: true, force: true });
    },
  };
}

/** Opens `url` as a new document (a hash change alone would not reload the app). */
export async function freshLoad(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/**
 * Opens the app once so it creates its database, then stores `count`
 * generated entries in it from inside the page. The next load starts clean:
 * the tools vanish with the document.
 */
export async function seedApp(browser: BenchBrowser, env: BrowserEnvironment, count: number): Promise<void> {
  const { page } = browser;
  await freshLoad(page, `${env.appUrl}#/settings`);
  await page.getByRole('navigation', { name: 'Views' }).waitFor({ timeout: 30_000 });
  if (count === 0) return;
  await page.evaluate(env.tools);
  const stored = await page.evaluate(([days, endDate]) => globalThis.forkcastBench.seed(days, endDate), [
    count,
    env.endDate,
  ] as const);
  if (stored !== count) throw new Error(`Seeding stored ${String(stored)} entries, expected ${count}.`);
}
