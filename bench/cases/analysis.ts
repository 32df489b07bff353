import { performance } from 'node:perf_hooks';
import { analyzePaths } from '../../shared/analysis';
import type { Entry } from '../../shared';
import { pairedRuns, type RunPlan } from '../measure';
import { atSize, timedRow, under, type Row } from '../rows';

/** Analysis is cheap enough to run many times, which steadies a sub-millisecond median. */
export const ANALYSIS_PLAN: RunPlan = { warmups: 3, runs: 15 };

/** The floor: touching every feel value once, with nothing else. */
function sumFeels(entries: readonly Entry[]): number {
  let sum = 0;
  for (const entry of entries) for (const activity of entry.activities) sum += activity.feel ?? 0;
  return sum;
}

const TARGETS = { 10_000: under(10), 100_000: under(100) };

/** Case 1: `analyzePaths` over the whole journal, against a plain loop summing its feel values. */
export async function analysisCase(entries: readonly Entry[], plan: RunPlan = ANALYSIS_PLAN): Promise<Row> {
  const now = entries.at(-1)?.date;
  let sink = 0;
  const times = await pairedRuns(
    plan,
    async () => {
      const start = performance.now();
      const report = analyzePaths(entries, now === undefined ? {} : { now });
      const elapsed = performance.now() - start;
      sink += report.weekly.length;
      return elapsed;
    },
    async () => {
      const start = performance.now();
      sink += sumFeels(entries);
      return performance.now() - start;
    },
  );
  // Reading the sink keeps either loop from being optimised away.
  if (Number.isNaN(sink)) throw new Error('The analysis produced NaN.');
  return timedRow(
    'analysis: analyzePaths',
    entries.length,
    atSize(entries.length, TARGETS),
    times.subject,
    times.baseline,
  );
}
