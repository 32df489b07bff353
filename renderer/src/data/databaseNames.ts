/**
 * The journal database's name and its object stores, in a module of their
 * own so the trends worker's raw reader (journalReader.ts) can name them
 * without loading Dexie. ForkcastDatabase (database.ts) declares the stores.
 */
export const DATABASE_NAME = 'forkcast';

/**
 * The newest schema version ForkcastDatabase declares (docs/schema-versions.md).
 * The trends worker's reader refuses a journal a newer Forkcast has upgraded,
 * whose entries it may not understand; a test keeps this in step with database.ts.
 */
export const SCHEMA_VERSION = 6;

export const STORES = {
  entries: 'entries',
  customActivities: 'customActivities',
  settings: 'settings',
  keyring: 'keyring',
  decision: 'decision',
  reviews: 'reviews',
} as const;
