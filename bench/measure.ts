import { execFileSync } from 'node:child_process';

/** How often a case runs: untimed warm-ups first (JIT, caches), then the timed runs. */
export interface RunPlan {
  warmups: number;
  runs: number;
}

/** The minimum: the median of at least 5 runs after a warm-up. */
export const DEFAULT_PLAN: RunPlan = { warmups: 1, runs: 5 };

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** One timed run; it returns its own milliseconds so untimed set-up can happen inside it. */
export type Timed = () => Promise<number>;

/**
 * Runs a case and its baseline in turns, swapping which goes first on each
 * run: on a noisy machine a slow spell then hits both sides alike, which is
 * what makes their ratio worth more than either time.
 */
export async function pairedRuns(
  plan: RunPlan,
  subject: Timed,
  baseline: Timed,
): Promise<{ subject: number[]; baseline: number[] }> {
  const times = { subject: [] as number[], baseline: [] as number[] };
  for (let run = 0; run < plan.warmups + plan.runs; run += 1) {
    const order = run % 2 === 0 ? (['subject', 'baseline'] as const) : (['baseline', 'subject'] as const);
    for (const side of order) {
      const elapsed = await (side === 'subject' ? subject : baseline)();
      if (run >= plan.warmups) times[side].push(elapsed);
    }
  }
  return times;
}

/** Runs a case without a baseline; each run may measure several figures at once. */
export async function measuredRuns<T>(plan: RunPlan, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < plan.warmups + plan.runs; index += 1) {
    const result = await run();
    if (index >= plan.warmups) results.push(result);
  }
  return results;
}

/**
 * Flushes dirty pages to disk (untimed), so one disk-bound run does not pay
 * for the writes of the one before. Skipped quietly where `sync` is missing.
 */
export function settleDisk(): void {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // Not every system has it; the runs are just noisier there.
  }
}
