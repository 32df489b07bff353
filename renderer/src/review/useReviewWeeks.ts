import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDate } from '../../../shared';
import { readReviewWeeks, type ReviewWeek } from '../data/reviewQueries';

/** The weeks the Reviews list shows, newest first, kept live; undefined while reading. */
export function useReviewWeeks(today: LocalDate): ReviewWeek[] | undefined {
  return useLiveQuery(() => readReviewWeeks(today), [today]);
}
