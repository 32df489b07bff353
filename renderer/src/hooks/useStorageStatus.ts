import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { countEntries } from '../data/entriesRepository';

export interface StorageStatus {
  entries: number | undefined;
  persisted: boolean | undefined;
  usageBytes: number | undefined;
}

/** How much is stored and whether the browser promised to keep it. */
export function useStorageStatus(): StorageStatus {
  const entries = useLiveQuery(countEntries, []);
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);
  const [usageBytes, setUsage] = useState<number | undefined>(undefined);
  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => undefined);
    void navigator.storage?.estimate?.().then(
      (estimate) => setUsage(estimate.usage),
      () => undefined,
    );
  }, [entries]);
  return { entries, persisted, usageBytes };
}
