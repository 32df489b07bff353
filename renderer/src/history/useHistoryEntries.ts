import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry } from '../../../shared';
import { listEntriesNewestFirst } from '../data/historyQueries';

/** Every entry, newest first, kept up to date; undefined while loading. */
export function useHistoryEntries(): Entry[] | undefined {
  return useLiveQuery(listEntriesNewestFirst, []);
}
