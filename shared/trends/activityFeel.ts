import { findActivity, type CustomActivity } from '../activities';
import type { LocalDate } from '../dates';
import type { Entry } from '../entry';
import { packDates } from './packedDates';
import type { ActivityFeel } from './types';

interface Tally {
  sum: number;
  dates: LocalDate[];
}

/**
 * Every activity logged in `entries`, with its average feel and the days
 * behind it, best-feeling first. Unlike the analysis's drivers this keeps
 * activities seen only once: the chart shows the day count beside each bar,
 * so the user can judge a thin average for themselves. Ids no longer known
 * (a deleted custom activity) count as neutral, as in the analysis.
 */
export function activityFeels(entries: readonly Entry[], custom: readonly CustomActivity[]): ActivityFeel[] {
  const tallies = new Map<string, Tally>();
  for (const entry of entries) {
    for (const { id, feel } of entry.activities) {
      const tally = tallies.get(id);
      if (tally) {
        tally.sum += feel;
        tally.dates.push(entry.date);
      } else tallies.set(id, { sum: feel, dates: [entry.date] });
    }
  }
  const rows: ActivityFeel[] = [];
  for (const [id, { sum, dates }] of tallies) {
    const known = findActivity(id, custom);
    rows.push({
      id,
      label: known?.label ?? id,
      lean: known?.lean ?? 'neutral',
      meanFeel: sum / dates.length,
      days: dates.length,
      dates: packDates(dates.sort()),
    });
  }
  return rows.sort((a, b) => b.meanFeel - a.meanFeel || b.days - a.days || a.label.localeCompare(b.label));
}
