// `npm run bench`: measures the real app on generated journals and prints
// each figure beside a baseline taken in the same run (see issue 6).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { startBrowserEnvironment } from './browser/environment';
import { searchCase } from './browser/search';
import { measureStartup, type StartupTimes } from './browser/startup';
import { startupRows } from './browser/startupRows';
import { lockCase } from './browser/lock';
import { INSERT_MAX_ENTRIES, storageCases } from './browser/storage';
import { typingCases } from './browser/typing';
import { analysisCase } from './cases/analysis';
import { bundleSizeRows } from './cases/bundleSize';
import { dayOneImportCase } from './cases/dayOneImport';
import { liveFolderCases } from './cases/liveFolder';
import { MARKDOWN_MAX_ENTRIES, markdownCases } from './cases/markdown';
import { benchJournal, NODE_END_DATE } from './journal';
import { BENCH_GROUPS, parseOptions, USAGE, type BenchGroup, type BenchOptions } from './options';
import type { Row } from './rows';
import { formatTable, groupByCase } from './table';

/** Search and typing are asked for at 10,000 entries; they run at the requested sizes up to that. */
const UI_MAX_ENTRIES = 10_000;

const log = (message: string) => process.stderr.write(`${message}\n`);

function describe(row: Row): string {
  const value = 'unit' in row ? `${row.value ?? '-'} bytes` : `${row.median_ms ?? '-'} ms`;
  return `  ${row.case} @ ${row.entries.toLocaleString('en')}: ${value}${row.ratio === null ? '' : ` (${row.ratio}x)`}`;
}

async function collect(rows: Row[], produce: Row[] | Promise<Row | Row[]>): Promise<void> {
  const produced = [await produce].flat();
  for (const row of produced) log(describe(row));
  rows.push(...produced);
}

function machine(): string {
  let chromium = 'unknown';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Only the description suffers.
  }
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GB`;
  return `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${memory} RAM, Node ${process.version}, ${chromium}`;
}

const runs = (options: BenchOptions, group: BenchGroup) => options.groups.includes(group);

/** `scratch` holds the markdown runs' folders; it is removed once the whole bench is done (see markdown.ts). */
async function nodeCases(options: BenchOptions, rows: Row[], scratch: string): Promise<void> {
  const nodeGroups: BenchGroup[] = ['analysis', 'markdown', 'live folder', 'day one import'];
  if (!nodeGroups.some((group) => runs(options, group))) return;
  for (const size of options.sizes) {
    log(`Node, ${size.toLocaleString('en')} entries`);
    const entries = benchJournal(size, NODE_END_DATE);
    if (runs(options, 'analysis')) await collect(rows, analysisCase(entries));
    if (size > MARKDOWN_MAX_ENTRIES) continue;
    if (runs(options, 'markdown')) await collect(rows, markdownCases(entries, scratch));
    if (runs(options, 'live folder')) await collect(rows, liveFolderCases(entries, scratch));
    if (runs(options, 'day one import')) await collect(rows, dayOneImportCase(entries));
  }
}

async function browserCases(options: BenchOptions, rows: Row[], rendererDir: string): Promise<void> {
  const browserGroups: BenchGroup[] = ['storage', 'startup', 'search', 'typing', 'lock'];
  if (!browserGroups.some((group) => runs(options, group))) return;
  const env = await startBrowserEnvironment(process.cwd(), rendererDir);
  try {
    if (runs(options, 'storage')) {
      for (const size of options.sizes) {
        log(`Chromium storage, ${size.toLocaleString('en')} entries`);
        await collect(rows, storageCases(env, size));
      }
    }
    let empty: StartupTimes | null = null;
    if (runs(options, 'startup')) {
      log('Chromium startup, empty journal (the baseline)');
      empty = await measureStartup(env, 0);
    }
    for (const size of options.sizes) {
      if (empty) {
        log(`Chromium startup, ${size.toLocaleString('en')} entries`);
        await collect(rows, startupRows(await measureStartup(env, size), empty));
      }
      if (size > UI_MAX_ENTRIES) continue;
      if (runs(options, 'search')) await collect(rows, searchCase(env, size));
      if (runs(options, 'typing')) await collect(rows, typingCases(env, size));
      if (runs(options, 'lock')) {
        log(`Chromium lock, ${size.toLocaleString('en')} entries`);
        await collect(rows, lockCase(env, size));
      }
    }
  } finally {
    await env.close();
  }
}

function capNotes(sizes: readonly number[]): string[] {
  const above = (limit: number) => sizes.some((size) => size > limit);
  const upTo = (limit: number) => limit.toLocaleString('en');
  return [
    ...(above(MARKDOWN_MAX_ENTRIES)
      ? [
          `Markdown export/import run up to ${upTo(MARKDOWN_MAX_ENTRIES)} entries, where the issue sets their targets (100,000 files take minutes a run on this disk).`,
        ]
      : []),
    ...(above(INSERT_MAX_ENTRIES)
      ? [
          `Storage bulk insert runs up to ${upTo(INSERT_MAX_ENTRIES)} entries (one insert of 100,000 takes ~25 s); load-all runs at every size.`,
        ]
      : []),
    ...(above(UI_MAX_ENTRIES)
      ? [`Search and typing run up to ${upTo(UI_MAX_ENTRIES)} entries, the size the issue asks for.`]
      : []),
  ];
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    log(USAGE);
    return 0;
  }
  let options: BenchOptions;
  try {
    options = parseOptions(args);
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(join(process.cwd(), 'bench', 'run.ts')))
    throw new Error('Run the bench from the repository root: npm run bench');
  const rendererDir = join(process.cwd(), 'dist', 'renderer');
  const started = Date.now();
  const measured: Row[] = [];

  const scratch = await mkdtemp(join(tmpdir(), 'forkcast-bench-'));
  try {
    await nodeCases(options, measured, scratch);
    if (runs(options, 'bundle')) await collect(measured, bundleSizeRows(rendererDir));
    await browserCases(options, measured, rendererDir);
  } finally {
    log('Removing the bench folders');
    await rm(scratch, { recursive: true, force: true });
  }
  const rows = groupByCase(measured);

  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const notes = [
    'Each figure is the median of 5 runs after a warm-up (analysis: 15 after 3). Baselines are measured in the same run, alternating with the case where they pair: a plain loop summing feel values (analysis), plain fs writes and reads of the same files (markdown), a plain JSON.parse of the same export (Day One import), plain IndexedDB calls on the same store (storage), the same navigation with an empty journal (startup, Trends), a plain lower-case scan of the same entries (search), a bare textarea in the same browser (typing).',
    'Times in the browser run from navigation start, the click or the key event to the next paint; KB and MB are 1,024 and 1,048,576 bytes; the bundle target counts every JS and CSS file, the lazily loaded views and the worker included.',
    ...capNotes(options.sizes),
    ...(options.groups.length < BENCH_GROUPS.length
      ? [`Only these row groups ran: ${options.groups.join(', ')}.`]
      : []),
    `Machine: ${machine()}. Bench took ${minutes} min.`,
  ];
  process.stdout.write(`\n${formatTable(rows, notes)}\n`);
  if (options.json) await writeFile(options.json, `${JSON.stringify(rows, null, 2)}\n`);
  const missed = rows.filter((row) => !row.met);
  if (missed.length > 0)
    log(`\n${missed.length} target(s) not met: ${missed.map((row) => `${row.case} @ ${row.entries}`).join('; ')}`);
  return options.strict && missed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
