import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoWeekday } from '../../../shared';
import { DEFAULT_REVIEW_WEEKDAY, getSetting, setSetting } from '../data/settingsRepository';

/** The weekday the weekly review is offered from, and its setter; undefined while reading. */
export function useReviewWeekday(): [IsoWeekday | undefined, (day: IsoWeekday) => Promise<void>] {
  const day = useLiveQuery(async () => (await getSetting('reviewWeekday')) ?? DEFAULT_REVIEW_WEEKDAY, []);
  return [day, (next) => setSetting('reviewWeekday', next)];
}
