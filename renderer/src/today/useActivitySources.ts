import { useLiveQuery } from 'dexie-react-hooks';
import { findActivity, suggestActivities, type CustomActivity, type Entry, type LocalDate } from '../../../shared';
import { findLastGoodDayBefore, listDaysBefore } from '../data/recentDays';

/** How many activities the day offers before the user searches. */
export const SUGGESTED_ACTIVITIES = 8;

export interface ActivitySources {
  /** Activity ids to show first: the user's recent and frequent ones. */
  suggestions: string[];
  /** The last written day before this one with activities, to copy them from. */
  lastDay: Entry | null;
  /** The last good day before this one with activities. */
  lastGoodDay: Entry | null;
}

const NONE: ActivitySources = { suggestions: [], lastDay: null, lastGoodDay: null };

/** What the day's activity picker draws on from earlier days; empty while loading. */
export function useActivitySources(date: LocalDate, custom: readonly CustomActivity[]): ActivitySources {
  return (
    useLiveQuery(async () => {
      const [recent, lastGoodDay] = await Promise.all([listDaysBefore(date), findLastGoodDayBefore(date)]);
      const known = (id: string) => findActivity(id, custom) !== undefined;
      return {
        suggestions: suggestActivities(recent, SUGGESTED_ACTIVITIES, known),
        lastDay: recent.find((entry) => entry.activities.length > 0) ?? null,
        lastGoodDay: lastGoodDay ?? null,
      };
    }, [date, custom]) ?? NONE
  );
}
