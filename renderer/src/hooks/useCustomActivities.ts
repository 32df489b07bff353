import { useLiveQuery } from 'dexie-react-hooks';
import type { CustomActivity } from '../../../shared';
import { listCustomActivities } from '../data/customActivitiesRepository';

const NONE: CustomActivity[] = [];

/** The user's own activities, kept live across windows. */
export function useCustomActivities(): CustomActivity[] {
  return useLiveQuery(listCustomActivities, [], NONE);
}
