import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analysisCase } from '../../bench/cases/analysis';
import { bundleSizeRows } from '../../bench/cases/bundleSize';
import { markdownCases } from '../../bench/cases/markdown';
import { benchJournal, NODE_END_DATE } from '../../bench/journal';
import { median, type RunPlan } from '../../bench/measure';
import { BENCH_GROUPS, parseOptions } from '../../bench/options';
import { formatTable, groupByCase } from '../../bench/table';

/**
 * Keeps `npm run bench`'s Node-side code working at a tiny size. Nothing here
 * looks at how long anything took: only at the shape of what the bench reports.
 */

const TINY: RunPlan = { warmups: 1, runs: 1 };

const common = {
  case: z.string().min(1),
  entries: z.number().int().min(0),
  baseline_ms: z.number().nonnegative().nullable(),
  ratio: z.number().nonnegative().nullable(),
  target: z.string().min(1),
  met: z.boolean(),
  note: z.string().optional(),
};
const timedRow = z.strictObject({ ...common, median_ms: z.number().nonnegative().nullable() });
const valueRow = z.strictObject({
  ...common,
  value: z.number().int().nonnegative().nullable(),
  unit: z.literal('bytes'),
  baseline_ms: z.null(),
  ratio: z.null(),
});
/** The rows as `--json` writes them, read back as any consumer would. */
const rowsSchema = z.array(z.union([timedRow, valueRow]));

const asJson = (rows: unknown) => rowsSchema.parse(JSON.parse(JSON.stringify(rows)));

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function scratchFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'forkcast-bench-test-'));
  folders.push(folder);
  return folder;
}

describe('the bench at a tiny size', () => {
  const entries = benchJournal(30, NODE_END_DATE);

  it('reports the analysis against its baseline', async () => {
    const [row] = asJson([await analysisCase(entries, TINY)]);
    expect(row).toMatchObject({ case: 'analysis: analyzePaths', entries: 30, target: '-', met: true });
    expect(row).toHaveProperty('median_ms', expect.any(Number));
    expect(row?.baseline_ms).toEqual(expect.any(Number));
  });

  it('exports and imports markdown through a real folder, with plain fs baselines', async () => {
    const rows = asJson(await markdownCases(entries, await scratchFolder(), TINY));
    expect(rows.map((row) => row.case)).toEqual([
      'markdown export',
      'markdown export again, nothing changed',
      'markdown import',
    ]);
    for (const row of rows) expect(row).toMatchObject({ entries: 30, met: true });
  });

  it('sizes the built renderer, in all and at startup', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'forkcast-bench-test-'));
    folders.push(dir);
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'index-abcdefgh.js'), 'console.log(1);'.repeat(100));
    await writeFile(join(dir, 'assets', 'lazy-abcdefgh.js'), 'console.log(2);'.repeat(100));
    await writeFile(join(dir, 'assets', 'index-abcdefgh.css'), 'body{margin:0}');
    await writeFile(join(dir, 'index.html'), '<script src="./assets/index-abcdefgh.js"></script>');

    const [all, startup] = asJson(await bundleSizeRows(dir));
    expect(all).toMatchObject({ unit: 'bytes', target: '< 300 KB', met: true });
    expect(startup).toMatchObject({ unit: 'bytes', target: '-' });
    const bytes = (row: unknown) => (row && typeof row === 'object' && 'value' in row ? Number(row.value) : NaN);
    // Two JS files and the CSS in all; index.html loads one of them.
    expect(bytes(all)).toBeGreaterThan(bytes(startup));
    expect(bytes(startup)).toBeGreaterThan(0);
  });

  it('prints a table with every row, grouped by case', async () => {
    const rows = groupByCase([
      ...(await markdownCases(entries.slice(0, 5), await scratchFolder(), TINY)),
      await analysisCase(entries, TINY),
    ]);
    const table = formatTable(rows, ['a note']).split('\n');
    expect(table[0]).toMatch(/^\| Case .*\| Met +\|$/);
    expect(table.filter((line) => line.startsWith('| markdown'))).toHaveLength(3);
    expect(table).toContain('- a note');
  });
});

describe('the bench options', () => {
  it('defaults to 1k, 10k and 100k, not strict, no JSON', () => {
    expect(parseOptions([])).toEqual({
      sizes: [1_000, 10_000, 100_000],
      json: null,
      strict: false,
      groups: [...BENCH_GROUPS],
    });
  });

  it('reads sizes, a JSON file and strict mode, in either flag form', () => {
    expect(parseOptions(['--sizes', '10000,1000', '--json=out.json', '--strict'])).toEqual({
      sizes: [1_000, 10_000],
      json: 'out.json',
      strict: true,
      groups: [...BENCH_GROUPS],
    });
  });

  it('runs only the row groups --only names, by substring, in run order', () => {
    expect(parseOptions(['--only', 'search,Start']).groups).toEqual(['startup', 'search']);
    expect(parseOptions(['--only=import']).groups).toEqual(['day one import']);
    expect(parseOptions(['--only', 'mark']).groups).toEqual(['markdown']);
    expect(parseOptions(['--only', 'live']).groups).toEqual(['live folder']);
  });

  it('refuses what it does not understand', () => {
    expect(() => parseOptions(['--sizes', '1k'])).toThrow(/whole numbers/);
    expect(() => parseOptions(['--json'])).toThrow(/needs a value/);
    expect(() => parseOptions(['--fast'])).toThrow(/Unknown option/);
    expect(() => parseOptions(['--only', 'startup,trendz'])).toThrow(
      /No row group matches “trendz”.*the groups are analysis/,
    );
    expect(() => parseOptions(['--only', ','])).toThrow(/--only/);
    expect(() => parseOptions(['--only'])).toThrow(/needs a value/);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
