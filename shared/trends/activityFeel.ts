import { findActivity, type CustomActivity } from '../activities';
import type { LocalDate } from '../dates';
import type { Entry } from '../entry';
import { packDates } from './packedDates';
import type { ActivityFeel } from './types';

interface Tally {
  sum: number;
  rated: number;
  dates: LocalDate[];
}

/**
 * Every activity logged in `entries`, with its average feel and the days
 * behind it, best-feeling first. Unlike the analysis's drivers this keeps
 * activities seen only once: the chart shows the day count beside each bar,
 * so the user can judge a thin average for themselves. Days the activity was
 * not rated count toward its days but not its average; one never rated has no
 * average and comes last. Ids no longer known (a deleted custom activity)
 * count as neutral, as in the analysis.
 */
export function activityFeels(entries: readonly Entry[], custom: readonly CustomActivity[]): ActivityFeel[] {
  const tallies = new Map<string, Tally>();
  for (const entry of entries) {
    for (const { id, feel } of entry.activities) {
      let tally = tallies.get(id);
      if (!tally) {
        tally = { sum: 0, rated: 0, dates: [] };
        tallies.set(id, tally);
      }
      tally.dates.push(entry.date);
      if (feel !== null) {
        tally.sum += feel;
        tally.rated += 1;
      }
    }
  }
  const rows: ActivityFeel[] = [];
  for (const [id, { sum, rated, dates }] of tallies) {
    const known = findActivity(id, custom);
    rows.push({
      id,
      label: known?.label ?? id,
      lean: known?.lean ?? 'neutral',
      meanFeel: rated > 0 ? sum / rated : null,
      days: dates.length,
      unrated: dates.length - rated,
      dates: packDates(dates.sort()),
    });
  }
  const order = (row: ActivityFeel) => row.meanFeel ?? -Infinity;
  return rows.sort((a, b) => order(b) - order(a) || b.days - a.days || a.label.localeCompare(b.label));
}
