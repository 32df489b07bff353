import { useLiveQuery } from 'dexie-react-hooks';
import { getLastBackupAt } from '../data/portabilityRepository';

/** When the user last took their data out (export or backup), kept live. */
export function useLastBackupAt(): string | undefined {
  return useLiveQuery(getLastBackupAt, []);
}
