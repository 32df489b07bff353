import Dexie, { type Table } from 'dexie';
import type { CustomActivity, Entry } from '../../../shared';
import { DATABASE_NAME, STORES } from './databaseNames';

export { DATABASE_NAME } from './databaseNames';

/** A stored setting; its value is parsed by the schema of its key on the way out. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The journal's IndexedDB database. Every schema change is a new version
 * below; never edit a shipped version, and give every new version an upgrade
 * that keeps every entry (tests/fixtures/db holds each shipped version's data
 * to prove it; docs/schema-versions.md says how to add one).
 */
export class ForkcastDatabase extends Dexie {
  entries!: Table<Entry, string>;
  customActivities!: Table<CustomActivity, string>;
  settings!: Table<SettingRow, string>;

  constructor(name = DATABASE_NAME) {
    // Chromium commits IndexedDB writes with relaxed durability by default; a
    // journal wants a write to survive a power cut once we say "saved".
    super(name, { chromeTransactionDurability: 'strict', autoOpen: false });
    this.version(1).stores({
      // The local date is the key: one entry per day. Indexes serve the
      // History filters and the "recently changed" ordering.
      [STORES.entries]: 'date, dayKind, updatedAt, *tags',
      [STORES.customActivities]: 'id, createdAt',
      [STORES.settings]: 'key',
    });
    // Version 2: an activity's feel may be null (ticked but not rated yet). The stores and every
    // stored entry stay as they are (a stored 0 stays 0); the bump is what makes an older
    // Forkcast, which would read null as broken, refuse this journal instead of opening it.
    this.version(2).stores({});
  }
}

/** The one database the app uses. Tests make their own with another name. */
export const db = new ForkcastDatabase();
