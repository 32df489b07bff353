import { useLiveQuery } from 'dexie-react-hooks';
import type { WeekId, WeekSummary } from '../../../shared';
import { readWeekSummary } from '../data/reviewQueries';

/** The week's summary, updated as its days are written; undefined while reading. */
export function useWeekSummary(week: WeekId): WeekSummary | undefined {
  return useLiveQuery(() => readWeekSummary(week), [week]);
}
