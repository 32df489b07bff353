/**
 * The journal database's name and its object stores, in a module of their
 * own so the trends worker's raw reader (journalReader.ts) can name them
 * without loading Dexie. ForkcastDatabase (database.ts) declares the stores.
 */
export const DATABASE_NAME = 'forkcast';

export const STORES = {
  entries: 'entries',
  customActivities: 'customActivities',
  settings: 'settings',
} as const;
